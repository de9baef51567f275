/** Lower-cased words, ё folded to е, punctuation dropped: what "the same words" means for copying. */
export function words(text: string): string[] {
  return (
    text
      .toLowerCase()
      .replace(/ё/g, 'е')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** Every run of `n` consecutive words that appears in both texts. */
export function sharedNgrams(a: string, b: string, n: number): string[] {
  const grams = (list: string[]) => {
    const set = new Set<string>();
    for (let i = 0; i + n <= list.length; i++) set.add(list.slice(i, i + n).join(' '));
    return set;
  };
  const fromA = grams(words(a));
  return [...grams(words(b))].filter((g) => fromA.has(g));
}
