/**
 * The message builder's saved draft: what is kept in storage and how it is read back. Pure: the page passes
 * strings in and out of src/lib/safe-storage.ts.
 *
 * Reading never throws. Whatever is stored is treated as untrusted: unknown keys are ignored, values of the wrong
 * type or unknown ids are dropped one by one (the rest of the draft survives), long strings are cut to the
 * fields' limits. Unreadable JSON or another format version means "start empty" and the page says so quietly.
 */
import {
  emptyInput,
  isEvidenceId,
  isProblemId,
  isTemplateId,
  isWantId,
  type EvidenceId,
  type MessageInput,
  type TemplateId,
} from './message-templates.ts';

export const DRAFT_KEY = 'bg:v1:draft:message';
export const DRAFT_VERSION = 1;
export const DEFAULT_TEMPLATE: TemplateId = 'seller';

/** Also the fields' maxlength, so what is typed always fits what is kept. */
export const FIELD_LIMITS = { orderNumber: 40, item: 200, details: 4000, extra: 300 } as const;
/** At most this many of the letters' own fields are kept (there are far fewer; a tampered draft may have more). */
export const EXTRA_MAX = 40;
const EXTRA_KEY = /^[a-z][a-zA-Z0-9]*$/;

export interface MessageDraft {
  template: TemplateId;
  input: MessageInput;
}

export type DraftReadResult = { status: 'empty' } | { status: 'corrupt' } | { status: 'ok'; draft: MessageDraft };

export function emptyDraft(): MessageDraft {
  return { template: DEFAULT_TEMPLATE, input: emptyInput() };
}

/** Nothing worth keeping: every field empty and the first template chosen. */
export function isBlankDraft(draft: MessageDraft): boolean {
  const { input } = draft;
  return (
    draft.template === DEFAULT_TEMPLATE &&
    !input.orderNumber.trim() &&
    !input.orderDate &&
    !input.item.trim() &&
    !input.problem &&
    !input.want &&
    input.evidence.length === 0 &&
    !input.details.trim() &&
    Object.values(input.extra).every((value) => !value.trim())
  );
}

export function serializeDraft(draft: MessageDraft): string {
  const { input } = draft;
  return JSON.stringify({
    v: DRAFT_VERSION,
    template: draft.template,
    orderNumber: input.orderNumber.slice(0, FIELD_LIMITS.orderNumber),
    orderDate: input.orderDate,
    item: input.item.slice(0, FIELD_LIMITS.item),
    problem: input.problem,
    want: input.want,
    evidence: [...new Set(input.evidence)],
    details: input.details.slice(0, FIELD_LIMITS.details),
    extra: readExtra(input.extra),
  });
}

/** The letters' own fields: known-looking keys only, strings only, non-empty, cut to the limit. */
function readExtra(value: unknown): Record<string, string> {
  const extra: Record<string, string> = {};
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return extra;
  for (const [key, field] of Object.entries(value as Record<string, unknown>).slice(0, EXTRA_MAX)) {
    if (EXTRA_KEY.test(key) && typeof field === 'string' && field.trim())
      extra[key] = field.slice(0, FIELD_LIMITS.extra);
  }
  return extra;
}

function text(value: unknown, limit: number): string {
  return typeof value === 'string' ? value.slice(0, limit) : '';
}

export function parseDraft(raw: string | null | undefined): DraftReadResult {
  if (raw == null || raw === '') return { status: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { status: 'corrupt' };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return { status: 'corrupt' };
  const record = data as Record<string, unknown>;
  if (record.v !== DRAFT_VERSION) return { status: 'corrupt' };

  const evidence: EvidenceId[] = Array.isArray(record.evidence)
    ? [...new Set(record.evidence.filter(isEvidenceId))]
    : [];
  const orderDate =
    typeof record.orderDate === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(record.orderDate) ? record.orderDate : '';
  return {
    status: 'ok',
    draft: {
      template: isTemplateId(record.template) ? record.template : DEFAULT_TEMPLATE,
      input: {
        orderNumber: text(record.orderNumber, FIELD_LIMITS.orderNumber),
        orderDate,
        item: text(record.item, FIELD_LIMITS.item),
        problem: isProblemId(record.problem) ? record.problem : '',
        want: isWantId(record.want) ? record.want : '',
        evidence,
        details: text(record.details, FIELD_LIMITS.details),
        extra: readExtra(record.extra),
      },
    },
  };
}

/** `?template=claim` in the page address picks a template (guides link straight to one); anything else is ignored. */
export function templateFromSearch(search: string): TemplateId | null {
  const value = new URLSearchParams(search).get('template');
  return isTemplateId(value) ? value : null;
}
