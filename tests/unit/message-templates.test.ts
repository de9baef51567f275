import { describe, expect, it } from 'vitest';
import { t } from '../support/content.ts';
import {
  buildMessage,
  claimLaw,
  downloadName,
  emptyInput,
  EVIDENCE_IDS,
  findPersonalData,
  joinRu,
  orderNumberMessage,
  parseIsoDate,
  placeholdersLeft,
  PROBLEM_IDS,
  TEMPLATE_IDS,
  validateOrderNumber,
  WANT_IDS,
  type MessageInput,
  type TemplateId,
} from '../../src/lib/message-templates.ts';

const NBSP = '\u00a0';
const HOSTILE = '<img src=x onerror=alert(1)>';

const full: MessageInput = {
  orderNumber: '8123456789012345',
  orderDate: '2026-10-05',
  item: 'беспроводные наушники',
  problem: 'not-working',
  want: 'return',
  evidence: ['photos', 'video', 'chat'],
  details: 'правый наушник не заряжается, индикатор не горит',
};

const hostile: MessageInput = {
  orderNumber: HOSTILE,
  orderDate: HOSTILE,
  item: HOSTILE,
  problem: '',
  want: '',
  evidence: [],
  details: HOSTILE,
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

/** Placeholders for the answers each template uses (bank requests only money back, so «want» is not asked). */
const FIELD_PLACEHOLDERS: Record<TemplateId, string[]> = {
  seller: ['номер заказа', 'дата заказа', 'товар', 'что случилось', 'чего вы хотите', 'что прилагаете'],
  support: ['номер заказа', 'дата заказа', 'товар', 'что случилось', 'чего вы хотите', 'что прилагаете'],
  dispute: ['номер заказа', 'дата заказа', 'товар', 'что случилось', 'чего вы хотите', 'что прилагаете'],
  public: ['дата заказа', 'товар', 'что случилось', 'чего вы хотите', 'что прилагаете'],
  claim: ['номер заказа', 'дата заказа', 'товар', 'что случилось', 'ваше требование', 'что прилагаете'],
  bank: ['номер заказа', 'дата заказа', 'товар', 'что случилось', 'что прилагаете'],
};

describe.each(TEMPLATE_IDS)('template %s', (id) => {
  it('with empty input shows a [placeholder] for every answer it uses, and nothing broken', () => {
    const { text, placeholders } = buildMessage(id, emptyInput());
    expectSaneText(text);
    for (const label of FIELD_PLACEHOLDERS[id]) {
      expect(text, label).toContain(`[${label}`);
    }
    expect(text).toContain('[подробности');
    // The list of placeholders matches what is in the text, each once.
    expect(placeholders.length).toBeGreaterThan(0);
    expect(new Set(placeholders).size).toBe(placeholders.length);
    for (const label of placeholders) expect(text).toContain(`[${label}]`);
    const inText = [...text.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]);
    expect(new Set(inText)).toEqual(new Set(placeholders));
  });

  it('with full input fills every field and keeps the facts', () => {
    const { text } = buildMessage(id, full);
    expectSaneText(text);
    for (const label of FIELD_PLACEHOLDERS[id]) expect(text, label).not.toContain(`[${label}`);
    expect(text).not.toContain('[подробности');
    expect(text).toContain('беспроводные наушники');
    expect(text).toContain('5 октября 2026');
    expect(text).toContain('Товар не работает.');
    expect(text).toContain('Правый наушник не заряжается, индикатор не горит.');
    if (id === 'public') {
      expect(text).not.toContain(full.orderNumber);
      expect(text).not.toContain('№');
    } else {
      expect(text).toContain(`№${NBSP}${full.orderNumber}`);
    }
  });

  it('keeps hostile text literal', () => {
    const { text } = buildMessage(id, hostile);
    expectSaneText(text.replaceAll(HOSTILE, 'X'));
    expect(text).toContain(HOSTILE);
    // The item and details are always shown as typed; the order number too, except in the public post.
    const count = text.split(HOSTILE).length - 1;
    expect(count).toBe(id === 'public' ? 2 : 3);
    // An unusable date becomes a placeholder, not the typed text.
    expect(text).toContain('[дата заказа]');
  });

  it('keeps replacement patterns and quotes literal', () => {
    const tricky = { ...emptyInput(), item: '$& $1 $$ «Наушники»', details: '{{x}} ${y} \\n' };
    const { text } = buildMessage(id, tricky);
    expect(text).toContain('$& $1 $$ «Наушники»');
    expect(text).toContain('{{x}} ${y} \\n.');
  });

  it('survives ids that are not in the lists (a corrupt draft or a tampered form)', () => {
    const bad = {
      ...emptyInput(),
      problem: 'constructor',
      want: '__proto__',
      evidence: ['toString', 'photos', 'photos'],
    } as unknown as MessageInput;
    const { text } = buildMessage(id, bad);
    expectSaneText(text);
    expect(text).toContain('[что случилось]');
    expect(text.match(/фото товара и упаковки/gi)?.length).toBe(1);
  });

  it('never shows an undefined bit for any problem × want combination', () => {
    for (const problem of ['', ...PROBLEM_IDS] as const) {
      for (const want of ['', ...WANT_IDS] as const) {
        const { text } = buildMessage(id, { ...full, problem, want });
        expectSaneText(text);
      }
    }
  });
});

