import { describe, expect, it } from 'vitest';
import { typo, typoHeading } from './typography.ts';

describe('typoHeading', () => {
  it('gives long glued runs ordinary spaces back, keeps short glue and the space before a dash', () => {
    const longRun = 'Посылка пришла: проверьте до подтверждения';
    expect(typo(longRun)).toContain('до\u00a0подтверждения');
    expect(typoHeading(longRun)).toContain('до подтверждения');
    expect(typoHeading('Что делать в ЕС')).toContain('в\u00a0ЕС');
    expect(typoHeading('Трек не обновляется — что делать')).toContain('обновляется\u00a0—');
  });
});
