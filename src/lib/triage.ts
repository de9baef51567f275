/**
 * «Что случилось?»: the decision tree and pure functions over it.
 *
 * An answer path is the list of option keys from the root, written in the URL as `?a=arrived.damaged.no`.
 * The same tree renders the no-JavaScript view (nested lists of links) on the server and drives the step-by-step
 * custom element in the browser. Every leaf names one guide, one checklist and one tool; a build test walks every
 * path and proves each of them is an existing page.
 */

export interface Link {
  href: string;
  label: string;
}

export interface TriageOption {
  /** Stable, URL-safe: [a-z0-9-]. Changing one breaks shared links. */
  key: string;
  label: string;
  next: TriageNode;
}

export interface TriageQuestion {
  kind: 'question';
  id: string;
  text: string;
  hint?: string;
  options: TriageOption[];
}

export interface DeadlineHint {
  text: string;
  /** Act today: shown as a strong warning, in words. */
  urgent: boolean;
  link: Link;
}

export interface TriageResult {
  kind: 'result';
  title: string;
  /** What to do now, in one or two sentences. */
  action: string;
  /** The one guide that fits: a guide id `<section>/<slug>`. */
  guide: string;
  /** A checklist id from content/checklists/. */
  checklist: string;
  tool: Link;
  deadline: DeadlineHint;
  /** More guides worth reading, by id. */
  more?: string[];
}

export type TriageNode = TriageQuestion | TriageResult;

const DEADLINE_TOOL: Link = { href: '/tools/deadline/', label: 'Калькулятор сроков: последний день для спора' };
const DEADLINE_TOOL_CONFIRMED: Link = {
  href: '/tools/deadline/?mode=confirmed',
  label: 'Калькулятор сроков: посчитать от даты подтверждения',
};
const MESSAGE_TOOL: Link = { href: '/tools/message/', label: 'Конструктор обращения: текст для поддержки' };
const BANK_TOOL: Link = { href: '/tools/message/', label: 'Конструктор обращения: заявление в банк' };

const TIMER_HINT: DeadlineHint = {
  text: 'Спор открывают, пока таймер защиты в карточке заказа не дошёл до нуля. Посчитайте последний день и поставьте напоминание на несколько дней раньше.',
  urgent: false,
  link: { href: '/tools/deadline/', label: 'Посчитать последний день' },
};

const CONFIRMED_HINT: DeadlineHint = {
  text: 'После подтверждения получения на спор обычно остаётся около 15 дней\u00a0— проверьте срок в карточке заказа. Посчитайте последний день от даты подтверждения и не тяните.',
  urgent: false,
  link: { href: '/tools/deadline/?mode=confirmed', label: 'Посчитать от даты подтверждения' },
};

const ENDING_HINT: DeadlineHint = {
  text: 'До конца таймера 5 дней или меньше: откройте спор сегодня, не дожидаясь ответа продавца. Если таймер закончится без спора, заказ закроется и деньги уйдут продавцу.',
  urgent: true,
  link: { href: '/disputes/open-dispute/', label: 'Как открыть спор: пошагово' },
};

const OVER_HINT: DeadlineHint = {
  text: 'Проверьте карточку заказа прямо сейчас: в некоторых справках после окончания защиты давалось ещё около 15 дней на спор, но рассчитывать на это нельзя. Если кнопки спора уже нет, пишите в поддержку и идите по ступеням жалоб.',
  urgent: true,
  link: { href: '/escalation/ladder/', label: 'Поддержка молчит: порядок шагов' },
};

