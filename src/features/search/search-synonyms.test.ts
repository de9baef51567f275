import { describe, expect, it } from 'vitest';
import { siteWordsFor, validateSynonyms } from './search-synonyms.ts';

describe('validateSynonyms', () => {
  it('accepts entries of shoppers’ forms and site words', () => {
    const entries = validateSynonyms([
      { from: ['пвз'], to: 'пункт выдачи' },
      { from: ['посыль*'], to: 'посылка' },
    ]);
    expect(entries).toHaveLength(2);
    expect(validateSynonyms(null)).toEqual([]);
  });

  it.each([
    [{ from: 'пвз', to: 'пункт выдачи' }, /запись 1: «from» должно быть непустым списком/],
    [{ from: ['пвз'] }, /запись 1 \(«пвз»\): «to» должно быть/],
    [{ from: ['ПВЗ'], to: 'пункт выдачи' }, /«ПВЗ» в «from»/],
    [{ from: ['п*з'], to: 'пункт выдачи' }, /«\*» только в конце/],
    [{ from: ['пвз'], to: 'пункт выдачи', note: 'x' }, /лишнее поле «note»/],
    [{ from: ['спор'], to: 'спор' }, /совпадает с «to»/],
  ])('names the file and the entry when an entry is malformed: %j', (entry, message) => {
    expect(() => validateSynonyms([entry], 'content/search/synonyms.yaml')).toThrow(message);
    expect(() => validateSynonyms([entry])).toThrow(/^content\/search\/synonyms\.yaml: /);
  });

  it('refuses a form listed in two entries, naming both', () => {
    expect(() =>
      validateSynonyms([
        { from: ['бабки'], to: 'деньги' },
        { from: ['бабки'], to: 'средства' },
      ]),
    ).toThrow(/запись 2 \(«бабки»\): «бабки» уже есть в записи 1/);
    expect(() => validateSynonyms({ бабки: 'деньги' })).toThrow(/весь файл/);
  });
});

describe('siteWordsFor', () => {
  const entries = validateSynonyms([
    { from: ['бабки'], to: 'деньги' },
    { from: ['диспут*'], to: 'спор' },
    { from: ['пвз'], to: 'пункт выдачи' },
  ]);
  it('matches whole forms, and beginnings for forms ending in *', () => {
    expect(siteWordsFor('бабки', entries)).toEqual(['деньги']);
    expect(siteWordsFor('бабкин', entries)).toBeNull();
    expect(siteWordsFor('диспута', entries)).toEqual(['спор']);
    expect(siteWordsFor('пвз', entries)).toEqual(['пункт', 'выдачи']);
  });
});

describe('loadSynonyms (the build step)', () => {
  it('reads the real file, and stops on a malformed entry naming file and entry', async () => {
    const { loadSynonyms } = await import('../../integrations/search-synonyms.ts');
    const { mkdtemp, mkdir, writeFile } = await import('node:fs/promises');
    const os = await import('node:os');
    const path = await import('node:path');
    expect((await loadSynonyms('.')).length).toBeGreaterThan(10);
    const root = await mkdtemp(path.join(os.tmpdir(), 'synonyms-'));
    await mkdir(path.join(root, 'content/search'), { recursive: true });
    await writeFile(
      path.join(root, 'content/search/synonyms.yaml'),
      '- from: [пвз]\n  to: пункт выдачи\n- from: [бабки]\n',
    );
    await expect(loadSynonyms(root)).rejects.toThrow('content/search/synonyms.yaml: запись 2 («бабки»): «to»');
    await writeFile(path.join(root, 'content/search/synonyms.yaml'), '- from: [пвз\n');
    await expect(loadSynonyms(root)).rejects.toThrow(/^content\/search\/synonyms\.yaml: не читается как YAML/);
  });
});
