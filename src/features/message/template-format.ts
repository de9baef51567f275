/**
 * The format of a letter in content/tools/messages/<id>.yaml, shared by the content schema (src/content/schemas.ts),
 * the page and the builder. Pure data and one check; the words are in the files.
 */
import type { WantId } from './message-templates.ts';

/** The form's common answers every letter may use as {name}; anything else must be one of the letter's `fields`. */
export const BUILTIN_PLACEHOLDERS = [
  'order',
  'date',
  'dateFormal',
  'item',
  'problem',
  'details',
  'evidence',
  'evidenceList',
  'request',
  'demand',
] as const;

export interface MessageField {
  label: string;
  hint?: string;
}

export interface MessageTemplate {
  id: string;
  order: number;
  title: string;
  line: string;
  guideHref: string;
  guideLabel: string;
  note: string;
  fields: Record<string, MessageField>;
  demands?: Partial<Record<WantId, string>>;
  text: string;
}

/** Every `{name}` in a text, in order, each once. */
export function placeholderNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([^{}]*)\}/g)].map((m) => m[1] ?? ''))];
}

export interface TemplateProblem {
  /** Where: `text`, `demands.<want>` or `fields.<id>`. */
  path: string[];
  kind: 'unknown-placeholder' | 'unused-field' | 'demands-without-placeholder';
  name: string;
}

/** The problems of one letter: placeholders that name no field, and fields the letter never uses. */
export function templateProblems(template: Pick<MessageTemplate, 'fields' | 'demands' | 'text'>): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  const known = new Set<string>([...BUILTIN_PLACEHOLDERS, ...Object.keys(template.fields)]);
  const used = new Set<string>();
  const check = (path: string[], text: string) => {
    for (const name of placeholderNames(text)) {
      used.add(name);
      // A demand is itself the {demand}: it may not contain one.
      if (!known.has(name) || (path[0] === 'demands' && name === 'demand')) {
        problems.push({ path, kind: 'unknown-placeholder', name });
      }
    }
  };
  check(['text'], template.text);
  for (const [want, demand] of Object.entries(template.demands ?? {})) if (demand) check(['demands', want], demand);
  for (const name of Object.keys(template.fields)) {
    if (!used.has(name)) problems.push({ path: ['fields', name], kind: 'unused-field', name });
  }
  if (template.demands && !used.has('demand')) {
    problems.push({ path: ['demands'], kind: 'demands-without-placeholder', name: 'demand' });
  }
  return problems;
}
