/**
 * Interface strings of the tools: the shared tool shell, the deadline calculator and the «Что случилось?» triage.
 * The message builder keeps its own strings in its own file.
 */
import { countRu, pluralRu } from '../lib/plural.ts';
import { daysInMonth, type Field, type FieldError } from '../lib/deadline.ts';
import { monthPrepositional } from '../lib/dates-local.ts';
import { ruTriage } from './ru-triage.ts';

export { ruTriage };

const DAYS = ['день', 'дня', 'дней'] as const;

const dateErrors = {
  empty: { confirmed: 'Укажите дату, когда вы подтвердили получение.', start: 'Укажите дату, с которой идёт защита.' },
  future: {
    confirmed: 'Эта дата ещё не наступила. Укажите день, когда вы уже подтвердили получение.',
    start: 'Эта дата ещё не наступила. Укажите день, с которого защита уже идёт.',
  },
};

/** The shared tool shell (src/layouts/ToolLayout.astro). */
export const ruToolLayout = {
  tools: 'Инструменты',
  howItWorks: 'Как это работает',
  otherTools: 'Другие инструменты',
  list: [
    { href: '/tools/triage/', label: 'Что случилось?', line: 'Несколько вопросов\u00a0— и нужная инструкция' },
    { href: '/tools/deadline/', label: 'Калькулятор сроков', line: 'Последний день, чтобы открыть спор' },
    { href: '/tools/message/', label: 'Конструктор обращения', line: 'Сообщение продавцу, в поддержку, претензия' },
  ],
  disclaimer:
    'Инструменты подсказывают, но не заменяют карточку вашего заказа: правила площадки меняются, сверяйтесь с тем, что видите в заказе.',
} as const;

