import { describe, expect, it } from 'vitest';
import { MESSAGE_TEMPLATES, t } from '../../../tests/support/content.ts';
import {
  buildMessage,
  downloadName,
  emptyInput,
  EVIDENCE_IDS,
  findPersonalData,
  joinList,
  orderNumberMessage,
  parseIsoDate,
  placeholdersLeft,
  PROBLEM_IDS,
  TEMPLATE_IDS,
  validateOrderNumber,
  WANT_IDS,
  type MessageInput,
} from './message-templates.ts';

const NBSP = '\u00a0';
/** The letters are typeset at build time (non-breaking spaces after short words): phrases compare with spaces. */
const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');
expect.extend({
  toHave(received: string, expected: string) {
    const pass = plain(received).includes(plain(expected));
    return { pass, message: () => `expected ${JSON.stringify(received)} ${pass ? 'not ' : ''}to contain ${expected}` };
  },
});
declare module 'vitest' {
  interface Assertion {
    toHave(expected: string): void;
  }
}
const HOSTILE = '<img src=x onerror=alert(1)>';

const full: MessageInput = {
  orderNumber: '8123456789012345',
  orderDate: '2026-10-05',
  item: 'беспроводные наушники',
  problem: 'not-working',
  want: 'return',
  evidence: ['photos', 'video', 'chat'],
  details: 'правый наушник не заряжается, индикатор не горит',
  extra: {},
};

const hostile: MessageInput = {
  orderNumber: HOSTILE,
  orderDate: HOSTILE,
  item: HOSTILE,
  problem: '',
  want: '',
  evidence: [],
  details: HOSTILE,
  extra: {},
};

