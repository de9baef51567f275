/**
 * The one way code reads interface strings: `t('checklist.reset')`, `t('checklist.progress', { done, total })`.
 * Strings live in content/ui/ru.yaml. Runs on the server and in the browser (scripts receive their part of the
 * dictionary through a JSON data attribute), so it imports nothing.
 *
 * Placeholders: `{name}` is replaced by the parameter; `{name:one|few|many}` is the Russian plural form for the
 * number in `name` («{n} {n:день|дня|дней}» → «3 дня»), chosen by Intl.PluralRules (fractions take the «few» form).
 */
export type Dict = { [key: string]: string | Dict };
export type Params = Record<string, string | number>;
export type T = (key: string, params?: Params) => string;

export const UI_FILE = 'content/ui/ru.yaml';
const rules = new Intl.PluralRules('ru-RU');
const PLACEHOLDER = /\{([a-zA-Z][a-zA-Z0-9]*)(?::([^{}]*))?\}/g;

/** Russian plural form: forms are [one, few, many]. */
export function pluralForm(count: number, forms: readonly string[]): string {
  if (!Number.isInteger(count)) return forms[1] ?? '';
  const rule = rules.select(count);
  return (rule === 'one' ? forms[0] : rule === 'few' ? forms[1] : forms[2]) ?? '';
}

export function lookup(dict: Dict, key: string): string | Dict | undefined {
  let node: string | Dict | undefined = dict;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string') return undefined;
    node = node[part];
  }
  return node;
}

/** The placeholder names a string uses: `{n} {n:день|дня|дней} до {date}` → ['n', 'date']. */
export function placeholders(text: string): string[] {
  return [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] as string))];
}

/** A number and its plural word stay on one line: «{n} {n:день|дня|дней}» joins with a non-breaking space. */
const NUMBER_THEN_WORD = /(\{[a-zA-Z][a-zA-Z0-9]*\}) (?=\{[a-zA-Z][a-zA-Z0-9]*:)/g;

export function fill(text: string, params: Params = {}, where = ''): string {
  return text.replace(NUMBER_THEN_WORD, '$1\u00a0').replace(PLACEHOLDER, (_all, name: string, forms?: string) => {
    const value = params[name];
    if (value === undefined) throw new Error(`${where}: no value for {${name}}`);
    if (forms === undefined) return String(value);
    return pluralForm(Number(value), forms.split('|'));
  });
}

/** A t() over a dictionary. A key that is missing or names a group, not a string, throws naming file and key. */
export function createT(dict: Dict, file = UI_FILE): T {
  return (key, params) => {
    const value = lookup(dict, key);
    if (typeof value !== 'string') {
      throw new Error(`${file}: ${key}: ${value === undefined ? 'no such string' : 'a group, not a string'}`);
    }
    return fill(value, params, `${file}: ${key}`);
  };
}

/** The part of a dictionary a browser script needs, under the same keys: `pick(dict, ['checklist'])`. */
export function pick(dict: Dict, groups: readonly string[], file = UI_FILE): Dict {
  const out: Dict = {};
  for (const group of groups) {
    const value = lookup(dict, group);
    if (value === undefined || typeof value === 'string')
      throw new Error(`${file}: ${group}: no such group of strings`);
    let target = out;
    const parts = group.split('.');
    parts.slice(0, -1).forEach((p) => (target = (target[p] ??= {}) as Dict));
    target[parts.at(-1) as string] = value;
  }
  return out;
}

/** For browser scripts: the strings the component put in `data-strings`. */
export function tFromElement(el: HTMLElement): T {
  return createT(JSON.parse(el.dataset.strings ?? '{}') as Dict);
}
