/**
 * The message builder's texts: six plain-text templates (seller, support chat, dispute description, public post,
 * claim, bank chargeback request) filled from a few answers. Pure: no DOM, no storage, no clock.
 *
 * Rules the functions keep:
 * - A missing or unusable answer becomes a [placeholder] in square brackets, never "undefined" or "null".
 * - User text is returned as typed (trimmed); the page puts it into the DOM with textContent only.
 * - The wording is the buyer's, first person and gender-neutral (no «я написал(а)»), polite and factual.
 * - The fixed parts are typeset here (non-breaking space after «№» and before «—»); user text is not retouched.
 */
import { formatDateRu } from './dates-ru.ts';
import type { T } from './i18n.ts';

export const TEMPLATE_IDS = ['seller', 'support', 'dispute', 'public', 'claim', 'bank'] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

export const PROBLEM_IDS = [
  'not-arrived',
  'tracking',
  'not-as-described',
  'damaged',
  'wrong-quantity',
  'not-working',
  'refund-not-received',
  'other',
] as const;
export type ProblemId = (typeof PROBLEM_IDS)[number];

export const WANT_IDS = ['full-refund', 'partial-refund', 'replacement', 'return'] as const;
export type WantId = (typeof WANT_IDS)[number];

export const EVIDENCE_IDS = ['photos', 'video', 'chat', 'tracking', 'unboxing', 'post-act'] as const;
export type EvidenceId = (typeof EVIDENCE_IDS)[number];

export interface MessageInput {
  /** As typed; see validateOrderNumber. */
  orderNumber: string;
  /** yyyy-mm-dd from <input type="date">, or ''. */
  orderDate: string;
  item: string;
  problem: ProblemId | '';
  want: WantId | '';
  evidence: EvidenceId[];
  /** Free text, may span several lines. */
  details: string;
}

export interface BuiltMessage {
  text: string;
  /** Labels of the [placeholders] left in the text, in order of appearance, without brackets, each once. */
  placeholders: string[];
}

export function emptyInput(): MessageInput {
  return { orderNumber: '', orderDate: '', item: '', problem: '', want: '', evidence: [], details: '' };
}

export function isTemplateId(value: unknown): value is TemplateId {
  return typeof value === 'string' && (TEMPLATE_IDS as readonly string[]).includes(value);
}
export function isProblemId(value: unknown): value is ProblemId {
  return typeof value === 'string' && (PROBLEM_IDS as readonly string[]).includes(value);
}
export function isWantId(value: unknown): value is WantId {
  return typeof value === 'string' && (WANT_IDS as readonly string[]).includes(value);
}
export function isEvidenceId(value: unknown): value is EvidenceId {
  return typeof value === 'string' && (EVIDENCE_IDS as readonly string[]).includes(value);
}

/* ------------------------------------------------------------------------------------------------ order number */

export const ORDER_NUMBER_MIN = 8;
export const ORDER_NUMBER_MAX = 20;

export type OrderNumberCheck =
  | { status: 'empty' }
  | { status: 'ok'; digits: string }
  | { status: 'not-digits' }
  | { status: 'length'; length: number };

/**
 * AliExpress order numbers are long strings of digits. Accepted: digits only, 8–20 of them; spaces a phone's
 * copy-paste may add (including non-breaking ones) are ignored.
 */
export function validateOrderNumber(raw: string): OrderNumberCheck {
  const compact = raw.replace(/[\s\u00a0\u202f]+/g, '');
  if (!compact) return { status: 'empty' };
  if (!/^\d+$/.test(compact)) return { status: 'not-digits' };
  if (compact.length < ORDER_NUMBER_MIN || compact.length > ORDER_NUMBER_MAX) {
    return { status: 'length', length: compact.length };
  }
  return { status: 'ok', digits: compact };
}