/** The "not arrived" branches share the timer question; the answer changes the guide's urgency, not the problem. */
function timerQuestion(problem: {
  guide: string;
  title: string;
  action: string;
  checklist: string;
  hint?: DeadlineHint;
}): TriageQuestion {
  return {
    kind: 'question',
    id: 'timer',
    text: 'Сколько дней осталось на таймере защиты покупателя?',
    hint: 'Таймер показан в карточке заказа. Длина защиты бывает разной, поэтому смотрите на свой заказ.',
    options: [
      {
        key: 'running',
        label: 'Больше 5 дней',
        next: {
          kind: 'result',
          title: problem.title,
          action: problem.action,
          guide: problem.guide,
          checklist: problem.checklist,
          tool: DEADLINE_TOOL,
          deadline: problem.hint ?? TIMER_HINT,
          more: ['disputes/extend-protection', 'disputes/when-to-open'],
        },
      },
      {
        key: 'ending',
        label: '5 дней или меньше',
        next: {
          kind: 'result',
          title: `${problem.title}: защита скоро закончится`,
          action: `Откройте спор сегодня. ${problem.action}`,
          guide: problem.guide,
          checklist: 'open-dispute',
          tool: DEADLINE_TOOL,
          deadline: ENDING_HINT,
          more: ['disputes/open-dispute', 'disputes/extend-protection'],
        },
      },
      {
        key: 'over',
        label: 'Таймер закончился, а спор не открыт',
        next: {
          kind: 'result',
          title: `${problem.title}: таймер защиты закончился`,
          action:
            'Посмотрите в карточке заказа, можно ли ещё открыть спор. Если нельзя, напишите в чат поддержки, а если не помогли\u00a0— переходите к следующим ступеням: претензия, банк, Роспотребнадзор.',
          guide: 'disputes/when-to-open',
          checklist: 'escalation',
          tool: MESSAGE_TOOL,
          deadline: OVER_HINT,
          more: [problem.guide, 'escalation/ladder', 'escalation/chargeback'],
        },
      },
    ],
  };
}

/** The "arrived with a problem" branches ask whether receipt was confirmed: it decides which deadline applies. */
function confirmQuestion(problem: { guide: string; title: string; action: string; checklist: string }): TriageQuestion {
  return {
    kind: 'question',
    id: 'confirm',
    text: 'Вы уже подтвердили получение заказа?',
    hint: 'Подтверждение\u00a0— кнопка в карточке заказа. После него времени на спор обычно остаётся меньше.',
    options: [
      {
        key: 'no',
        label: 'Нет, ещё не подтверждено',
        next: {
          kind: 'result',
          title: problem.title,
          action: `Не подтверждайте получение, пока проблема не решена. ${problem.action}`,
          guide: problem.guide,
          checklist: 'parcel-arrived',
          tool: DEADLINE_TOOL,
          deadline: TIMER_HINT,
          more: ['disputes/reason-evidence', 'disputes/open-dispute'],
        },
      },
      {
        key: 'yes',
        label: 'Да, уже подтверждено',
        next: {
          kind: 'result',
          title: `${problem.title}, получение уже подтверждено`,
          action: `Откройте спор как можно скорее. ${problem.action}`,
          guide: problem.guide,
          checklist: problem.checklist,
          tool: DEADLINE_TOOL_CONFIRMED,
          deadline: CONFIRMED_HINT,
          more: ['disputes/confirm-receipt', 'disputes/open-dispute'],
        },
      },
    ],
  };
}

const REVIEW_RESULT: TriageResult = {
  kind: 'result',
  title: 'Не получается оставить отзыв',
  action:
    'Отзыв обычно можно оставить только после подтверждения получения. Если кнопки нет, попробуйте приложение вместо сайта или наоборот, а если с товаром проблема\u00a0— сначала откройте спор: отзыв деньги не вернёт.',
  guide: 'problems/cannot-review',
  checklist: 'parcel-arrived',
  tool: MESSAGE_TOOL,
  deadline: {
    text: 'На момент проверки на отзыв давалось около 30 дней после подтверждения получения; правило могло измениться. Для спора срок другой: его задаёт таймер защиты.',
    urgent: false,
    link: { href: '/disputes/confirm-receipt/', label: 'Подтверждение получения: когда нажимать' },
  },
  more: ['problems/site-app-errors', 'contact/help-chat'],
};