/** /tools/deadline/ */
export const ruDeadline = {
  title: 'Калькулятор сроков',
  description:
    'Сколько дней осталось, чтобы открыть спор на AliExpress: калькулятор по таймеру защиты покупателя или дате подтверждения получения.',
  intro:
    'Введите, сколько дней показывает таймер защиты покупателя в карточке заказа, или дату, когда вы подтвердили получение,\u00a0— калькулятор покажет последний день, чтобы открыть спор, и дату, до которой лучше успеть.',
  noscript:
    'Результат считается прямо в вашем браузере, поэтому без JavaScript он не появится. Посчитайте по правилам ниже\u00a0— там есть пример,\u00a0— или включите JavaScript.',
  modeLegend: 'Что вы знаете о сроке?',
  modes: {
    left: 'Сколько дней показывает таймер защиты',
    confirmed: 'Когда я подтвердил(а) получение',
    start: 'Дату начала защиты и её длину в днях',
  },
  fields: {
    left: {
      label: 'Дней на таймере защиты',
      hint: 'Число из карточки заказа. Если таймер показывает и часы, введите только дни: «12 дн. 5 ч»\u00a0— это 12.',
    },
    confirmed: { label: 'Дата подтверждения получения', hint: 'Её видно в карточке заказа. Например: 01.11.2026.' },
    start: { label: 'Дата начала защиты', hint: 'Например: 01.10.2026.' },
    days: {
      label: 'Длина защиты, дней',
      hint: 'Столько дней защиты указано для вашего заказа: длина бывает разной, мы её не подставляем.',
    },
  } satisfies Record<Field, { label: string; hint: string }>,
  submit: 'Посчитать',
  /** When a value from the link cannot be shown in a date field, the message quotes it. */
  rawValue: (raw: string) => `Значение «${raw}» не подходит.`,
  resultTitle: 'Результат',
  lastDay: 'Последний день, чтобы открыть спор',
  safeDay: 'Безопасная дата (наш совет)',
  safeDayNote:
    'Это наш совет: откройте спор за несколько дней до последнего дня, чтобы не упереться в сбой, выходные или долгий ответ продавца.',
  safeToday: 'сегодня',
  calendar: 'Добавить в календарь',
  calendarNote:
    'Скачается файл .ics: событие на последний день с напоминаниями за 3 дня и за 1 день. Откройте файл, чтобы добавить его в календарь телефона или компьютера.',
  calendarDone: (file: string) => `Файл ${file} готов\u00a0— откройте его, чтобы добавить событие в календарь.`,
  calendarFailed: 'Не получилось создать файл календаря. Запишите дату вручную или поставьте напоминание в телефоне.',
  calendarSummary: 'Последний день, чтобы открыть спор по заказу AliExpress',
  calendarAlarm3: 'Через 3 дня\u00a0— последний день, чтобы открыть спор по заказу',
  calendarAlarm1: 'Завтра\u00a0— последний день, чтобы открыть спор по заказу',
  calendarDescription: (last: string, safe: string, guideUrl: string) =>
    `По расчёту калькулятора последний день\u00a0— ${last}. Наш совет\u00a0— открыть спор до ${safe}. Сверьтесь с таймером в карточке заказа: правила площадки меняются.\nКак открыть спор: ${guideUrl}`,
  next: 'Что делать дальше',
  nextLinks: [
    { href: '/disputes/open-dispute/', label: 'Как открыть спор: пошагово' },
    { href: '/disputes/extend-protection/', label: 'Как попросить продлить защиту' },
    { href: '/checklists/open-dispute/', label: 'Чек-лист «Открываем спор»' },
  ],
  /** «остался 1 день», «осталось 3 дня», «осталось 5 дней», «последний день — сегодня», «срок истёк 2 дня назад». */
  daysLeft(n: number): string {
    if (n === 0) return 'последний день\u00a0— сегодня';
    if (n < 0) return `срок истёк ${countRu(-n, DAYS)} назад`;
    return `${pluralRu(n, ['остался', 'осталось', 'осталось'])} ${countRu(n, DAYS)}`;
  },
  urgent(n: number): string {
    if (n === 0) return 'Срочно: сегодня последний день. Откройте спор прямо сейчас\u00a0— завтра может быть поздно.';
    return `Срочно: до конца срока ${pluralRu(n, ['остался', 'осталось', 'осталось'])} ${countRu(n, DAYS)}. Откройте спор сегодня, не дожидаясь ответа продавца.`;
  },
  expired:
    'По нашему расчёту срок прошёл. Проверьте карточку заказа прямо сейчас: если кнопка спора ещё есть, открывайте спор сразу; если её нет\u00a0— пишите в поддержку.',
  expiredLink: { href: '/escalation/ladder/', label: 'Что делать, если поддержка не помогает' },
  basis: {
    left: (today: string, n: number) =>
      `Как считали: сегодня, ${today},\u00a0— нулевой день, к нему прибавили ${countRu(n, DAYS)} с таймера. Часы на таймере не учитываем\u00a0— так надёжнее.`,
    confirmed: (date: string) =>
      `Как считали: ${date} плюс 15 дней\u00a0— столько обычно остаётся на спор после подтверждения получения. Сверьтесь с карточкой заказа.`,
    start: (date: string, n: number) => `Как считали: ${date} плюс ${countRu(n, DAYS)} защиты.`,
  },
  fieldError(field: Field, error: FieldError): string {
    const isDate = field === 'confirmed' || field === 'start';
    switch (error.code) {
      case 'empty':
        if (field === 'confirmed' || field === 'start') return dateErrors.empty[field];
        return field === 'left'
          ? 'Введите, сколько дней показывает таймер, например 12.'
          : 'Введите длину защиты в днях\u00a0— она указана в карточке заказа.';
      case 'format':
        return isDate
          ? 'Введите дату так: 01.11.2026.'
          : 'Введите целое число дней цифрами, например 12. Часы и буквы не нужны.';
      case 'range':
        return field === 'left'
          ? 'Проверьте число: введите от 0 до 365 дней.'
          : 'Проверьте число: введите от 1 до 365 дней.';
      case 'year':
        return 'Проверьте год: калькулятор принимает даты с 2010 по 2100 год.';
      case 'no-such-date':
        return `Такой даты нет: ${monthPrepositional(error.y, error.m)} ${countRu(daysInMonth(error.y, error.m), DAYS)}.`;
      case 'future':
        return field === 'confirmed' || field === 'start' ? dateErrors.future[field] : 'Проверьте значение.';
    }
  },
} as const;

export const ruTools = { layout: ruToolLayout, deadline: ruDeadline, triage: ruTriage } as const;
