/**
 * The message builder's engine: fills a letter from content/tools/messages/<id>.yaml (words and {placeholders})
 * with the form's answers. The words live in content: the letters in content/tools/messages/, the common phrases
 * (facts, requests, evidence, placeholder labels) in content/ui/ru.yaml, group `message`. Pure: no DOM, no storage,
 * no clock.
 *
 * Rules the functions keep:
 * - A missing or unusable answer becomes a [placeholder] in square brackets, never "undefined" or "null".
 * - User text is returned as typed (trimmed); the page puts it into the DOM with textContent only.
 * - The wording is the buyer's, first person and gender-neutral (no «я написал(а)»), polite and factual.
 * - The fixed parts are typeset here (non-breaking space after «№» and before «—»); user text is not retouched.
 */
import { formatDateRu } from '../../lib/dates-ru.ts';
import { BUILTIN_PLACEHOLDERS, type MessageTemplate } from './template-format.ts';
import type { T } from '../../lib/i18n.ts';

/** One id per file in content/tools/messages/ (the build fails when the two disagree); order comes from the files. */
export const TEMPLATE_IDS = [
  'seller',
  'support',
  'dispute',
  'public',
  'claim',
  'warranty',
  'claim-delivery',
  'claim-unwanted',
  'complaint',
  'bank',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const PROBLEM_IDS = [
  'not-arrived',
  'tracking',
  'not-as-described',
  'damaged',
  'wrong-quantity',
  'not-working',
  'refund-not-received',
  'other',
] as const;
export type ProblemId = (typeof PROBLEM_IDS)[number];

export const WANT_IDS = ['full-refund', 'partial-refund', 'replacement', 'return'] as const;
export type WantId = (typeof WANT_IDS)[number];

export const EVIDENCE_IDS = ['photos', 'video', 'chat', 'tracking', 'unboxing', 'post-act'] as const;
export type EvidenceId = (typeof EVIDENCE_IDS)[number];

export interface MessageInput {
  /** As typed; see validateOrderNumber. */
  orderNumber: string;
  /** yyyy-mm-dd from <input type="date">, or ''. */
  orderDate: string;
  item: string;
  problem: ProblemId | '';
  want: WantId | '';
  evidence: EvidenceId[];
  /** Free text, may span several lines. */
  details: string;
  /** The letters' own fields (content/tools/messages/<id>.yaml `fields`), by field id; shared between letters. */
  extra: Record<string, string>;
}

export interface BuiltMessage {
  text: string;
  /** Labels of the [placeholders] left in the text, in order of appearance, without brackets, each once. */
  placeholders: string[];
}

export function emptyInput(): MessageInput {
  return { orderNumber: '', orderDate: '', item: '', problem: '', want: '', evidence: [], details: '', extra: {} };
}

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}
export function isProblemId(value: unknown): value is ProblemId {
  return typeof value === 'string' && (PROBLEM_IDS as readonly string[]).includes(value);
}
export function isWantId(value: unknown): value is WantId {
  return typeof value === 'string' && (WANT_IDS as readonly string[]).includes(value);
}
export function isEvidenceId(value: unknown): value is EvidenceId {
  return typeof value === 'string' && (EVIDENCE_IDS as readonly string[]).includes(value);
}

/* ------------------------------------------------------------------------------------------------ order number */

export const ORDER_NUMBER_MIN = 8;
export const ORDER_NUMBER_MAX = 20;

export type OrderNumberCheck =
  | { status: 'empty' }
  | { status: 'ok'; digits: string }
  | { status: 'not-digits' }
  | { status: 'length'; length: number };

/**
 * AliExpress order numbers are long strings of digits. Accepted: digits only, 8–20 of them; spaces a phone's
 * copy-paste may add (including non-breaking ones) are ignored.
 */
export function validateOrderNumber(raw: string): OrderNumberCheck {
  const compact = raw.replace(/[\s\u00a0\u202f]+/g, '');
  if (!compact) return { status: 'empty' };
  if (!/^\d+$/.test(compact)) return { status: 'not-digits' };
  if (compact.length < ORDER_NUMBER_MIN || compact.length > ORDER_NUMBER_MAX) {
    return { status: 'length', length: compact.length };
  }
  return { status: 'ok', digits: compact };
}

/** The sentence shown beside the field, or '' when there is nothing to say. */
export function orderNumberMessage(t: T, check: OrderNumberCheck): string {
  switch (check.status) {
    case 'not-digits':
      return t('message.orderErrors.notDigits');
    case 'length':
      return t('message.orderErrors.length', { min: ORDER_NUMBER_MIN, max: ORDER_NUMBER_MAX, n: check.length });
    default:
      return '';
  }
}

/* ---------------------------------------------------------------------------------------------------- dates */

/** yyyy-mm-dd that names a real calendar day → that day at UTC midnight; anything else → null. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/* --------------------------------------------------------------------------------------------- text helpers */

const NBSP = '\u00a0';