/** Every way a broken join could show up in the text a buyer sends. */
function expectSaneText(text: string) {
  expect(text).not.toMatch(/undefined|null|NaN|\[object|function /);
  expect(text).not.toMatch(/ {2}/); // double spaces
  expect(text).not.toMatch(/ [.,;:!?]/); // space before punctuation
  expect(text).not.toMatch(/(?<!\.)\.\.(?!\.)/); // «..» (an ellipsis «...» a user typed is theirs)
  expect(text).not.toMatch(/[.,;:]\./); // «,.»
  expect(text).not.toMatch(/ —/); // an em dash is always preceded by a non-breaking space
  expect(text).not.toMatch(/№ /); // «№» is followed by a non-breaking space
  expect(text).not.toMatch(/[ \t]+$/m); // trailing spaces
  expect(text).not.toMatch(/\n{3,}/); // at most one empty line
  expect(text).toBe(text.trim());
  expect(text).not.toMatch(/"/); // «ёлочки» only
}

function letter(id: string) {
  const found = MESSAGE_TEMPLATES.find((tpl) => tpl.id === id);
  if (!found) throw new Error(`no letter ${id} in content/tools/messages/`);
  return found;
}
const build = (id: string, input: MessageInput) => buildMessage(letter(id), input, t);
/** Every letter's own fields filled with a recognisable value. */
function withExtras(input: MessageInput, id: string): MessageInput {
  return { ...input, extra: Object.fromEntries(Object.keys(letter(id).fields).map((f) => [f, `знач-${f}`])) };
}
const names = (text: string) => [...text.matchAll(/\{([a-zA-Z0-9]+)\}/g)].map((m) => m[1] ?? '');

describe('the letters in content/tools/messages/', () => {
  it('are exactly the builder’s template ids', () => {
    expect(MESSAGE_TEMPLATES.map((tpl) => tpl.id).sort()).toEqual([...TEMPLATE_IDS].sort());
  });
});

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  it('with empty input shows a [placeholder] for every answer and field it uses, and nothing broken', () => {
    const { text, placeholders } = build(id, emptyInput());
    expectSaneText(text);
    const tpl = letter(id);
    for (const name of names(tpl.text)) {
      const label = Object.hasOwn(tpl.fields, name) ? tpl.fields[name]?.label : t(`message.placeholders.${name}`);
      expect(text, name).toContain(`[${label}]`);
    }
    // The list of placeholders matches what is in the text, each once.
    expect(placeholders.length).toBeGreaterThan(0);
    expect(new Set(placeholders).size).toBe(placeholders.length);
    const inText = [...text.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
    expect(new Set(inText)).toEqual(new Set(placeholders));
  });

  it('with full input fills every field and keeps the facts', () => {
    const { text, placeholders } = build(id, withExtras(full, id));
    expectSaneText(text);
    expect(placeholders).toEqual([]);
    expect(text).not.toHave('[');
    expect(text).toHave('беспроводные наушники');
    expect(text).toHave('5 октября 2026');
    if (names(letter(id).text).includes('problem')) expect(text).toHave('Товар не работает.');
    expect(text).toHave('Правый наушник не заряжается, индикатор не горит.');
    for (const field of names(letter(id).text)) {
      if (Object.hasOwn(letter(id).fields, field)) expect(text).toHave(`знач-${field}`);
    }
    if (id === 'public') {
      expect(text).not.toContain(full.orderNumber);
      expect(text).not.toHave('№');
    } else {
      expect(text).toContain(`№${NBSP}${full.orderNumber}`);
    }
  });

  it('keeps hostile text literal', () => {
    const hostileExtras = withExtras(hostile, id);
    for (const key of Object.keys(hostileExtras.extra)) hostileExtras.extra[key] = HOSTILE;
    const { text } = build(id, hostileExtras);
    expectSaneText(text.replaceAll(HOSTILE, 'X'));
    // The item, details, the order number (not in the public post) and every own field are shown as typed.
    const count = text.split(HOSTILE).length - 1;
    const ownUses = names(letter(id).text).filter((n) => Object.hasOwn(letter(id).fields, n)).length;
    expect(count).toBeGreaterThanOrEqual((id === 'public' ? 2 : 3) + ownUses);
    // An unusable date becomes a placeholder, not the typed text.
    expect(text).toHave('[дата заказа]');
  });

  it('keeps replacement patterns, braces and quotes literal', () => {
    const tricky = { ...emptyInput(), item: '$& $1 $$ «Наушники»', details: '{{x}} ${y} {order} \\n' };
    const { text } = build(id, tricky);
    expect(text).toHave('$& $1 $$ «Наушники»');
    expect(text).toHave('{{x}} ${y} {order} \\n.');
  });

  it('survives ids and keys that are not in the lists (a corrupt draft or a tampered form)', () => {
    const bad = {
      ...emptyInput(),
      problem: 'constructor',
      want: '__proto__',
      evidence: ['toString', 'photos', 'photos'],
      extra: JSON.parse('{"__proto__": "x", "constructor": "y", "toString": "z"}') as Record<string, string>,
    } as unknown as MessageInput;
    const { text } = build(id, bad);
    expectSaneText(text);
    if (names(letter(id).text).includes('problem')) expect(text).toHave('[что случилось]');
    expect(text.match(/фото товара и упаковки/gi)?.length ?? 0).toBeLessThanOrEqual(1);
  });

  it('never shows an undefined bit for any problem × want combination', () => {
    for (const problem of ['', ...PROBLEM_IDS] as const) {
      for (const want of ['', ...WANT_IDS] as const) {
        expectSaneText(build(id, { ...full, problem, want }).text);
      }
    }
  });
});

describe('order number', () => {
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['1234567', 'length'],
    ['12345678', 'ok'],
    ['12345678901234567890', 'ok'],
    ['123456789012345678901', 'length'],
    ['8123 4567 8901 2345', 'ok'],
    [`8123${NBSP}4567${NBSP}8901`, 'ok'],
    ['8123-4567-8901', 'not-digits'],
    ['№81234567890', 'not-digits'],
    ['１２３４５６７８９', 'not-digits'],
    [HOSTILE, 'not-digits'],
  ])('%j is %s', (raw, status) => {
    expect(validateOrderNumber(raw).status).toBe(status);
  });

  it('keeps the digits without spaces', () => {
    expect(validateOrderNumber(' 8123 4567 8901 ')).toEqual({ status: 'ok', digits: '812345678901' });
    expect(build('seller', { ...emptyInput(), orderNumber: '8123 4567 8901' }).text).toContain(`№${NBSP}812345678901`);
  });

  it('says what is wrong, with the digits counted in correct Russian', () => {
    expect(orderNumberMessage(t, { status: 'empty' })).toBe('');
    expect(orderNumberMessage(t, { status: 'ok', digits: '12345678' })).toBe('');
    expect(orderNumberMessage(t, { status: 'not-digits' })).toMatch(/только\sцифры/);
    expect(orderNumberMessage(t, { status: 'length', length: 1 })).toContain(`1${NBSP}цифра`);
    expect(orderNumberMessage(t, { status: 'length', length: 3 })).toContain(`3${NBSP}цифры`);
    expect(orderNumberMessage(t, { status: 'length', length: 5 })).toContain(`5${NBSP}цифр.`);
    expect(orderNumberMessage(t, { status: 'length', length: 21 })).toContain(`21${NBSP}цифра`);
    expect(orderNumberMessage(t, { status: 'length', length: 5 })).toContain(`от${NBSP}8 до${NBSP}20`);
  });

  it('shows an invalid number as typed (the field explains the problem) and an empty one as a placeholder', () => {
    expect(build('dispute', { ...emptyInput(), orderNumber: '12345' }).text).toContain(`№${NBSP}12345`);
    expect(build('dispute', { ...emptyInput(), orderNumber: '  ' }).text).toContain(`№${NBSP}[номер заказа]`);
  });
});

