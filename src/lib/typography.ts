import Typograf from 'typograf';

/**
 * One typographer for every string the site prints: «ёлочки», em dashes with a non-breaking space before them,
 * non-breaking spaces after short words and between numbers and units. Running it at build time is what keeps
 * the rule from drifting as editors write.
 */
const typograf = new Typograf({
  locale: ['ru', 'en-US'],
  // Keep real characters rather than entities: the output goes into text nodes and attributes alike.
  htmlEntity: { type: 'default' },
});
typograf.enableRule('common/nbsp/afterNumber');
// The site's own markup and Markdown already carry meaning in line breaks and leading spaces.
typograf.disableRule('common/space/trimLeft');
typograf.disableRule('common/space/trimRight');
// «подтвердил(а)» is one word with a gender ending, not a word and an aside: no space before the bracket.
typograf.disableRule('common/space/beforeBracket');

export function typo(text: string): string {
  if (!text.trim()) return text;
  return typograf.execute(text);
}

/** Longest run of characters a heading may glue with non-breaking spaces: at 360 px a longer run overflows and is cut inside a word. */
const HEADING_GLUE_MAX = 12;

/**
 * typo() for headings: a big font on a phone has room for about 15 letters a line, so a run glued by non-breaking
 * spaces longer than HEADING_GLUE_MAX (e.g. «до подтверждения») gets ordinary spaces back; the space before a dash
 * stays glued.
 */
export function typoHeading(text: string): string {
  return unglue(typo(text));
}

export function unglue(text: string): string {
  return text.replace(/[^ \t\n]+/g, (run) =>
    run.length > HEADING_GLUE_MAX && run.includes('\u00a0') ? run.replace(/\u00a0(?![—–])/g, ' ') : run,
  );
}

/**
 * typo() for interface strings with placeholders: `{name}` and `{n:день|дня|дней}` are kept out of the typographer's
 * reach (it would add a space after the colon), the words around them are typeset as usual.
 */
export function typoTemplate(text: string): string {
  const kept: string[] = [];
  const hidden = text.replace(/\{[^{}]*\}/g, (m) => `\uE000${kept.push(m) - 1}\uE001`);
  return typo(hidden).replace(/\uE000(\d+)\uE001/g, (_m, i: string) => kept[Number(i)] ?? '');
}

type Typeset<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { [K in keyof T]: Typeset<T[K]> };

/** Applies typo() to every string in a nested object of interface strings, so i18n files need no manual nbsp. */
export function typoDeep<T>(value: T): Typeset<T> {
  if (typeof value === 'string') return typoTemplate(value) as Typeset<T>;
  if (Array.isArray(value)) return value.map((v) => typoDeep(v)) as Typeset<T>;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, typoDeep(v)])) as Typeset<T>;
  }
  return value as Typeset<T>;
}
