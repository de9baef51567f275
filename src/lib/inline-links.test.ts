import { describe, expect, it } from 'vitest';
import { inlineLinksHtml } from './inline-links.ts';

describe('inlineLinksHtml', () => {
  it('makes links to site paths only, and escapes everything else', () => {
    expect(inlineLinksHtml('Сначала [вопросы](/tools/triage/), потом <b>&</b>')).toBe(
      'Сначала <a href="/tools/triage/">вопросы</a>, потом &lt;b&gt;&amp;&lt;/b&gt;',
    );
    expect(inlineLinksHtml('[чужой](https://example.org/) "x"')).toBe('[чужой](https://example.org/) &quot;x&quot;');
    expect(inlineLinksHtml('[a"b](/x/?q="1")')).toBe('<a href="/x/?q=&quot;1&quot;">a&quot;b</a>');
  });
});