describe('dates', () => {
  it('reads real calendar days only', () => {
    expect(parseIsoDate('2024-02-29')?.toISOString()).toBe('2024-02-29T00:00:00.000Z');
    expect(parseIsoDate('2026-02-29')).toBeNull();
    expect(parseIsoDate('2026-13-01')).toBeNull();
    expect(parseIsoDate('05.10.2026')).toBeNull();
    expect(parseIsoDate('')).toBeNull();
  });

  it('writes the date the Russian way, formally («г.») in the claim and the bank letter', () => {
    const input = { ...emptyInput(), orderDate: '2024-02-29' };
    expect(build('seller', input).text).toHave('от 29 февраля 2024,');
    expect(build('claim', input).text).toHave('29 февраля 2024 г. на AliExpress');
    expect(build('bank', input).text).toHave('от 29 февраля 2024 г. на AliExpress');
    expect(build('seller', { ...input, orderDate: '2026-02-30' }).text).toHave('[дата заказа]');
  });
});

describe('evidence', () => {
  it('joins a list in Russian', () => {
    expect(joinList([], 'и')).toBe('');
    expect(joinList(['a'], 'и')).toBe('a');
    expect(joinList(['a', 'b'], 'и')).toBe('a и b');
    expect(joinList(['a', 'b', 'c'], 'и')).toBe('a, b и c');
  });

  it('lists what is attached inside a sentence, in the order of the checkboxes, each once', () => {
    expect(build('seller', { ...emptyInput(), evidence: ['unboxing'] }).text).toHave('Прилагаю: видео распаковки.');
    const three = build('seller', { ...emptyInput(), evidence: ['chat', 'photos', 'chat', 'tracking'] }).text;
    expect(three).toHave(
      'Прилагаю: фото товара и упаковки, скриншоты переписки с продавцом и скриншоты отслеживания посылки.',
    );
  });

  it('lists the attachments of the formal letters one per line', () => {
    const all = { ...emptyInput(), evidence: [...EVIDENCE_IDS].reverse() };
    const text = build('claim', all).text;
    const list = plain(text).slice(text.indexOf('Приложения:')).split('\n').slice(1, 7);
    expect(list).toEqual([
      '— Фото товара и упаковки.',
      '— Видео товара.',
      '— Скриншоты переписки с продавцом.',
      '— Скриншоты отслеживания посылки.',
      '— Видео распаковки.',
      '— Акт, составленный на почте.',
    ]);
    expect(build('bank', emptyInput()).text).toHave('[что прилагаете: фото, видео, скриншоты]');
  });
});

