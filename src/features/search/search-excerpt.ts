/**
 * Pagefind returns excerpts as HTML: the page's text, escaped, with the matched words wrapped in <mark>.
 * The interface never inserts that HTML. It is split here into plain text pieces, each marked or not, and the
 * DOM is built from them with textContent. Anything that looks like another tag stays literal text.
 */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Decodes the entities Pagefind emits (&amp; &lt; &gt; &quot; &#39; and numeric ones); unknown ones stay as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body.toLowerCase()] ?? whole;
  });
}

export function parseExcerpt(html: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of html.split(/(<\/?mark>)/i)) {
    const tag = piece.toLowerCase();
    if (tag === '<mark>') {
      mark = true;
      continue;
    }
    if (tag === '</mark>') {
      mark = false;
      continue;
    }
    if (!piece) continue;
    const text = decodeEntities(piece);
    const last = parts[parts.length - 1];
    if (last && last.mark === mark) last.text += text;
    else parts.push({ text, mark });
  }
  return parts;
}

/** The excerpt as plain text (for a title attribute or a test). */
export function excerptText(parts: readonly ExcerptPart[]): string {
  return parts.map((p) => p.text).join('');
}

/**
 * Pagefind matches each query word as the beginning of a word, so «не» also marks «нет» and «неверный». A mark
 * is kept only where it shares its beginning with a query word of three letters or more; short words
 * (не, в, на) are never marked: they carry no meaning worth a highlight.
 */
export function keepMeaningfulMarks(parts: readonly ExcerptPart[], queryWords: readonly string[]): ExcerptPart[] {
  const words = queryWords
    .flatMap((w) => w.toLocaleLowerCase('ru').replace(/ё/g, 'е').split(/\s+/))
    .filter((w) => w.length >= 3);
  const meaningful = (text: string) => {
    const t = text
      .toLocaleLowerCase('ru')
      .replace(/ё/g, 'е')
      .replace(/[^\p{L}\p{N}-]/gu, '');
    return words.some((w) => {
      const need = Math.min(4, w.length, t.length);
      return need >= 3 && t.slice(0, need) === w.slice(0, need);
    });
  };
  const out: ExcerptPart[] = [];
  for (const part of parts) {
    const mark = part.mark && meaningful(part.text);
    const last = out[out.length - 1];
    if (last && last.mark === mark) last.text += part.text;
    else out.push({ text: part.text, mark });
  }
  return out;
}