describe('buildMessage with an unknown template id', () => {
  it('falls back to the seller message', () => {
    expect(buildMessage('nope' as TemplateId, full).text).toBe(buildMessage('seller', full).text);
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
    expect(buildMessage('seller', { ...emptyInput(), orderNumber: '8123 4567 8901' }).text).toContain(
      `№${NBSP}812345678901`,
    );
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
    expect(buildMessage('dispute', { ...emptyInput(), orderNumber: '12345' }).text).toContain(`№${NBSP}12345`);
    expect(buildMessage('dispute', { ...emptyInput(), orderNumber: '  ' }).text).toContain(`№${NBSP}[номер заказа]`);
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
    expect(buildMessage('seller', input).text).toContain('от 29 февраля 2024,');
    expect(buildMessage('claim', input).text).toContain(`29 февраля 2024${NBSP}г. на AliExpress`);
    expect(buildMessage('bank', input).text).toContain(`от 29 февраля 2024${NBSP}г. на AliExpress`);
    expect(buildMessage('seller', { ...input, orderDate: '2026-02-30' }).text).toContain('[дата заказа]');
  });
});

describe('evidence', () => {
  it('joins the list in Russian', () => {
    expect(joinRu([])).toBe('');
    expect(joinRu(['a'])).toBe('a');
    expect(joinRu(['a', 'b'])).toBe('a и b');
    expect(joinRu(['a', 'b', 'c'])).toBe('a, b и c');
  });

  it('lists what is attached inside a sentence, in the order of the checkboxes, each once', () => {
    const one = buildMessage('seller', { ...emptyInput(), evidence: ['unboxing'] }).text;
    expect(one).toContain('Прилагаю: видео распаковки.');
    const three = buildMessage('seller', { ...emptyInput(), evidence: ['chat', 'photos', 'chat', 'tracking'] }).text;
    expect(three).toContain(
      'Прилагаю: фото товара и упаковки, скриншоты переписки с продавцом и скриншоты отслеживания посылки.',
    );
    expect(buildMessage('dispute', { ...emptyInput(), evidence: ['post-act'] }).text).toContain(
      'Доказательства: акт, составленный на почте.',
    );
  });

  it('numbers the attachments of the claim and the bank letter', () => {
    const all = { ...emptyInput(), evidence: [...EVIDENCE_IDS].reverse() };
    for (const id of ['claim', 'bank'] as const) {
      const text = buildMessage(id, all).text;
      const list = text
        .slice(text.indexOf(id === 'claim' ? 'Приложения:' : 'Прилагаю:'))
        .split('\n')
        .slice(1, 7);
      expect(list).toEqual([
        '1. Фото товара и упаковки.',
        '2. Видео товара.',
        '3. Скриншоты переписки с продавцом.',
        '4. Скриншоты отслеживания посылки.',
        '5. Видео распаковки.',
        '6. Акт, составленный на почте.',
      ]);
      expect(buildMessage(id, emptyInput()).text).toContain('1. [что прилагаете: фото, видео, скриншоты].');
    }
  });
});

describe('free text', () => {
  it('ends a sentence once, whatever the user typed at the end', () => {
    const end = (details: string) => buildMessage('dispute', { ...emptyInput(), details }).text;
    expect(end('нет зарядки')).toContain('Нет зарядки.\n');
    expect(end('нет зарядки.')).toContain('Нет зарядки.\n');
    expect(end('нет зарядки!')).toContain('Нет зарядки!\n');
    expect(end('нет зарядки?')).toContain('Нет зарядки?\n');
    expect(end('нет зарядки…')).toContain('Нет зарядки…\n');
    expect(end('нет зарядки,  ')).toContain('Нет зарядки.\n');
  });

  it('keeps the user’s line breaks but not runs of empty lines or Windows line ends', () => {
    const text = buildMessage('dispute', { ...emptyInput(), details: 'первое\r\n\r\n\r\n\r\nвторое  \nтретье' }).text;
    expect(text).toContain('Первое\n\nвторое\nтретье.');
    expect(text).not.toContain('\r');
  });

  it('puts the item on one line', () => {
    const text = buildMessage('seller', { ...emptyInput(), item: '  наушники\n  с кейсом ' }).text;
    expect(text).toContain(`товар${NBSP}— наушники с кейсом.`);
  });
});