export const TRIAGE_TREE: TriageQuestion = {
  kind: 'question',
  id: 'what',
  text: 'Что случилось с заказом?',
  hint: 'Выберите, что ближе всего к вашей ситуации. Ответ можно изменить кнопкой «Назад».',
  options: [
    {
      key: 'not-arrived',
      label: 'Посылка ещё не пришла',
      next: {
        kind: 'question',
        id: 'tracking',
        text: 'Что показывает отслеживание посылки?',
        hint: 'Трек-номер и статус доставки есть в карточке заказа.',
        options: [
          {
            key: 'moving',
            label: 'Посылка едет, но обещанный срок доставки прошёл',
            next: timerQuestion({
              guide: 'problems/delivery-delay',
              title: 'Посылка задерживается',
              action:
                'Напишите продавцу и попросите продлить защиту. Если он откажет или промолчит, откройте спор до конца таймера.',
              checklist: 'open-dispute',
            }),
          },
          {
            key: 'stuck',
            label: 'Трек не обновляется или номер не находится',
            next: timerQuestion({
              guide: 'problems/tracking-not-updating',
              title: 'Трек не обновляется',
              action:
                'Новый номер может появиться у перевозчика не сразу, а после границы\u00a0— смениться. Если движения нет две-три недели, напишите продавцу и откройте спор со скриншотами трека.',
              checklist: 'evidence',
            }),
          },
          {
            key: 'customs',
            label: 'Посылка застряла на таможне',
            next: timerQuestion({
              guide: 'problems/customs',
              title: 'Посылка задержана на таможне',
              action:
                'Узнайте причину задержки из уведомления таможни или службы доставки и сообщите продавцу. Если посылка застряла надолго, откройте спор и приложите документ таможни.',
              checklist: 'open-dispute',
            }),
          },
          {
            key: 'delivered',
            label: 'Написано «вручено», а посылки у меня нет',
            next: timerQuestion({
              guide: 'problems/lost-parcel',
              title: 'Посылка значится врученной, но её нет',
              action:
                'Сразу обратитесь в отделение или службу доставки и напишите продавцу: пока перевозчик показывает вручение, спор о неполучении решить труднее.',
              checklist: 'evidence',
              hint: {
                text: 'Проверьте таймер сегодня: по одной старой справке AliExpress, после отметки о вручении оставшееся время защиты может сократиться примерно до 5 дней.',
                urgent: false,
                link: { href: '/tools/deadline/', label: 'Посчитать последний день' },
              },
            }),
          },
          {
            key: 'lost',
            label: 'Посылка потерялась или едет обратно продавцу',
            next: timerQuestion({
              guide: 'problems/lost-parcel',
              title: 'Посылка потерялась',
              action:
                'Если посылка не дошла до вас, пока действует защита, откройте спор и просите полный возврат денег.',
              checklist: 'open-dispute',
            }),
          },
        ],
      },
    },
    {
      key: 'arrived',
      label: 'Посылка пришла, но что-то не так',
      next: {
        kind: 'question',
        id: 'wrong',
        text: 'Что не так с посылкой?',
        options: [
          {
            key: 'damaged',
            label: 'Товар или упаковка повреждены',
            next: confirmQuestion({
              guide: 'problems/damaged',
              title: 'Товар пришёл повреждённым',
              action:
                'Снимите повреждения на фото и видео, сохраните упаковку и откройте спор с причиной о повреждении.',
              checklist: 'evidence',
            }),
          },
          {
            key: 'not-as-described',
            label: 'Пришло не то: другой цвет, размер, качество или не работает',
            next: confirmQuestion({
              guide: 'problems/not-as-described',
              title: 'Товар не соответствует описанию',
              action:
                'Сохраните описание товара со страницы, снимите фото или видео с расхождением, напишите продавцу и откройте спор.',
              checklist: 'evidence',
            }),
          },
          {
            key: 'quantity',
            label: 'Не хватает штук или посылка пустая',
            next: confirmQuestion({
              guide: 'problems/wrong-quantity',
              title: 'Пришло не всё или пустая посылка',
              action:
                'Снимите на видео, как открываете посылку, пересчитайте содержимое, взвесьте посылку с упаковкой и откройте спор о неверном количестве или пустой посылке.',
              checklist: 'evidence',
            }),
          },
          { key: 'review', label: 'С товаром всё хорошо, но не получается оставить отзыв', next: REVIEW_RESULT },
        ],
      },
    },
    {
      key: 'money',
      label: 'Проблема с оплатой или возвратом денег',
      next: {
        kind: 'question',
        id: 'money',
        text: 'Что с деньгами?',
        options: [
          {
            key: 'not-paid',
            label: 'Оплата не проходит: карта отклонена или ошибка',
            next: {
              kind: 'result',
              title: 'Не проходит оплата',
              action:
                'Проверьте подтверждение платежа (3-D Secure), код CVV, лимиты и остаток на карте, затем попробуйте ещё раз или другой картой.',
              guide: 'problems/payment-failed',
              checklist: 'before-contact',
              tool: MESSAGE_TOOL,
              deadline: {
                text: 'Если деньги всё же списались, а заказ не оформился, сохраните выписку банка и напишите в чат поддержки, указав дату и сумму.',
                urgent: false,
                link: { href: '/contact/help-chat/', label: 'Чат поддержки' },
              },
              more: ['contact/help-chat', 'problems/site-app-errors'],
            },
          },
          {
            key: 'checking',
            label: 'Заказ висит «на проверке»',
            next: {
              kind: 'result',
              title: 'Платёж на проверке',
              action: 'Подождите и посмотрите статус заказа позже: проверка платежа может занять несколько часов.',
              guide: 'problems/payment-failed',
              checklist: 'before-contact',
              tool: MESSAGE_TOOL,
              deadline: {
                text: 'Если заказ отменили, а деньги уже списаны, возврат обычно приходит не сразу: сроки зависят от площадки и банка.',
                urgent: false,
                link: { href: '/disputes/refund-timing/', label: 'Когда придут деньги' },
              },
              more: ['contact/help-chat'],
            },
          },
          {
            key: 'unknown-charge',
            label: 'Деньги списали без моего участия',
            next: {
              kind: 'result',
              title: 'Деньги списали без вашего участия',
              action:
                'Сразу позвоните в свой банк по номеру с обратной стороны карты и заблокируйте карту: спор на AliExpress такие списания не решает.',
              guide: 'problems/payment-failed',
              checklist: 'before-contact',
              tool: BANK_TOOL,
              deadline: {
                text: 'Звоните в банк сегодня: у банка и платёжной системы свои сроки на оспаривание списаний, и чем раньше вы сообщите, тем лучше.',
                urgent: true,
                link: { href: '/escalation/chargeback/', label: 'Чарджбэк через банк' },
              },
              more: ['escalation/chargeback'],
            },
          },
          {
            key: 'refund',
            label: 'Возврат одобрили, а денег всё нет',
            next: {
              kind: 'result',
              title: 'Деньги за спор не пришли',
              action:
                'Убедитесь, что возврат в заказе завершён, проверьте баланс AliExpress и ищите деньги в выписке под датой исходной покупки.',
              guide: 'problems/refund-not-received',
              checklist: 'before-contact',
              tool: MESSAGE_TOOL,
              deadline: {
                text: 'После того как площадка отметила возврат завершённым, банку может понадобиться ещё до 15 рабочих дней. Если этот срок прошёл, пишите в поддержку с номером заказа.',
                urgent: false,
                link: { href: '/disputes/refund-timing/', label: 'Когда придут деньги после спора' },
              },
              more: ['disputes/refund-timing', 'escalation/chargeback'],
            },
          },
        ],
      },
    },
    {
      key: 'site',
      label: 'Не работает сайт или приложение',
      next: {
        kind: 'question',
        id: 'site',
        text: 'Что именно не получается?',
        options: [
          {
            key: 'dispute-button',
            label: 'Не открыть спор: кнопка неактивна или рядом надпись с датой',
            next: {
              kind: 'result',
              title: 'Не открывается спор',
              action:
                'Прочитайте надпись рядом с кнопкой: если в ней дата, с которой можно открыть спор, это не сбой. Если даты нет, попробуйте приложение вместо сайта или наоборот и напишите в чат поддержки со скриншотом.',
              guide: 'problems/site-app-errors',
              checklist: 'before-contact',
              tool: MESSAGE_TOOL,
              deadline: {
                text: 'Пока кнопка не работает, таймер защиты, скорее всего, идёт дальше. Если до его конца осталось мало, пишите в чат поддержки сразу и приложите скриншот.',
                urgent: false,
                link: { href: '/tools/deadline/', label: 'Посчитать последний день' },
              },
              more: ['disputes/when-to-open', 'contact/app-vs-site'],
            },
          },
          { key: 'review', label: 'Не получается оставить отзыв', next: REVIEW_RESULT },
          {
            key: 'other',
            label: 'Другая ошибка: страница не грузится, кнопка не нажимается',
            next: {
              kind: 'result',
              title: 'Ошибка сайта или приложения',
              action:
                'Попробуйте другой путь: приложение вместо сайта или наоборот, обновите приложение, очистите кэш. Сделайте скриншот ошибки и напишите в чат поддержки.',
              guide: 'problems/site-app-errors',
              checklist: 'before-contact',
              tool: MESSAGE_TOOL,
              deadline: {
                text: 'Пока вы разбираетесь с ошибкой, таймер защиты в заказе, скорее всего, продолжает идти. Если по заказу нужен спор, не откладывайте его.',
                urgent: false,
                link: { href: '/tools/deadline/', label: 'Посчитать последний день' },
              },
              more: ['contact/app-vs-site', 'contact/help-chat'],
            },
          },
        ],
      },
    },
  ],
};

