import type { SearchCase } from './search-queries.ts';

/**
 * Queries for the situations added in issue 13 (second batch: a lost dispute, offers outside the platform, returning
 * goods that are fine, paying from Russia, where the seller is), typed the way shoppers type them: long questions,
 * slang, typos and the wrong keyboard layout. Same shape and rule as SEARCH_CASES: one of `expect` in the top 3.
 */
export const SEARCH_CASES_NEW_B: SearchCase[] = [
  {
    q: 'спор решили в пользу продавца что делать дальше',
    expect: ['/disputes/lost-dispute/', '/faq/dispute-lost/'],
    type: 'colloquial',
  },
  {
    q: 'алиэкспресс закрыл спор без возврата денег',
    expect: ['/disputes/lost-dispute/', '/faq/dispute-lost/'],
    type: 'inflected',
  },
  { q: 'проиграл спор на алике', expect: ['/disputes/lost-dispute/', '/faq/dispute-lost/'], type: 'colloquial' },
  {
    q: 'можно ли обжаловать решение алиэкспресс по спору',
    expect: ['/disputes/lost-dispute/', '/faq/dispute-lost/', '/disputes/escalate/'],
    type: 'colloquial',
  },
  {
    q: 'спор праиграл продавец выиграл',
    expect: ['/disputes/lost-dispute/', '/faq/dispute-lost/'],
    type: 'misspelt',
  },
  {
    q: 'продавец просит закрыть спор и вернёт деньги на карту',
    expect: ['/faq/seller-refund-to-card/', '/disputes/off-platform-offers/'],
    type: 'colloquial',
  },
  {
    q: 'продавец просит оплатить переводом на карту',
    expect: ['/disputes/off-platform-offers/', '/glossary/#off-platform-deal'],
    type: 'colloquial',
  },
  {
    q: 'продавец прислал ссылку на оплату в чате',
    expect: ['/disputes/off-platform-offers/'],
    type: 'colloquial',
  },
  {
    q: 'продавец предлагает отменить заказ и оплатить заново',
    expect: ['/disputes/off-platform-offers/'],
    type: 'inflected',
  },
  {
    q: 'закрой диспут верну бабки',
    expect: ['/disputes/off-platform-offers/', '/faq/seller-refund-to-card/'],
    type: 'colloquial',
  },
  {
    q: 'продавец обещает вернуть деньги на карту если закрою спор',
    expect: ['/faq/seller-refund-to-card/', '/disputes/off-platform-offers/', '/faq/seller-asks-close/'],
    type: 'colloquial',
  },
  {
    q: 'вещь не подошла хочу вернуть продавцу',
    expect: ['/disputes/return-unwanted/', '/faq/return-unwanted-deadline/', '/faq/return-unwanted-item/'],
    type: 'colloquial',
  },
  {
    q: 'передумал можно ли вернуть товар обратно',
    expect: ['/disputes/return-unwanted/', '/faq/return-unwanted-item/', '/faq/return-unwanted-deadline/'],
    type: 'colloquial',
  },
  {
    q: 'сколько дней есть на возврат вещи которая не подошла',
    expect: ['/faq/return-unwanted-deadline/', '/disputes/return-unwanted/', '/faq/return-unwanted-item/'],
    type: 'inflected',
  },
  {
    q: 'вернуть шмотку которая не понравилась',
    expect: ['/disputes/return-unwanted/', '/faq/return-unwanted-item/', '/faq/return-unwanted-deadline/'],
    type: 'colloquial',
  },
  {
    q: 'что такое лёгкий спор на алиэкспресс',
    expect: ['/faq/easy-dispute/', '/disputes/return-unwanted/', '/glossary/#easy-dispute'],
    type: 'inflected',
  },
  {
    q: 'kturbq cgjh',
    expect: ['/faq/easy-dispute/', '/disputes/return-unwanted/', '/glossary/#easy-dispute'],
    type: 'misspelt',
  },
  {
    q: 'возврат товара надлежащего качества 7 дней',
    expect: ['/disputes/return-unwanted/', '/faq/return-unwanted-deadline/', '/faq/return-unwanted-item/'],
    type: 'inflected',
  },
  {
    q: 'чем оплатить заказ на алиэкспресс из россии',
    expect: ['/prepare/payment-methods/', '/faq/payment-methods/'],
    type: 'colloquial',
  },
  {
    q: 'можно ли платить картой мир на алиэкспресс',
    expect: ['/prepare/payment-methods/', '/faq/payment-methods/', '/glossary/#mir'],
    type: 'inflected',
  },
  {
    q: 'jgkfnf vbh',
    expect: ['/prepare/payment-methods/', '/faq/payment-methods/', '/glossary/#mir'],
    type: 'misspelt',
  },
  {
    q: 'оплатил через сбп можно ли вернуть деньги через банк',
    expect: ['/faq/sbp-dispute/', '/prepare/payment-methods/'],
    type: 'colloquial',
  },
  {
    q: 'аплатил через сбп можно вернуть деньги',
    expect: ['/faq/sbp-dispute/', '/prepare/payment-methods/'],
    type: 'misspelt',
  },
  {
    q: 'деньги заблокированы на карте а заказа нет',
    expect: ['/faq/card-hold/', '/prepare/payment-methods/', '/problems/payment-failed/'],
    type: 'colloquial',
  },
  {
    q: 'работает ли российская visa на алиэкспресс',
    expect: ['/prepare/payment-methods/', '/faq/payment-methods/'],
    type: 'inflected',
  },
  {
    q: 'продавец из россии что меняется для покупателя',
    expect: ['/faq/seller-in-russia/', '/prepare/seller-location/'],
    type: 'colloquial',
  },
  {
    q: 'товар отправляется со склада в россии',
    expect: ['/prepare/seller-location/', '/faq/seller-in-russia/'],
    type: 'inflected',
  },
  {
    q: 'действует ли закон о защите прав потребителей на китайского продавца',
    expect: ['/prepare/seller-location/', '/faq/russian-law/'],
    type: 'inflected',
  },
  {
    q: 'куда отправить претензию российскому продавцу юридический адрес',
    expect: ['/prepare/seller-location/', '/faq/seller-in-russia/', '/glossary/#legal-address'],
    type: 'colloquial',
  },
  {
    q: 'как узнать продавец китаец или русский',
    expect: ['/prepare/seller-location/', '/faq/seller-in-russia/'],
    type: 'colloquial',
  },
];
