import { describe, expect, it } from 'vitest';
import {
  DEFAULT_TEMPLATE,
  DRAFT_KEY,
  emptyDraft,
  FIELD_LIMITS,
  isBlankDraft,
  parseDraft,
  serializeDraft,
  templateFromSearch,
  type MessageDraft,
} from './message-draft.ts';
import { emptyInput } from './message-templates.ts';
import { safeStorage } from '../../lib/safe-storage.ts';

const draft: MessageDraft = {
  template: 'claim',
  input: {
    orderNumber: '8123456789012345',
    orderDate: '2026-10-05',
    item: '<img src=x onerror=alert(1)>',
    problem: 'damaged',
    want: 'partial-refund',
    evidence: ['photos', 'post-act'],
    details: 'строка 1\nстрока 2',
    extra: { sender: 'Иванова Анна', signDate: '<b>1 декабря</b>' },
  },
};

describe('draft key', () => {
  it('is versioned the site’s way', () => {
    expect(DRAFT_KEY).toBe('bg:v1:draft:message');
  });
});

describe('serializeDraft / parseDraft', () => {
  it('round-trips a full draft, hostile text included', () => {
    expect(parseDraft(serializeDraft(draft))).toEqual({ status: 'ok', draft });
  });

  it('treats nothing saved as empty', () => {
    expect(parseDraft(null)).toEqual({ status: 'empty' });
    expect(parseDraft(undefined)).toEqual({ status: 'empty' });
    expect(parseDraft('')).toEqual({ status: 'empty' });
  });

  it.each(['{', 'not json', 'null', '42', '"text"', '[]', '{}', '{"v":2,"template":"claim"}', '{"v":"1"}'])(
    'treats %j as corrupt',
    (raw) => {
      expect(parseDraft(raw)).toEqual({ status: 'corrupt' });
    },
  );

  it('drops bad values one by one and keeps the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      template: 'letter-to-santa',
      orderNumber: 12345678,
      orderDate: '05.10.2026',
      item: 'наушники',
      problem: 'constructor',
      want: 'full-refund',
      evidence: ['photos', 'photos', 'toString', 7, null, 'video'],
      details: ['not', 'a', 'string'],
      extra: 'ignored',
    });
    expect(parseDraft(raw)).toEqual({
      status: 'ok',
      draft: {
        template: DEFAULT_TEMPLATE,
        input: {
          ...emptyInput(),
          item: 'наушники',
          want: 'full-refund',
          evidence: ['photos', 'video'],
        },
      },
    });
  });

  it('keeps the letters’ own fields only as short strings under field-like keys', () => {
    const long = 'я'.repeat(1000);
    const raw = JSON.stringify({
      v: 1,
      extra: { sender: 'Анна', sum: 1500, signature: '  ', 'bad key': 'x', Upper: 'x', contact: long, done: null },
    });
    const result = parseDraft(raw);
    expect(result.status).toBe('ok');
    if (result.status === 'ok') {
      expect(result.draft.input.extra).toEqual({ sender: 'Анна', contact: 'я'.repeat(FIELD_LIMITS.extra) });
    }
    expect(parseDraft('{"v":1,"extra":{"__proto__":{"x":"y"}}}')).toMatchObject({ status: 'ok' });
    expect(isBlankDraft({ ...emptyDraft(), input: { ...emptyInput(), extra: { sender: ' ' } } })).toBe(true);
    expect(isBlankDraft({ ...emptyDraft(), input: { ...emptyInput(), extra: { sender: 'Анна' } } })).toBe(false);
  });

  it('is not fooled by __proto__ keys', () => {
    const result = parseDraft('{"v":1,"__proto__":{"template":"bank"},"evidence":{"length":2}}');
    expect(result.status).toBe('ok');
    if (result.status === 'ok') {
      expect(result.draft.template).toBe(DEFAULT_TEMPLATE);
      expect(result.draft.input.evidence).toEqual([]);
    }
    expect(({} as Record<string, unknown>).template).toBeUndefined();
  });

  it('cuts strings to the fields’ limits', () => {
    const long = 'я'.repeat(10_000);
    const result = parseDraft(JSON.stringify({ v: 1, orderNumber: long, item: long, details: long }));
    expect(result.status).toBe('ok');
    if (result.status === 'ok') {
      expect(result.draft.input.orderNumber).toHaveLength(FIELD_LIMITS.orderNumber);
      expect(result.draft.input.item).toHaveLength(FIELD_LIMITS.item);
      expect(result.draft.input.details).toHaveLength(FIELD_LIMITS.details);
    }
    const saved = JSON.parse(serializeDraft({ ...draft, input: { ...draft.input, details: long } })) as {
      details: string;
    };
    expect(saved.details).toHaveLength(FIELD_LIMITS.details);
  });
});

describe('isBlankDraft', () => {
  it('is true only when there is nothing worth keeping', () => {
    expect(isBlankDraft(emptyDraft())).toBe(true);
    expect(isBlankDraft({ ...emptyDraft(), input: { ...emptyInput(), details: '   \n ' } })).toBe(true);
    expect(isBlankDraft({ ...emptyDraft(), template: 'bank' })).toBe(false);
    expect(isBlankDraft({ ...emptyDraft(), input: { ...emptyInput(), evidence: ['video'] } })).toBe(false);
    expect(isBlankDraft({ ...emptyDraft(), input: { ...emptyInput(), orderDate: '2026-10-05' } })).toBe(false);
    expect(isBlankDraft(draft)).toBe(false);
  });
});

describe('templateFromSearch', () => {
  it('picks a known template from ?template=', () => {
    expect(templateFromSearch('?template=claim')).toBe('claim');
    expect(templateFromSearch('?x=1&template=bank')).toBe('bank');
    expect(templateFromSearch('?template=%3Cimg%3E')).toBeNull();
    expect(templateFromSearch('')).toBeNull();
  });
});

describe('with safe storage', () => {
  /** A Storage that throws on every call, like Safari's private mode used to. */
  const broken = {
    getItem() {
      throw new Error('denied');
    },
    setItem() {
      throw new Error('denied');
    },
    removeItem() {
      throw new Error('denied');
    },
  } as unknown as Storage;

  it('a draft survives in a working store and reads back the same', () => {
    const map = new Map<string, string>();
    const store = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
      removeItem: (k: string) => void map.delete(k),
    } as unknown as Storage;
    const storage = safeStorage(() => store);
    expect(storage.set(DRAFT_KEY, serializeDraft(draft))).toBe(true);
    expect(parseDraft(safeStorage(() => store).get(DRAFT_KEY))).toEqual({ status: 'ok', draft });
  });

  it('unavailable storage means an empty start, not an exception', () => {
    const storage = safeStorage(() => broken);
    expect(storage.persistent).toBe(false);
    expect(storage.set(DRAFT_KEY, serializeDraft(draft))).toBe(false);
    expect(parseDraft(safeStorage(() => broken).get(DRAFT_KEY))).toEqual({ status: 'empty' });
  });
});