export const TRIAGE_PATH = '/tools/triage/';
const KEY = /^[a-z0-9-]+$/;

/** `?a=arrived.damaged` → ['arrived', 'damaged']; anything malformed is dropped from that point on. */
export function decodeAnswers(param: string | null | undefined): string[] {
  if (!param) return [];
  const keys: string[] = [];
  for (const key of param.split('.')) {
    if (!KEY.test(key)) break;
    keys.push(key);
  }
  return keys;
}

export function encodeAnswers(keys: readonly string[]): string {
  return keys.join('.');
}

/** The page for a path: `/tools/triage/` for the start, `/tools/triage/?a=arrived.damaged` for a step. */
export function triageHref(keys: readonly string[]): string {
  return keys.length ? `${TRIAGE_PATH}?a=${encodeAnswers(keys)}` : TRIAGE_PATH;
}

export interface Step {
  question: TriageQuestion;
  option: TriageOption;
}

export interface Walk {
  /** Where the valid part of the path leads. */
  node: TriageNode;
  /** Each question answered on the way and the option chosen. */
  steps: Step[];
  /** The keys that were followed (a prefix of the input). */
  keys: string[];
  /** False when some key did not match an option (or the path went past a result): the rest was ignored. */
  valid: boolean;
}

export function walk(keys: readonly string[], tree: TriageQuestion = TRIAGE_TREE): Walk {
  let node: TriageNode = tree;
  const steps: Step[] = [];
  const followed: string[] = [];
  for (const key of keys) {
    if (node.kind !== 'question') return { node, steps, keys: followed, valid: false };
    const option: TriageOption | undefined = node.options.find((o) => o.key === key);
    if (!option) return { node, steps, keys: followed, valid: false };
    steps.push({ question: node, option });
    followed.push(key);
    node = option.next;
  }
  return { node, steps, keys: followed, valid: true };
}