describe('what each template asks for', () => {
  it('turns the choice into one clear request', () => {
    const ask = (want: MessageInput['want'], problem: MessageInput['problem'] = 'not-working') =>
      buildMessage('seller', { ...emptyInput(), want, problem }).text;
    expect(ask('full-refund')).toContain('Прошу вернуть полную стоимость заказа.');
    expect(ask('partial-refund')).toContain(`Прошу частичный возврат денег: [сумма]${NBSP}₽.`);
    expect(ask('replacement')).toContain('Прошу отправить замену.');
    expect(ask('replacement', 'not-arrived')).toContain('Прошу отправить товар повторно.');
    expect(ask('return')).toContain('Прошу согласовать возврат товара и вернуть его полную стоимость.');
  });

  it('asks the seller to extend protection only while the parcel is on its way', () => {
    expect(buildMessage('seller', { ...emptyInput(), problem: 'not-arrived' }).text).toContain('продлить защиту');
    expect(buildMessage('seller', { ...emptyInput(), problem: 'damaged' }).text).not.toContain('продлить защиту');
  });

  it('asks support about a missing refund in its own words', () => {
    expect(buildMessage('support', { ...emptyInput(), problem: 'refund-not-received' }).text).toContain(
      'отправлен ли возврат',
    );
  });
});

describe('claim', () => {
  it('cites the article that fits the problem, and ГК РФ ст. 1212 always', () => {
    expect(claimLaw('not-arrived')).toEqual(['23.1']);
    expect(claimLaw('damaged')).toEqual(['26.1']);
    expect(claimLaw('')).toEqual(['23.1', '26.1']);
    const late = buildMessage('claim', { ...full, problem: 'not-arrived' }).text;
    expect(late).toContain(`ст.${NBSP}23.1 Закона РФ «О защите прав потребителей»`);
    expect(late).not.toContain('26.1');
    const broken = buildMessage('claim', full).text;
    expect(broken).toContain(`ст.${NBSP}26.1 Закона РФ «О защите прав потребителей»`);
    expect(broken).toContain(`10${NBSP}дней`);
    expect(broken).not.toContain('23.1');
    for (const problem of ['', ...PROBLEM_IDS] as const) {
      expect(buildMessage('claim', { ...full, problem }).text).toContain(`ст.${NBSP}1212 ГК РФ`);
    }
    const unsure = buildMessage('claim', emptyInput()).text;
    expect(unsure).toContain('[оставьте статью, которая подходит к вашей ситуации]');
    expect(unsure).toContain('23.1');
    expect(unsure).toContain('26.1');
  });

  it('states one demand that matches the request', () => {
    const demand = (want: MessageInput['want'], problem: MessageInput['problem'] = 'damaged') =>
      buildMessage('claim', { ...full, want, problem }).text;
    expect(demand('full-refund')).toContain('требую вернуть уплаченную сумму');
    expect(demand('partial-refund')).toContain('требую вернуть часть уплаченной суммы');
    expect(demand('return')).toContain('требую принять товар обратно');
    expect(demand('replacement', 'not-arrived')).toContain('требую передать оплаченный товар в новый срок');
    expect(demand('')).toContain('требую [ваше требование');
  });
});

describe('bank', () => {
  it('asks the bank to dispute the payment and promises no fixed deadline', () => {
    for (const want of ['', ...WANT_IDS] as const) {
      const text = buildMessage('bank', { ...full, want }).text;
      expect(text).toContain('Прошу оспорить операцию');
      expect(text).not.toMatch(/\d+\s(?:дн|рабоч|календарн|месяц)/);
    }
    expect(buildMessage('bank', { ...full, want: 'partial-refund' }).text).toContain('часть суммы операции');
  });
});

describe('public post', () => {
  it('never carries the order number, even when it is filled in', () => {
    const text = buildMessage('public', full).text;
    expect(text).not.toContain(full.orderNumber);
    expect(text).toContain('в личные сообщения официальному аккаунту');
  });

  it.each([
    ['Звоните +7 912 345-67-89', ['phone']],
    ['тел. 8 (912) 345 67 89', ['phone']],
    ['пишите на ivan.petrov@mail.ru', ['email']],
    ['трек RU123456789CN', ['long-number']],
    ['заказ 8123 4567 8901 2345', ['long-number']],
    ['г. Казань, ул. Ленина, кв. 5', ['address']],
    ['Посылка не пришла, 3 недели без движения, 120 ₽', []],
  ])('finds personal data in %j', (text, kinds) => {
    expect(findPersonalData(text)).toEqual(kinds);
  });
});

describe('small helpers', () => {
  it('counts the placeholders left in correct Russian', () => {
    expect(placeholdersLeft(t, 0)).toBe('');
    expect(placeholdersLeft(t, 1)).toBe(`Осталось заменить 1${NBSP}место в${NBSP}квадратных скобках`);
    expect(placeholdersLeft(t, 3)).toContain(`3${NBSP}места`);
    expect(placeholdersLeft(t, 7)).toContain(`7${NBSP}мест `);
    expect(placeholdersLeft(t, 21)).toContain(`21${NBSP}место`);
  });

  it('names the download in latin with the order number when it is valid', () => {
    expect(downloadName('claim', '8123 4567 8901')).toBe('pretenziya-812345678901.txt');
    expect(downloadName('bank', '')).toBe('zayavlenie-v-bank.txt');
    expect(downloadName('seller', HOSTILE)).toBe('soobshchenie-prodavtsu.txt');
    for (const id of TEMPLATE_IDS) expect(downloadName(id, '')).toMatch(/^[a-z-]+\.txt$/);
  });
});