/** One line: whitespace runs (including line breaks) become single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Several lines: Windows line ends unified, spaces at line ends dropped, at most one empty line in a row. */
function multiLine(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Ends a sentence with a full stop unless it already ends with . ! ? or …; a trailing , ; : is replaced. */
function asSentence(text: string): string {
  if (/[.!?…]$/.test(text)) return text;
  return `${text.replace(/[,;:\s]+$/, '')}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru-RU') + text.slice(1);
}

/** «фото, видео и скриншоты»: the last two joined by `and` (the word comes from content). */
export function joinList(items: readonly string[], and: string): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}`;
}

/** The public-post template never carries these; the page also warns when they appear in the user's own text. */
export type PersonalDataKind = 'phone' | 'email' | 'long-number' | 'address';

/**
 * Personal data a public post should not show: phone numbers, e-mail, long numbers (order, track, card), an address.
 * `addressWords` (content/ui/ru.yaml, message.addressWords) are the beginnings of words that mark an address.
 */
export function findPersonalData(text: string, addressWords: readonly string[] = []): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (/[^\s@]+@[^\s@]+\.[^\s@]{2,}/.test(text)) found.push('email');
  if (/(?:\+\s*7|(?<!\d)8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/.test(text)) found.push('phone');
  // Order, track and card numbers: 8+ digits in a row (a track number may carry letters around them).
  else if (/\d{8,}/.test(text.replace(/[\s-]/g, ''))) found.push('long-number');
  const lower = text.toLocaleLowerCase('ru-RU');
  const letter = /[\p{L}]/u;
  const isAddress = addressWords.some((word) => {
    let from = lower.indexOf(word);
    while (from !== -1) {
      if (from === 0 || !letter.test(lower.charAt(from - 1))) return true;
      from = lower.indexOf(word, from + 1);
    }
    return false;
  });
  if (isAddress) found.push('address');
  return found;
}

/* ---------------------------------------------------------------------------------------------- the builder */

type Builtin = (typeof BUILTIN_PLACEHOLDERS)[number];

/** The value of each common answer, or null when it is empty (then the letter shows [its label]). */
function builtins(input: MessageInput, t: T): Record<Exclude<Builtin, 'demand'>, string | null> {
  const check = validateOrderNumber(input.orderNumber);
  const order =
    check.status === 'ok'
      ? `№${NBSP}${check.digits}`
      : check.status === 'empty'
        ? null
        : `№${NBSP}${oneLine(input.orderNumber)}`; // shown as typed; the field says what is wrong with it
  const parsed = parseIsoDate(input.orderDate);
  const date = parsed ? formatDateRu(parsed) : null;
  const detailsText = multiLine(input.details);
  const chosen = new Set(input.evidence);
  const evidence = EVIDENCE_IDS.filter((id) => chosen.has(id)).map((id) => t(`message.evidenceText.${id}`));
  return {
    order,
    date,
    dateFormal: date ? `${date}${NBSP}${t('message.yearShort')}` : null,
    item: oneLine(input.item) || null,
    problem: isProblemId(input.problem) ? `${t(`message.facts.${input.problem}`)}.` : null,
    details: detailsText ? asSentence(capitalise(detailsText)) : null,
    evidence: evidence.length ? joinList(evidence, t('message.and')) : null,
    evidenceList: evidence.length ? evidence.map((text) => `${DASH_ITEM}${capitalise(text)}.`).join('\n') : null,
    request: isWantId(input.want) ? t(`message.requests.${input.want}`) : null,
  };
}

/** List items in the attachments: «— Фото товара и упаковки.» */
const DASH_ITEM = '— ';

const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)\}/g;

/** The text of one letter for the answers given, and the placeholders still left in it. */
export function buildMessage(template: MessageTemplate, input: MessageInput, t: T): BuiltMessage {
  const placeholders: string[] = [];
  const hole = (label: string) => {
    if (!placeholders.includes(label)) placeholders.push(label);
    return `[${label}]`;
  };
  const common = builtins(input, t);
  const demand = isWantId(input.want) ? template.demands?.[input.want] : undefined;
  // The demand is a phrase of the letter itself and may hold the letter's own placeholders ({newDate}).
  const text = template.text.replace(/\{demand\}/g, () => demand ?? hole(t('message.placeholders.demand')));
  const filled = text.replace(PLACEHOLDER, (match, name: string) => {
    if (Object.hasOwn(common, name)) {
      const value = common[name as keyof typeof common];
      if (value !== null) return value;
      const empty = hole(t(`message.placeholders.${name}`));
      return name === 'order' ? `№${NBSP}${empty}` : empty;
    }
    const field = Object.hasOwn(template.fields, name) ? template.fields[name] : undefined;
    if (!field) return match; // the build refuses such a template; never reached with checked content
    const value = Object.hasOwn(input.extra, name) ? oneLine(input.extra[name] ?? '') : '';
    return value || hole(field.label);
  });
  const tidy = filled
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  return { text: tidy, placeholders: placeholders.filter((label) => tidy.includes(`[${label}]`)) };
}

/** «Осталось заменить 3 места в квадратных скобках» — plural-correct; '' when nothing is left. */
export function placeholdersLeft(t: T, count: number): string {
  if (!Number.isInteger(count) || count <= 0) return '';
  return t('message.preview.left', { n: count });
}

/** A download name the file systems of phones and computers all accept: latin, no spaces. */
export function downloadName(template: TemplateId, orderNumber: string): string {
  const check = validateOrderNumber(orderNumber);
  return `${isTemplateId(template) ? template : 'seller'}${check.status === 'ok' ? `-${check.digits}` : ''}.txt`;
}