/** The question to ask after these answers, or null when they reach a result. */
export function nextQuestion(keys: readonly string[], tree: TriageQuestion = TRIAGE_TREE): TriageQuestion | null {
  const { node } = walk(keys, tree);
  return node.kind === 'question' ? node : null;
}

/** The result at the end of exactly this path, or null. */
export function resultFor(keys: readonly string[], tree: TriageQuestion = TRIAGE_TREE): TriageResult | null {
  const w = walk(keys, tree);
  return w.valid && w.node.kind === 'result' ? w.node : null;
}

export interface Leaf {
  keys: string[];
  result: TriageResult;
}

/** Every path from the root to a result, depth first in the order the options are shown. */
export function allLeaves(tree: TriageNode = TRIAGE_TREE, prefix: string[] = []): Leaf[] {
  if (tree.kind === 'result') return [{ keys: prefix, result: tree }];
  return tree.options.flatMap((o) => allLeaves(o.next, [...prefix, o.key]));
}

/** Every guide a leaf points to (its main guide and the "more" ones), without repeats. */
export function guidesInTree(tree: TriageNode = TRIAGE_TREE): string[] {
  const ids = new Set<string>();
  for (const { result } of allLeaves(tree)) {
    ids.add(result.guide);
    result.more?.forEach((id) => ids.add(id));
  }
  return [...ids];
}

/** `problems/damaged` → `/problems/damaged/` (kept here so the browser bundle does not need sections.ts). */
export function guideHref(id: string): string {
  return `/${id}/`;
}

export function checklistHref(id: string): string {
  return `/checklists/${id}/`;
}
