/**
 * Realistic queries, typed the way shoppers type them, and the pages that answer them. A query passes when one of
 * its expected pages is among the first three results. Several pages are listed only where each of them answers
 * the question (the guide and the FAQ entry on the same situation). Used by tests/browser/search-quality.spec.ts
 * and by bench/search-quality.mjs.
 */
import { QUESTION_CASES } from './search-queries-questions.ts';
import { SEARCH_CASES_NEW_A } from './search-queries-new-a.ts';
import { SEARCH_CASES_NEW_B } from './search-queries-new-b.ts';
export interface SearchCase {
  q: string;
  expect: string[];
  type: 'inflected' | 'colloquial' | 'one-word' | 'misspelt' | 'question' | 'slang' | 'layout';
}

/** The first set: short queries, one of each kind of trouble. */
const SHORT_CASES: SearchCase[] = [
  {
    q: 'посылка не пришла',
    expect: ['/faq/parcel-not-arrived/', '/problems/lost-parcel/', '/problems/delivery-delay/'],
    type: 'colloquial',
  },
  { q: 'вернуть деньги', expect: ['/faq/how-to-get-refund/', '/disputes/open-dispute/'], type: 'colloquial' },
  { q: 'продавец не отвечает', expect: ['/faq/seller-not-answering/', '/contact/seller-chat/'], type: 'colloquial' },
  { q: 'диспут', expect: ['/faq/what-is-dispute/', '/disputes/open-dispute/', '/glossary/#dispute'], type: 'one-word' },
  {
    q: 'трек не обновляется',
    expect: ['/problems/tracking-not-updating/', '/faq/tracking-not-updating/'],
    type: 'colloquial',
  },
  { q: 'пустая посылка', expect: ['/problems/wrong-quantity/', '/faq/empty-parcel/'], type: 'colloquial' },
  { q: 'таможня', expect: ['/problems/customs/', '/faq/customs-hold/'], type: 'one-word' },
  { q: 'чарджбэк', expect: ['/escalation/chargeback/', '/faq/chargeback/', '/glossary/#chargeback'], type: 'one-word' },
  { q: 'роспотребнадзор', expect: ['/escalation/rospotrebnadzor/', '/faq/rospotrebnadzor-help/'], type: 'one-word' },
  { q: 'как позвонить в поддержку', expect: ['/faq/call-support/', '/contact/no-phone/'], type: 'colloquial' },
  { q: 'продлить защиту', expect: ['/disputes/extend-protection/', '/faq/extend-protection/'], type: 'inflected' },
  { q: 'посылка потерялась', expect: ['/problems/lost-parcel/'], type: 'colloquial' },
  { q: 'не могу оставить отзыв', expect: ['/problems/cannot-review/', '/faq/cannot-review/'], type: 'colloquial' },
  { q: 'оплата не проходит', expect: ['/problems/payment-failed/', '/faq/payment-failed/'], type: 'inflected' },
  {
    q: 'деньги не вернули',
    expect: ['/problems/refund-not-received/', '/faq/refund-not-received/'],
    type: 'colloquial',
  },
  { q: 'сломанный товар', expect: ['/problems/damaged/', '/faq/damaged-item/'], type: 'inflected' },
  { q: 'не тот размер', expect: ['/problems/not-as-described/', '/faq/wrong-size-proof/'], type: 'colloquial' },
  { q: 'чарджбек', expect: ['/escalation/chargeback/', '/faq/chargeback/', '/glossary/#chargeback'], type: 'misspelt' },
  { q: 'роспотребнадзр', expect: ['/escalation/rospotrebnadzor/', '/faq/rospotrebnadzor-help/'], type: 'misspelt' },
  { q: 'претензея продавцу', expect: ['/escalation/claim/', '/faq/how-to-write-claim/'], type: 'misspelt' },
  {
    q: 'посылка непришла',
    expect: ['/faq/parcel-not-arrived/', '/problems/lost-parcel/', '/problems/delivery-delay/'],
    type: 'misspelt',
  },
  { q: 'nfvj;yz', expect: ['/problems/customs/', '/faq/customs-hold/'], type: 'misspelt' },
  {
    q: 'gjcskrf yt ghbikf',
    expect: ['/faq/parcel-not-arrived/', '/problems/lost-parcel/', '/problems/delivery-delay/'],
    type: 'misspelt',
  },
  { q: 'пасылка патерялась', expect: ['/problems/lost-parcel/'], type: 'misspelt' },
  { q: 'где номер заказа', expect: ['/prepare/order-number/', '/faq/order-number/'], type: 'colloquial' },
  { q: 'как открыть спор', expect: ['/disputes/open-dispute/', '/faq/when-open-dispute/'], type: 'colloquial' },
  {
    q: 'продавец отклонил спор',
    expect: ['/faq/seller-rejected-dispute/', '/disputes/seller-response/', '/disputes/escalate/'],
    type: 'inflected',
  },
  { q: 'живой оператор', expect: ['/faq/live-operator/', '/contact/help-chat/'], type: 'colloquial' },
  { q: 'подать в суд на алиэкспресс', expect: ['/escalation/court/', '/faq/sue-aliexpress/'], type: 'colloquial' },
  { q: 'претензия', expect: ['/escalation/claim/', '/faq/how-to-write-claim/', '/glossary/#claim'], type: 'one-word' },
  {
    q: 'видео распаковки',
    expect: ['/faq/unboxing-video/', '/prepare/evidence/', '/glossary/#unboxing-video'],
    type: 'inflected',
  },
  {
    q: 'случайно подтвердил получение',
    expect: ['/faq/confirmed-by-mistake/', '/disputes/confirm-receipt/'],
    type: 'colloquial',
  },
  { q: 'кто платит за возврат', expect: ['/faq/who-pays-return/', '/disputes/returns/'], type: 'colloquial' },
  {
    q: 'продавец предлагает частичный возврат',
    expect: ['/faq/partial-refund-offer/', '/disputes/seller-response/'],
    type: 'inflected',
  },
  { q: 'посылка застряла на таможне', expect: ['/problems/customs/', '/faq/customs-hold/'], type: 'inflected' },
  { q: 'пришло меньше товаров', expect: ['/problems/wrong-quantity/', '/faq/wrong-quantity/'], type: 'inflected' },
  {
    q: 'товар не соответствует описанию',
    expect: ['/problems/not-as-described/', '/faq/not-as-described/'],
    type: 'inflected',
  },
  { q: 'приложение выдаёт ошибку', expect: ['/problems/site-app-errors/', '/faq/app-errors/'], type: 'inflected' },
  {
    q: 'когда вернут деньги на карту',
    expect: ['/disputes/refund-timing/', '/faq/refund-to-card-time/'],
    type: 'colloquial',
  },
  { q: 'эскалация', expect: ['/disputes/escalate/', '/glossary/#dispute-escalation'], type: 'one-word' },
  {
    q: 'списали деньги за чужой заказ',
    expect: ['/faq/unknown-charge/', '/problems/payment-failed/'],
    type: 'colloquial',
  },
  {
    q: 'общество защиты прав потребителей',
    expect: ['/escalation/consumer-society/', '/faq/consumer-society/'],
    type: 'inflected',
  },
  { q: 'поддержка не помогает', expect: ['/faq/support-not-helping/', '/escalation/ladder/'], type: 'colloquial' },
  {
    q: 'телефон горячей линии алиэкспресс',
    expect: ['/contact/no-phone/', '/faq/call-support/', '/faq/fake-support-number/'],
    type: 'inflected',
  },
  { q: 'разбитый', expect: ['/problems/damaged/', '/faq/damaged-item/'], type: 'one-word' },
  {
    q: 'по треку доставлено а посылки нет',
    expect: ['/faq/delivered-not-received/', '/problems/lost-parcel/'],
    type: 'colloquial',
  },
  {
    q: 'сколько дней осталось на спор',
    expect: ['/faq/days-left/', '/tools/deadline/', '/disputes/when-to-open/', '/prepare/rules-deadlines/'],
    type: 'colloquial',
  },
  { q: 'подделка', expect: ['/problems/not-as-described/'], type: 'one-word' },
  { q: 'акт 51', expect: ['/problems/damaged/', '/glossary/#form-51'], type: 'colloquial' },
  { q: 'написать продавцу', expect: ['/contact/seller-chat/', '/prepare/describe-problem/'], type: 'inflected' },
  { q: 'недовложение', expect: ['/problems/wrong-quantity/'], type: 'one-word' },
  { q: 'электронная почта поддержки', expect: ['/faq/support-email/', '/contact/no-phone/'], type: 'inflected' },
  { q: 'продавец грубит', expect: ['/faq/rude-seller/'], type: 'colloquial' },
  { q: 'двойное списание', expect: ['/problems/payment-failed/', '/faq/unknown-charge/'], type: 'colloquial' },
  {
    q: 'сколько ждать возврат денег',
    expect: ['/disputes/refund-timing/', '/faq/refund-to-card-time/'],
    type: 'colloquial',
  },
  {
    q: 'продавец просит закрыть спор',
    expect: ['/faq/seller-asks-close/', '/prepare/correspondence-tone/'],
    type: 'colloquial',
  },
  { q: 'долго идет посылка', expect: ['/problems/delivery-delay/'], type: 'colloquial' },
  {
    q: 'товар с браком',
    expect: ['/problems/not-as-described/', '/problems/damaged/', '/faq/item-not-working-proof/'],
    type: 'inflected',
  },
  {
    q: 'регистрация электронного уведомления',
    expect: ['/faq/electronic-notice-status/', '/problems/tracking-not-updating/'],
    type: 'inflected',
  },
  {
    q: 'как написать в поддержку',
    expect: ['/contact/overview/', '/faq/contact-support/', '/faq/what-to-write/', '/contact/help-chat/'],
    type: 'colloquial',
  },
  {
    q: 'куда жаловаться на продавца',
    expect: ['/contact/tickets/', '/escalation/rospotrebnadzor/', '/escalation/ladder/', '/contact/overview/'],
    type: 'colloquial',
  },
  {
    q: 'товар не работает',
    expect: ['/problems/not-as-described/', '/faq/item-not-working-proof/'],
    type: 'colloquial',
  },
  { q: 'оператор', expect: ['/contact/help-chat/', '/faq/live-operator/'], type: 'one-word' },
  {
    q: 'деньги списали а заказа нет',
    expect: ['/problems/payment-failed/', '/faq/unknown-charge/'],
    type: 'colloquial',
  },
  { q: 'вернуть товар', expect: ['/disputes/returns/', '/faq/return-unwanted-item/'], type: 'inflected' },
  {
    q: 'продавец отправил не тот цвет',
    expect: ['/problems/not-as-described/', '/faq/not-as-described/'],
    type: 'colloquial',
  },
  {
    q: 'срок защиты покупателя',
    expect: [
      '/prepare/rules-deadlines/',
      '/disputes/extend-protection/',
      '/faq/days-left/',
      '/glossary/#buyer-protection',
    ],
    type: 'inflected',
  },
  { q: 'подтвердить получение', expect: ['/disputes/confirm-receipt/'], type: 'inflected' },
  {
    q: 'трек номер не работает',
    expect: ['/problems/tracking-not-updating/', '/faq/tracking-not-updating/'],
    type: 'colloquial',
  },
  { q: 'суд', expect: ['/escalation/court/', '/faq/sue-aliexpress/'], type: 'one-word' },
  { q: 'банк вернет деньги', expect: ['/escalation/chargeback/', '/faq/chargeback/'], type: 'inflected' },
  { q: 'посылка пришла пустая', expect: ['/problems/wrong-quantity/', '/faq/empty-parcel/'], type: 'colloquial' },
  {
    q: 'диспут отклонили',
    expect: ['/faq/seller-rejected-dispute/', '/disputes/escalate/', '/disputes/seller-response/'],
    type: 'colloquial',
  },
  { q: 'поддержка работает круглосуточно', expect: ['/faq/support-hours/'], type: 'inflected' },
  {
    q: 'фото для спора',
    expect: ['/faq/what-evidence/', '/prepare/evidence/', '/disputes/reason-evidence/'],
    type: 'inflected',
  },
  { q: 'заблокировали аккаунт', expect: ['/faq/account-blocked-disputes/', '/contact/tickets/'], type: 'colloquial' },
];

/**
 * Every on-topic query the quality test and the bench run. A new set of queries (for example for new pages) is one
 * more file exporting a SearchCase[] and one more spread here.
 */
export const SEARCH_CASES: SearchCase[] = [
  ...SHORT_CASES,
  ...QUESTION_CASES,
  ...SEARCH_CASES_NEW_A,
  ...SEARCH_CASES_NEW_B,
];

/**
 * Queries with no answer on the site: nonsense, a pasted tag, keyboard mash, and real questions about something
 * else. Each must say «ничего не нашлось» and offer the triage tool and the sections, never a list of pages.
 */
export const NO_ANSWER_QUERIES: string[] = [
  'ааааааа',
  'ыыыыыыыыыы',
  'zzzzzzzz',
  '<script>alert(1)</script>',
  '<div class="x"></div>',
  'фывапролдж',
  'ghjkghjkgh',
  'кеккеке ололо',
  'рецепт борща со сметаной',
  'прогноз погоды на завтра',
];
