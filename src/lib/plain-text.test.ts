import { describe, expect, it } from 'vitest';
import { markdownToPlainText, metaDescription } from './plain-text.ts';

describe('plain text for structured data', () => {
  it('strips Markdown links and marks', () => {
    expect(markdownToPlainText('**Да.** См. [спор](/disputes/open-dispute/).')).toBe('Да. См. спор.');
  });

  it('cuts a long meta description at a word boundary', () => {
    const long = 'слово '.repeat(40).trim();
    const cut = metaDescription(long);
    expect(cut.length).toBeLessThanOrEqual(158);
    expect(cut).toMatch(/слово…$/);
    expect(metaDescription('Коротко.')).toBe('Коротко.');
  });
});
