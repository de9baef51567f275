/**
 * Queries for the eight problem guides added for issue 13 (order cancelled, pickup point, fake tracking, defect
 * after protection, customs duty, refund to a closed card, account blocked, coupons and prices), typed the way
 * shoppers type them: long questions, slang, typos and two in the wrong keyboard layout. Same shape as
 * SEARCH_CASES in search-queries.ts; the search engineer merges them into the search-quality test.
 */
import type { SearchCase } from './search-queries.ts';

const cancelled = ['/problems/order-cancelled/', '/faq/order-cancelled-refund/'];
const pickup = ['/problems/pickup-point/', '/faq/pickup-point-storage/', '/faq/pickup-point-damaged-box/'];
const tracking = ['/problems/fake-tracking/', '/faq/wrong-city-tracking/'];
const defect = ['/problems/defect-after-protection/', '/faq/broke-after-protection/'];
const duty = ['/problems/customs-duty/', '/faq/customs-duty-amount/'];
const closedCard = ['/problems/refund-closed-card/', '/faq/refund-closed-card/'];
const blocked = ['/problems/account-blocked/', '/faq/account-blocked-appeal/'];
const coupons = ['/problems/coupons-prices/', '/faq/coupon-not-applied/'];

export const SEARCH_CASES_NEW_A: SearchCase[] = [
  // Order cancelled
  { q: 'продавец отменил заказ', expect: cancelled, type: 'colloquial' },
  { q: 'продавец отменил заказ когда вернут деньги', expect: cancelled, type: 'inflected' },
  { q: 'заказ отменён автоматически оплата не подтверждена', expect: cancelled, type: 'inflected' },
  { q: 'алик сам отменил заказ а деньги списали', expect: cancelled, type: 'colloquial' },
  { q: 'отменили заказ деньги не пришли', expect: cancelled, type: 'colloquial' },
  { q: 'прадавец атменил заказ', expect: cancelled, type: 'misspelt' },

  // Pickup point, parcel locker, courier
  { q: 'пункт выдачи коробка мятая', expect: pickup, type: 'colloquial' },
  { q: 'сколько хранится посылка в постамате', expect: pickup, type: 'inflected' },
  { q: 'в пвз мятая коробка забирать или отказаться', expect: pickup, type: 'colloquial' },
  { q: 'пишет доставлено в пункт выдачи а я не забирал', expect: pickup, type: 'colloquial' },
  { q: 'курьер привёз помятую коробку что делать', expect: pickup, type: 'colloquial' },
  { q: 'gjcnfvfn', expect: pickup, type: 'misspelt' },

  // Fake or wrong tracking
  { q: 'трек показывает другой город', expect: tracking, type: 'colloquial' },
  { q: 'посылка доставлена в другую страну а я ничего не получал', expect: tracking, type: 'colloquial' },
  { q: 'трек пишет вручено раньше чем продавец отправил', expect: tracking, type: 'inflected' },
  { q: 'перевозчик не знает мой трек номер', expect: tracking, type: 'colloquial' },
  { q: 'левый трек номер от продавца', expect: tracking, type: 'colloquial' },

  // Defect after protection
  { q: 'товар сломался после окончания защиты', expect: defect, type: 'inflected' },
  { q: 'защита закончилась а наушники перестали работать', expect: defect, type: 'colloquial' },
  { q: 'гарантия на товар с алиэкспресса два года', expect: defect, type: 'colloquial' },
  { q: 'сломался через полгода можно ли вернуть деньги', expect: defect, type: 'colloquial' },
  { q: 'тавар сламался после закрытия заказа', expect: defect, type: 'misspelt' },

  // Customs duty
  { q: 'сколько платить пошлину', expect: duty, type: 'colloquial' },
  { q: 'беспошлинный лимит 200 евро на посылку', expect: duty, type: 'inflected' },
  { q: 'пришло уведомление об оплате пошлины как заплатить', expect: duty, type: 'inflected' },
  { q: 'что будет если не платить пошлину за посылку', expect: duty, type: 'colloquial' },
  { q: 'gjikbyf', expect: duty, type: 'misspelt' },

  // Refund to a closed or reissued card
  { q: 'возврат на закрытую карту', expect: closedCard, type: 'inflected' },
  { q: 'перевыпустил карту а деньги вернули на старую', expect: closedCard, type: 'colloquial' },
  { q: 'карта закрыта куда придут деньги за спор', expect: closedCard, type: 'colloquial' },
  { q: 'вазврат на старую карту которой уже нет', expect: closedCard, type: 'misspelt' },
  { q: 'истёк срок карты а возврат ещё не пришёл', expect: closedCard, type: 'inflected' },

  // Account blocked
  { q: 'аккаунт заблокирован как обжаловать', expect: blocked, type: 'inflected' },
  { q: 'забанили на алике что будет с заказами', expect: blocked, type: 'colloquial' },
  { q: 'не могу войти аккаунт ограничен из за споров', expect: blocked, type: 'colloquial' },
  { q: 'разблокировка акаунта алиэкспресс', expect: blocked, type: 'misspelt' },

  // Coupons and prices
  { q: 'купон не применился при оплате', expect: coupons, type: 'inflected' },
  { q: 'промокод не работает что делать', expect: coupons, type: 'colloquial' },
  { q: 'списали больше чем было в корзине', expect: coupons, type: 'colloquial' },
  { q: 'товар подешевел сразу после покупки можно вернуть разницу', expect: coupons, type: 'colloquial' },
];