/** The sentence shown beside the field, or '' when there is nothing to say. */
export function orderNumberMessage(t: T, check: OrderNumberCheck): string {
  switch (check.status) {
    case 'not-digits':
      return t('message.orderErrors.notDigits');
    case 'length':
      return t('message.orderErrors.length', { min: ORDER_NUMBER_MIN, max: ORDER_NUMBER_MAX, n: check.length });
    default:
      return '';
  }
}

/* ---------------------------------------------------------------------------------------------------- dates */

/** yyyy-mm-dd that names a real calendar day → that day at UTC midnight; anything else → null. */
export function parseIsoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return date;
}

/* --------------------------------------------------------------------------------------------- text helpers */

const NBSP = '\u00a0';
/** « — » with the non-breaking space before the dash. */
const DASH = `${NBSP}— `;

/** One line: whitespace runs (including line breaks) become single spaces. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Several lines: Windows line ends unified, spaces at line ends dropped, at most one empty line in a row. */
function multiLine(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Ends a sentence with a full stop unless it already ends with . ! ? or …; a trailing , ; : is replaced. */
function asSentence(text: string): string {
  if (/[.!?…]$/.test(text)) return text;
  return `${text.replace(/[,;:\s]+$/, '')}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('ru-RU') + text.slice(1);
}

/** «фото, видео и скриншоты» */
export function joinRu(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} и ${items[items.length - 1]}`;
}

/* ------------------------------------------------------------------------------------------------ the words */

/** What happened, as a fact in the buyer's words (no full stop). */
const PROBLEM_FACT: Record<ProblemId, string> = {
  'not-arrived': 'Посылка до сих пор не получена',
  tracking: 'Трек-номер не обновляется: статус посылки давно не меняется',
  'not-as-described': 'Полученный товар не соответствует описанию на странице товара',
  damaged: 'Товар пришёл повреждённым',
  'wrong-quantity': 'В посылке оказалось не всё, что было оплачено',
  'not-working': 'Товар не работает',
  'refund-not-received': 'Возврат денег по заказу одобрен, но деньги до сих пор не поступили',
  other: 'По заказу возникла проблема',
};

/** Evidence as it reads inside a sentence («Прилагаю: …») and as an item of a numbered list of attachments. */
const EVIDENCE_TEXT: Record<EvidenceId, string> = {
  photos: 'фото товара и упаковки',
  video: 'видео товара',
  chat: 'скриншоты переписки с продавцом',
  tracking: 'скриншоты отслеживания посылки',
  unboxing: 'видео распаковки',
  'post-act': 'акт, составленный на почте',
};

const LAW_23_1 =
  'Согласно ст.\u00a023.1 Закона РФ «О защите прав потребителей», если предварительно оплаченный товар не передан в установленный срок, потребитель вправе потребовать передачи товара в новый срок или возврата уплаченной суммы, а также возмещения убытков.';
const LAW_26_1 =
  'Товар приобретён дистанционным способом. Согласно ст.\u00a026.1 Закона РФ «О защите прав потребителей», потребитель вправе отказаться от товара в любое время до его передачи, а после передачи\u00a0— в течение 7\u00a0дней (в течение 3\u00a0месяцев, если письменная информация о порядке и сроках возврата не была предоставлена при доставке); уплаченная сумма возвращается в течение 10\u00a0дней со дня предъявления требования.';
const LAW_1212 =
  'Продавец направляет свою деятельность на потребителей в России: интерфейс на русском языке, цены в рублях. Поэтому к договору применяется право Российской Федерации (ст.\u00a01212 ГК РФ).';

/** Which article of the consumer-protection law fits the problem; both (to choose from) when it is unclear. */
export function claimLaw(problem: ProblemId | ''): Array<'23.1' | '26.1'> {
  switch (problem) {
    case 'not-arrived':
    case 'tracking':
      return ['23.1'];
    case 'not-as-described':
    case 'damaged':
    case 'not-working':
      return ['26.1'];
    default:
      return ['23.1', '26.1'];
  }
}

/** The public-post template never carries these; the page also warns when they appear in the user's own text. */
export type PersonalDataKind = 'phone' | 'email' | 'long-number' | 'address';

/** Personal data a public post should not show: phone numbers, e-mail, long numbers (order, track, card), an address. */
export function findPersonalData(text: string): PersonalDataKind[] {
  const found: PersonalDataKind[] = [];
  if (/[^\s@]+@[^\s@]+\.[^\s@]{2,}/.test(text)) found.push('email');
  if (/(?:\+\s*7|(?<!\d)8)[\s(-]*\d{3}[\s)-]*\d{3}[\s-]*\d{2}[\s-]*\d{2}(?!\d)/.test(text)) found.push('phone');
  // Order, track and card numbers: 8+ digits in a row (a track number may carry letters around them).
  else if (/\d{8,}/.test(text.replace(/[\s-]/g, ''))) found.push('long-number');
  if (/(?:^|[^а-яё])(?:ул\.|улица|просп|пр-т|переул|кв\.|квартир|индекс)/i.test(text)) found.push('address');
  return found;
}

/* ---------------------------------------------------------------------------------------------- the builder */

interface Parts {
  /** «№ 12345678» or «№ [номер заказа]» */
  order: string;
  date: string;
  /** «5 октября 2026 г.» for the claim and the bank letter. */
  dateFormal: string;
  item: string;
  /** The problem sentence and the details, each ending with a full stop. */
  problem: string;
  details: string;
  evidence: string[];
  placeholder: (label: string) => string;
  placeholders: string[];
}

const PH = {
  order: 'номер заказа',
  date: 'дата заказа',
  item: 'товар',
  problem: 'что случилось',
  details: 'подробности: что именно не так, с цифрами и датами',
  want: 'чего вы хотите',
  evidence: 'что прилагаете: фото, видео, скриншоты',
  sum: 'сумма',
} as const;

function parts(input: MessageInput): Parts {
  const placeholders: string[] = [];
  const placeholder = (label: string) => {
    if (!placeholders.includes(label)) placeholders.push(label);
    return `[${label}]`;
  };
  const check = validateOrderNumber(input.orderNumber);
  const order =
    check.status === 'ok'
      ? check.digits
      : check.status === 'empty'
        ? placeholder(PH.order)
        : oneLine(input.orderNumber); // shown as typed; the field says what is wrong with it
  const parsed = parseIsoDate(input.orderDate);
  const date = parsed ? formatDateRu(parsed) : placeholder(PH.date);
  const dateFormal = parsed ? `${date}${NBSP}г.` : date;
  const item = oneLine(input.item) || placeholder(PH.item);
  const problem = isProblemId(input.problem) ? `${PROBLEM_FACT[input.problem]}.` : `${placeholder(PH.problem)}.`;
  const detailsText = multiLine(input.details);
  const details = detailsText ? asSentence(capitalise(detailsText)) : placeholder(PH.details);
  // Known ids only, each once, in the order the checkboxes are shown.
  const chosen = new Set(input.evidence);
  const evidence = EVIDENCE_IDS.filter((id) => chosen.has(id)).map((id) => EVIDENCE_TEXT[id]);
  return { order: `№${NBSP}${order}`, date, dateFormal, item, problem, details, evidence, placeholder, placeholders };
}

/** «фото товара и упаковки, видео распаковки и скриншоты переписки с продавцом», or a placeholder. */
function evidenceInline(p: Parts): string {
  return p.evidence.length ? joinRu(p.evidence) : p.placeholder(PH.evidence);
}

/** «1. Фото товара и упаковки.» lines, or a placeholder line. */
function evidenceList(p: Parts): string[] {
  if (!p.evidence.length) return [`1. ${capitalise(p.placeholder(PH.evidence))}.`];
  return p.evidence.map((text, i) => `${i + 1}. ${capitalise(text)}.`);
}

/** The buyer's request to the seller, support or in a dispute. */
function request(input: MessageInput, p: Parts): string {
  switch (input.want) {
    case 'full-refund':
      return 'Прошу вернуть полную стоимость заказа.';
    case 'partial-refund':
      return `Прошу частичный возврат денег: ${p.placeholder(PH.sum)}${NBSP}₽.`;
    case 'replacement':
      return input.problem === 'not-arrived' || input.problem === 'tracking'
        ? 'Прошу отправить товар повторно.'
        : 'Прошу отправить замену.';
    case 'return':
      return 'Прошу согласовать возврат товара и вернуть его полную стоимость.';
    default:
      return `${capitalise(p.placeholder(PH.want))}.`;
  }
}

/** Blocks of lines joined with one empty line between them; empty blocks are dropped. */
function blocks(...list: Array<string | false | undefined | Array<string | false | undefined>>): string {
  return list
    .map((block) => (Array.isArray(block) ? block.filter(Boolean).join('\n') : block || ''))
    .filter((block) => block.trim() !== '')
    .join('\n\n');
}

function seller(input: MessageInput, p: Parts): string {
  const waiting = input.problem === 'not-arrived' || input.problem === 'tracking';
  return blocks(
    'Здравствуйте!',
    [`Пишу по заказу ${p.order} от ${p.date}, товар${DASH}${p.item}.`, `${p.problem} ${p.details}`],
    `Прилагаю: ${evidenceInline(p)}.`,
    [
      request(input, p),
      waiting && 'Если посылка ещё в пути, прошу сообщить, где она сейчас, и продлить защиту заказа.',
    ],
    'Спасибо!',
  );
}

function support(input: MessageInput, p: Parts): string {
  const closing =
    input.problem === 'refund-not-received'
      ? 'Проверьте, пожалуйста, отправлен ли возврат, и подскажите, когда его ждать.'
      : 'Помогите, пожалуйста, решить вопрос.';
  return blocks(
    'Здравствуйте.',
    [`Заказ ${p.order} от ${p.date}, товар${DASH}${p.item}.`, `${p.problem} ${p.details}`],
    `Могу приложить: ${evidenceInline(p)}.`,
    [request(input, p), closing],
  );
}

function dispute(input: MessageInput, p: Parts): string {
  return blocks(
    [`Заказ ${p.order} от ${p.date}, товар${DASH}${p.item}.`, `${p.problem} ${p.details}`],
    `Доказательства: ${evidenceInline(p)}.`,
    request(input, p),
  );
}

function publicPost(input: MessageInput, p: Parts): string {
  // No order number, no personal data: those go to the official account in private messages.
  return blocks(
    'Здравствуйте! Прошу помочь с заказом.',
    [`Заказ оформлен ${p.date}, товар${DASH}${p.item}.`, `${p.problem} ${p.details}`],
    `${capitalise(p.placeholder('что уже сделано: когда писали продавцу, открыт ли спор'))}.`,
    `Могу показать: ${evidenceInline(p)}.`,
    request(input, p),
    'Номер заказа и номер спора отправлю в личные сообщения официальному аккаунту.',
  );
}

function claimDemand(input: MessageInput, p: Parts): string {
  const sum = `${p.placeholder(PH.sum)}${NBSP}₽`;
  switch (input.want) {
    case 'full-refund':
      return `вернуть уплаченную сумму ${sum} тем же способом, которым была произведена оплата.`;
    case 'partial-refund':
      return `вернуть часть уплаченной суммы${DASH}${sum}${DASH}тем же способом, которым была произведена оплата.`;
    case 'replacement':
      return input.problem === 'not-arrived' || input.problem === 'tracking'
        ? `передать оплаченный товар в новый срок${DASH}до ${p.placeholder('новая дата')}.`
        : `передать товар, соответствующий описанию, до ${p.placeholder('новая дата')}.`;
    case 'return':
      return `принять товар обратно и вернуть уплаченную сумму ${sum}.`;
    default:
      return `${p.placeholder('ваше требование: вернуть деньги или передать товар к новой дате')}.`;
  }
}

function claim(input: MessageInput, p: Parts): string {
  const laws = claimLaw(input.problem);
  const lawLines = [
    laws.length > 1 && `${capitalise(p.placeholder('оставьте статью, которая подходит к вашей ситуации'))}:`,
    laws.includes('23.1') && LAW_23_1,
    laws.includes('26.1') && LAW_26_1,
  ];
  return blocks(
    [
      `Кому: ${p.placeholder('название магазина и продавца, как в карточке заказа')}`,
      `От: ${p.placeholder('фамилия, имя')}, ${p.placeholder('контакт для ответа')}`,
    ],
    'ПРЕТЕНЗИЯ',
    [
      `${p.dateFormal} на AliExpress оформлен и полностью оплачен заказ ${p.order}: товар${DASH}${p.item}, стоимость${DASH}${p.placeholder(PH.sum)}${NBSP}₽.`,
      `${p.problem} ${p.details}`,
      `${capitalise(p.placeholder('что уже сделано: переписка с продавцом, номер и итог спора'))}.`,
    ],
    lawLines,
    LAW_1212,
    `На основании изложенного требую ${claimDemand(input, p)}`,
    'Прошу ответить в течение 10\u00a0дней со дня получения претензии.',
    ['Приложения:', ...evidenceList(p)],
    `${p.placeholder('дата')}${NBSP}${NBSP}${NBSP}${p.placeholder('подпись')}`,
  );
}

function bank(input: MessageInput, p: Parts): string {
  const refund =
    input.want === 'partial-refund'
      ? `Прошу вернуть на карту часть суммы операции${DASH}${p.placeholder(PH.sum)}${NBSP}₽.`
      : 'Прошу вернуть сумму операции на карту.';
  return blocks(
    [
      `В ${p.placeholder('название банка')}`,
      `От: ${p.placeholder('фамилия, имя, отчество')}, владелец карты ${p.placeholder('последние 4 цифры карты')}`,
    ],
    'Заявление об оспаривании операции по карте',
    [
      `Прошу оспорить операцию по моей карте от ${p.placeholder('дата операции из выписки')} на сумму ${p.placeholder('сумма операции')}${NBSP}₽, получатель${DASH}${p.placeholder('название получателя из выписки')}.`,
      `Оплата произведена за заказ ${p.order} от ${p.dateFormal} на AliExpress, товар${DASH}${p.item}.`,
      `${p.problem} ${p.details}`,
      `Продавец и площадка вопрос не решили: ${p.placeholder('номер и итог спора на площадке')}.`,
    ],
    refund,
    ['Прилагаю:', ...evidenceList(p)],
    `${p.placeholder('дата')}${NBSP}${NBSP}${NBSP}${p.placeholder('подпись')}`,
  );
}

const BUILDERS: Record<TemplateId, (input: MessageInput, p: Parts) => string> = {
  seller,
  support,
  dispute,
  public: publicPost,
  claim,
  bank,
};

/** The text of one template for the answers given, and the placeholders still left in it. */
export function buildMessage(template: TemplateId, input: MessageInput): BuiltMessage {
  const p = parts(input);
  const build = BUILDERS[isTemplateId(template) ? template : 'seller'];
  const text = build(input, p);
  return { text, placeholders: p.placeholders.filter((label) => text.includes(`[${label}]`)) };
}

/** «Осталось заменить 3 места в квадратных скобках» — plural-correct; '' when nothing is left. */
export function placeholdersLeft(t: T, count: number): string {
  if (!Number.isInteger(count) || count <= 0) return '';
  return t('message.preview.left', { n: count });
}

/** A download name the file systems of phones and computers all accept: latin, no spaces. */
export function downloadName(template: TemplateId, orderNumber: string): string {
  const slug: Record<TemplateId, string> = {
    seller: 'soobshchenie-prodavtsu',
    support: 'zapros-v-podderzhku',
    dispute: 'opisanie-spora',
    public: 'post-v-soobshchestvo',
    claim: 'pretenziya',
    bank: 'zayavlenie-v-bank',
  };
  const check = validateOrderNumber(orderNumber);
  return `${slug[isTemplateId(template) ? template : 'seller']}${check.status === 'ok' ? `-${check.digits}` : ''}.txt`;
}