describe('free text', () => {
  it('ends a sentence once, whatever the user typed at the end', () => {
    const end = (details: string) => build('dispute', { ...emptyInput(), details }).text;
    expect(end('нет зарядки')).toHave('Нет зарядки.\n');
    expect(end('нет зарядки.')).toHave('Нет зарядки.\n');
    expect(end('нет зарядки!')).toHave('Нет зарядки!\n');
    expect(end('нет зарядки…')).toHave('Нет зарядки…\n');
    expect(end('нет зарядки,  ')).toHave('Нет зарядки.\n');
  });

  it('keeps the user’s line breaks but not runs of empty lines or Windows line ends', () => {
    const text = build('dispute', { ...emptyInput(), details: 'первое\r\n\r\n\r\n\r\nвторое  \nтретье' }).text;
    expect(text).toHave('Первое\n\nвторое\nтретье.');
    expect(text).not.toHave('\r');
  });

  it('puts the item and the letter’s own fields on one line', () => {
    expect(build('seller', { ...emptyInput(), item: '  наушники\n  с кейсом ' }).text).toContain(
      `товар${NBSP}— наушники с кейсом.`,
    );
    expect(build('claim', { ...emptyInput(), extra: { sender: ' Иванова\n Анна ' } }).text).toHave('От: Иванова Анна,');
  });
});

describe('what each letter asks for', () => {
  it('turns the choice into one clear request', () => {
    const ask = (want: MessageInput['want']) => build('seller', { ...emptyInput(), want }).text;
    expect(ask('full-refund')).toHave('Прошу вернуть полную стоимость заказа.');
    expect(ask('partial-refund')).toHave('Прошу частичный возврат денег');
    expect(ask('return')).toHave('Прошу согласовать возврат товара и вернуть его полную стоимость.');
    expect(ask('')).toHave('[чего вы хотите]');
  });

  it('a claim states one demand that matches the request, with the letter’s own fields inside it', () => {
    const demand = (id: string, want: MessageInput['want']) => build(id, { ...full, want }).text;
    expect(demand('claim', 'full-refund')).toHave('требую вернуть уплаченную за товар сумму');
    expect(demand('claim', 'partial-refund')).toHave('требую соразмерно уменьшить покупную цену');
    expect(demand('claim', 'replacement')).toHave('требую заменить товар');
    expect(demand('claim-delivery', 'replacement')).toHave('передать оплаченный товар в новый срок');
    expect(demand('claim-delivery', 'replacement')).toHave('[новая дата]');
    expect(demand('claim-delivery', 'full-refund')).not.toHave('[новая дата]');
    expect(demand('claim', '')).toHave('требую [ваше требование');
  });
});

