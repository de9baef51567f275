import { describe, expect, it } from 'vitest';
import { validate } from './validate.ts';
import { checklistSchema, faqSchema, glossarySchema, guideSchema } from './schemas.ts';

const goodGuide = {
  title: 'Посылка задерживается',
  description: 'Что делать, если посылка идёт дольше обещанного: продлить защиту и открыть спор.',
  order: 1,
  updated: '2026-11-25',
  summary: 'Попросите продлить защиту и откройте спор до конца таймера.',
  related: ['disputes/open-dispute'],
  checklists: ['open-dispute'],
  sources: [{ title: 'Закон РФ «О защите прав потребителей», ст. 23.1' }],
  aliases: ['посылка не пришла'],
};
const file = 'content/guides/problems/delivery-delay.mdx';

describe('guide frontmatter', () => {
  it('accepts a complete guide and typesets its strings', () => {
    expect(validate(guideSchema, file, goodGuide)).toEqual([]);
    const parsed = guideSchema.parse({ ...goodGuide, summary: 'Откройте спор - это "важно".' });
    expect(parsed.summary).toBe('Откройте спор\u00a0— это «важно».');
  });

  it('names the file and the field when the title is missing', () => {
    const { title: _title, ...rest } = goodGuide;
    expect(validate(guideSchema, file, rest)).toEqual([
      expect.stringMatching(/^content\/guides\/problems\/delivery-delay\.mdx: title: Required/),
    ]);
  });

  it('rejects a description over 160 characters, naming the field', () => {
    const errors = validate(guideSchema, file, { ...goodGuide, description: 'д'.repeat(161) });
    expect(errors).toEqual([expect.stringContaining(`${file}: description:`)]);
    expect(errors[0]).toMatch(/160/);
  });

  it('rejects a description under 50 characters', () => {
    expect(validate(guideSchema, file, { ...goodGuide, description: 'Коротко.' })[0]).toContain('description');
  });

  it('rejects a date that is not a date', () => {
    expect(validate(guideSchema, file, { ...goodGuide, updated: '25 ноября' })).toEqual([
      expect.stringContaining(`${file}: updated:`),
    ]);
  });

  it('rejects related ids that are not section/slug and unknown keys', () => {
    expect(validate(guideSchema, file, { ...goodGuide, related: ['Open Dispute'] })[0]).toContain('related.0');
    expect(validate(guideSchema, file, { ...goodGuide, colour: 'red' })[0]).toContain('colour');
  });
});

describe('FAQ frontmatter', () => {
  it('rejects an unknown section, naming it', () => {
    const errors = validate(faqSchema, 'content/faq/x.md', {
      question: 'Что делать?',
      section: 'refunds',
      related: [],
    });
    expect(errors).toEqual([expect.stringMatching(/^content\/faq\/x\.md: section: Invalid enum value/)]);
  });
});

describe('checklists', () => {
  const list = {
    title: 'Перед спором',
    description: 'Что сделать перед тем, как открыть спор.',
    groups: [
      {
        title: 'Данные',
        items: [
          { id: 'order-number', text: 'Найдите номер заказа' },
          { id: 'photos', text: 'Сделайте фото', hint: 'При дневном свете.', link: '/prepare/evidence/' },
        ],
      },
    ],
  };

  it('accepts unique item ids', () => {
    expect(validate(checklistSchema, 'content/checklists/x.yaml', list)).toEqual([]);
  });

  it('rejects a duplicated item id, naming the item', () => {
    const dup = { ...list, groups: [...list.groups, { title: 'Ещё', items: [{ id: 'photos', text: 'Снова фото' }] }] };
    expect(validate(checklistSchema, 'content/checklists/x.yaml', dup)).toEqual([
      expect.stringMatching(/^content\/checklists\/x\.yaml: groups\.1\.items\.0\.id: повторяется id пункта «photos»/),
    ]);
  });

  it('rejects a link that is not a site path', () => {
    const bad = {
      ...list,
      groups: [{ title: 'Данные', items: [{ id: 'a', text: 'Текст', link: 'https://example.org' }] }],
    };
    expect(validate(checklistSchema, 'c.yaml', bad)[0]).toContain('groups.0.items.0.link');
  });
});

describe('glossary', () => {
  it('requires a term and a definition', () => {
    expect(validate(glossarySchema, 'content/glossary.yaml', { id: 'dispute', term: 'Спор' })[0]).toContain(
      'definition',
    );
  });
});
