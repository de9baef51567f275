/**
 * Interface strings of the message builder (/tools/message/). The letters themselves are in
 * src/lib/message-templates.ts; here are the labels, hints, notes and statuses around them.
 */
import type { EvidenceId, ProblemId, TemplateId, WantId } from '../lib/message-templates.ts';
import { ORDER_NUMBER_MAX, ORDER_NUMBER_MIN } from '../lib/message-templates.ts';

export interface TemplateMeta {
  id: TemplateId;
  /** Radio label and preview heading. */
  title: string;
  /** One line under the radio label: where the text goes. */
  line: string;
  guide: { href: string; label: string };
  /** What to keep in mind with this template, shown beside the preview and in the no-JavaScript list. */
  note: string;
}

/*
 * The parts the browser script needs are separate constants, so its bundle carries only them; the page uses
 * `ruMessage`, which includes everything.
 */
export const messageTemplates: readonly TemplateMeta[] = [
  {
    id: 'seller',
    title: 'Сообщение продавцу',
    line: 'Первое письмо в чат заказа',
    guide: { href: '/contact/seller-chat/', label: 'Как написать продавцу' },
    note: 'Отправляйте из карточки заказа и ведите переписку только на площадке. Если ответа нет, а таймер защиты подходит к концу, не ждите\u00a0— открывайте спор.',
  },
  {
    id: 'support',
    title: 'Запрос в чат поддержки',
    line: 'Для оператора центра помощи',
    guide: { href: '/contact/help-chat/', label: 'Чат поддержки' },
    note: 'Сначала обычно отвечает робот: попросите соединить с оператором и отправьте текст ему. Сохраните скриншоты ответов.',
  },
  {
    id: 'dispute',
    title: 'Описание спора',
    line: 'Коротко и по фактам, для поля описания',
    guide: { href: '/disputes/open-dispute/', label: 'Как открыть спор' },
    note: 'Приложите к спору те доказательства, что перечислены в тексте. Откройте спор до конца таймера защиты: точный срок\u00a0— в карточке заказа.',
  },
  {
    id: 'public',
    title: 'Пост в официальное сообщество',
    line: 'Публично, без личных данных',
    guide: { href: '/escalation/social-media/', label: 'Официальные аккаунты в соцсетях' },
    note: 'Пост увидят все. Не указывайте адрес, телефон, полное имя, почту, данные карты, номер заказа и трек-номер: передайте их официальному аккаунту в личных сообщениях. На скриншотах закройте личные данные.',
  },
  {
    id: 'claim',
    title: 'Претензия продавцу',
    line: 'Письменное требование со ссылкой на закон',
    guide: { href: '/escalation/claim/', label: 'Как составить претензию' },
    note: 'Это шаблон, а не юридическая консультация. Оставьте статью закона, которая подходит к вашей ситуации, и сверьтесь с гайдом; при сомнениях позвоните в Роспотребнадзор или обратитесь к юристу.',
  },
  {
    id: 'bank',
    title: 'Заявление в банк (чарджбэк)',
    line: 'Если платили картой, а спор не помог',
    guide: { href: '/escalation/chargeback/', label: 'Чарджбэк через банк' },
    note: 'У карт «Мир» банк может называть эту процедуру «диспут». Решение принимает банк по правилам платёжной системы, и он может отказать. Сроки на оспаривание у банков разные\u00a0— спросите о них в своём банке как можно раньше и приложите доказательства.',
  },
];

export const messagePreview = {
  heading: 'Готовый текст',
  label: 'Готовый текст сообщения',
  guidePrefix: 'Подробнее:',
  replaceHint: 'Перед отправкой замените всё, что в [квадратных скобках], своими данными.',
  /** After «Осталось заменить 3 места в квадратных скобках». */
  replaceTail: 'впишите туда свои данные перед отправкой.',
  toPreview: 'Перейти к готовому тексту',
  allFilled: 'Квадратных скобок не осталось. Перечитайте текст перед отправкой.',
  personalData: 'В тексте, похоже, есть личные данные',
  personalKinds: {
    phone: 'номер телефона',
    email: 'адрес почты',
    'long-number': 'длинный номер (заказа, трека или карты)',
    address: 'адрес',
  },
  personalDataAdvice: 'Уберите это из публичного поста и передайте официальному аккаунту в личных сообщениях.',
} as const;

