import { describe, expect, it } from 'vitest';
import { contentRoot } from './content-root.ts';

describe('contentRoot', () => {
  it('takes CONTENT_ROOT when set, else ./content; blank counts as unset', () => {
    expect(contentRoot('/tmp/corpus')).toBe('/tmp/corpus');
    expect(contentRoot(' /tmp/corpus ')).toBe('/tmp/corpus');
    expect(contentRoot(undefined)).toBe('./content');
    expect(contentRoot('   ')).toBe('./content');
  });
});