/** Issue 12: the law each letter cites is the article that governs its case, stated as the reader's position. */
describe('the law in the letters', () => {
  const formal = ['claim', 'warranty', 'claim-delivery', 'claim-unwanted'];
  const everyText = (id: string) => plain([letter(id).text, ...Object.values(letter(id).demands ?? {})].join('\n'));

  it('defect letters cite ст. 18 and 22 (and 19 for a later defect), return at the seller’s expense, never 26.1', () => {
    for (const id of ['claim', 'warranty']) {
      const text = everyText(id);
      expect(text).toHave('ст. 18');
      expect(text).toHave('ст. 22');
      expect(text).toHave('за счёт продавца');
      expect(text).not.toHave('26.1');
    }
    expect(everyText('warranty')).toHave('ст. 19');
  });

  it('the non-delivery claim cites 23.1 with its 10-day refund term (п. 4) and the capped 0.5 % penalty (п. 3)', () => {
    const text = everyText('claim-delivery');
    expect(text).toHave('23.1');
    expect(text).toMatch(/10\sдней/);
    expect(text).toMatch(/п\.\s4 ст\.\s23\.1/);
    expect(text).toMatch(/0,5\s?%/);
    expect(text).toHave('но не больше этой суммы');
    expect(text).toMatch(/п\.\s3 ст\.\s23\.1/);
    expect(text).not.toHave('26.1');
  });

  it('26.1 only for goods of proper quality: 7 days / 3 months, return costs deducted', () => {
    const text = everyText('claim-unwanted');
    expect(text).toHave('26.1');
    expect(text).toHave('надлежащего качества');
    expect(text).toMatch(/7\sдней/);
    // «срок отказа составляет 3 месяца»: the number is the fact unwanted-no-info-months.
    expect(text).toMatch(/3\sмесяц/);
    expect(text).toHave('за вычетом расходов');
    for (const id of TEMPLATE_IDS.filter((i) => i !== 'claim-unwanted')) expect(everyText(id), id).not.toHave('26.1');
  });

  it('Russian law is the reader’s position (ГК РФ ст. 1212, Пленум ВС РФ № 24), never a claim about the seller', () => {
    for (const id of formal) {
      const text = everyText(id);
      expect(text, id).toMatch(/Считаю, что к нашему договору применяется право Российской Федерации/);
      expect(text, id).toMatch(/ст\.\s1212 ГК РФ/);
      expect(text, id).toMatch(/от\s09\.07\.2019 №\s24/);
      expect(text, id).not.toMatch(/Продавец направляет|интерфейс на русском/);
    }
  });

  it('the bank letter speaks of «Мир» and СБП, never Visa, Mastercard or PayPal, and promises no deadline', () => {
    const text = everyText('bank') + letter('bank').note;
    expect(text).toHave('«Мир»');
    expect(text).toHave('СБП');
    expect(text).not.toMatch(/Visa|Mastercard|PayPal|чарджбэк/i);
    for (const want of ['', ...WANT_IDS] as const) {
      expect(build('bank', { ...full, want }).text).not.toMatch(/\d+\s(?:дн|рабоч|календарн|месяц)/);
    }
  });
});

describe('public post', () => {
  it('never carries the order number, even when it is filled in', () => {
    const text = build('public', full).text;
    expect(text).not.toContain(full.orderNumber);
    expect(text).toHave('в личные сообщения официальному аккаунту');
  });

  const addressWords = t('message.addressWords').split('|');
  it.each([
    ['Звоните +7 912 345-67-89', ['phone']],
    ['тел. 8 (912) 345 67 89', ['phone']],
    ['пишите на ivan.petrov@mail.ru', ['email']],
    ['трек RU123456789CN', ['long-number']],
    ['заказ 8123 4567 8901 2345', ['long-number']],
    ['г. Казань, ул. Ленина, кв. 5', ['address']],
    ['Посылка не пришла, 3 недели без движения, 120 ₽', []],
  ])('finds personal data in %j', (text, kinds) => {
    expect(findPersonalData(text, addressWords)).toEqual(kinds);
  });
});

describe('small helpers', () => {
  it('counts the placeholders left in correct Russian', () => {
    expect(placeholdersLeft(t, 0)).toBe('');
    expect(placeholdersLeft(t, 1)).toBe(`Осталось заменить 1${NBSP}место в${NBSP}квадратных скобках`);
    expect(placeholdersLeft(t, 3)).toContain(`3${NBSP}места`);
    expect(placeholdersLeft(t, 21)).toContain(`21${NBSP}место`);
  });

  it('names the download in latin with the order number when it is valid', () => {
    expect(downloadName('claim', '8123 4567 8901')).toBe('claim-812345678901.txt');
    expect(downloadName('bank', '')).toBe('bank.txt');
    expect(downloadName('seller', HOSTILE)).toBe('seller.txt');
    for (const id of TEMPLATE_IDS) expect(downloadName(id, '')).toMatch(/^[a-z-]+\.txt$/);
  });
});