export const messageActions = {
  copy: 'Копировать',
  download: 'Скачать .txt',
  clear: 'Очистить',
  copied: 'Текст скопирован. Вставьте его туда, куда пишете, и замените оставшиеся [квадратные скобки].',
  copyFallback:
    'Скопировать автоматически не получилось. Текст выделен\u00a0— нажмите Ctrl+C (на Mac\u00a0— Cmd+C, на телефоне\u00a0— «Копировать» в меню).',
  downloaded: 'Файл сохранён в загрузки.',
  cleared: 'Поля очищены, черновик удалён.',
  /** Only where <dialog> is missing (very old browsers). */
  confirmClear: 'Очистить все поля и удалить черновик?',
} as const;

export const messageStorage = {
  saved: 'Черновик сохраняется в этом браузере, пока вы печатаете.',
  unavailable:
    'Браузер не даёт сохранить черновик (например, в приватном режиме). Всё работает, но после закрытия страницы текст пропадёт\u00a0— скопируйте или скачайте его.',
  corrupt: 'Сохранённый черновик не удалось прочитать, поэтому форма пустая.',
} as const;

export const ruMessage = {
  templates: messageTemplates,
  preview: messagePreview,
  actions: messageActions,
  storage: messageStorage,
  title: 'Конструктор обращения',
  description:
    'Соберите текст по заказу AliExpress: сообщение продавцу, запрос в поддержку, описание спора, пост в сообщество, претензию или заявление в банк о чарджбэке.',
  intro:
    'Ответьте на несколько вопросов\u00a0— конструктор соберёт вежливый и конкретный текст: продавцу, в поддержку, в описание спора, в официальное сообщество, претензию или заявление в банк. Скопируйте его или скачайте файлом.',
  privacy:
    'Всё, что вы вводите, остаётся в этом браузере: текст никуда не отправляется, а черновик хранится только здесь, пока вы его не очистите.',

  form: {
    legendTemplate: 'Что составить',
    legendOrder: 'Заказ',
    orderNumber: 'Номер заказа',
    orderNumberHint: `Только цифры, от\u00a0${ORDER_NUMBER_MIN} до\u00a0${ORDER_NUMBER_MAX}. Скопируйте из карточки заказа.`,
    orderNumberHelp: 'Где найти номер заказа',
    orderDate: 'Дата заказа',
    item: 'Товар',
    itemHint: 'Коротко, как в заказе: например, «беспроводные наушники».',
    problem: 'Что случилось',
    want: 'Чего вы хотите',
    choose: 'Выберите',
    legendEvidence: 'Что у вас есть',
    evidenceHint: 'Отметьте то, что приложите к сообщению.',
    details: 'Подробности своими словами',
    detailsHint: 'Что именно не так: цифры, даты, чем товар отличается от описания. Без эмоций\u00a0— только факты.',
  },

  problems: {
    'not-arrived': 'Посылка не пришла',
    tracking: 'Трек-номер не обновляется',
    'not-as-described': 'Товар не соответствует описанию',
    damaged: 'Товар повреждён',
    'wrong-quantity': 'Не хватает товара или посылка пустая',
    'not-working': 'Товар не работает',
    'refund-not-received': 'Не пришёл возврат денег',
    other: 'Другое',
  } satisfies Record<ProblemId, string>,

  wants: {
    'full-refund': 'Полный возврат денег',
    'partial-refund': 'Частичный возврат денег',
    replacement: 'Замена или повторная отправка',
    return: 'Вернуть товар и получить деньги',
  } satisfies Record<WantId, string>,

  evidence: {
    photos: 'Фото товара и упаковки',
    video: 'Видео товара',
    chat: 'Скриншоты переписки с продавцом',
    tracking: 'Скриншоты отслеживания',
    unboxing: 'Видео распаковки',
    'post-act': 'Акт, составленный на почте',
  } satisfies Record<EvidenceId, string>,

  dialog: {
    title: 'Очистить все поля?',
    text: 'Введённые данные и сохранённый черновик будут удалены. Отменить это нельзя.',
    confirm: 'Да, очистить',
    cancel: 'Отмена',
  },

  noJs: {
    heading: 'Шаблоны для копирования вручную',
    text: 'Конструктор работает с включённым JavaScript. Без него скопируйте нужный шаблон и замените [квадратные скобки] своими данными.',
  },
} as const;

export function templateMeta(id: TemplateId): TemplateMeta {
  const meta = messageTemplates.find((t) => t.id === id) ?? messageTemplates[0];
  if (!meta) throw new Error('ru-message: no templates');
  return meta;
}
