import type { SearchCase } from './search-queries.ts';

/**
 * Questions as worried shoppers type them into a search box: whole sentences with «а», «я», «уже», «почему»,
 * slang («алик», «бабки», «продаван»), misspellings and the keyboard left in the Latin layout. Each lists the
 * pages that answer it; one of them must be among the first three results. Only pages that exist today: pages
 * other branches are adding bring their own query files (see SEARCH_CASES in search-queries.ts).
 */
const q = (text: string, type: SearchCase['type'], ...expect: string[]): SearchCase => ({ q: text, type, expect });

const NOT_ARRIVED = ['/faq/parcel-not-arrived/', '/problems/delivery-delay/', '/problems/lost-parcel/'];
const DELIVERED_NOT_RECEIVED = ['/faq/delivered-not-received/', '/problems/lost-parcel/'];
const TRACKING = ['/problems/tracking-not-updating/', '/faq/tracking-not-updating/'];
const CUSTOMS = ['/problems/customs/', '/faq/customs-hold/'];
const REFUND_LATE = [
  '/problems/refund-not-received/',
  '/faq/refund-not-received/',
  '/disputes/refund-timing/',
  '/faq/refund-to-card-time/',
];
const GET_REFUND = ['/faq/how-to-get-refund/', '/disputes/open-dispute/'];
const OPEN_DISPUTE = ['/disputes/open-dispute/', '/faq/when-open-dispute/', '/disputes/when-to-open/'];
const WHEN_OPEN = ['/disputes/when-to-open/', '/faq/when-open-dispute/', '/prepare/rules-deadlines/'];
const NO_BUTTON = ['/faq/no-dispute-button/', '/disputes/when-to-open/', '/problems/site-app-errors/'];
const EVIDENCE = ['/faq/what-evidence/', '/prepare/evidence/', '/disputes/reason-evidence/'];
const REJECTED = ['/faq/seller-rejected-dispute/', '/disputes/escalate/', '/disputes/seller-response/'];
const PARTIAL = ['/faq/partial-refund-offer/', '/disputes/seller-response/'];
const ESCALATE = ['/disputes/escalate/', '/glossary/#dispute-escalation'];
const CONFIRMED = ['/faq/confirmed-by-mistake/', '/disputes/confirm-receipt/'];
const EXTEND = ['/disputes/extend-protection/', '/faq/extend-protection/', '/faq/parcel-not-arrived/'];
const RETURN_COST = ['/faq/who-pays-return/', '/disputes/returns/'];
const DAMAGED = ['/problems/damaged/', '/faq/damaged-item/'];
const NOT_DESCRIBED = ['/problems/not-as-described/', '/faq/not-as-described/'];
const QUANTITY = ['/problems/wrong-quantity/', '/faq/wrong-quantity/', '/faq/empty-parcel/'];
const PAYMENT = ['/problems/payment-failed/', '/faq/payment-failed/'];
const REVIEW = ['/problems/cannot-review/', '/faq/cannot-review/'];
const APP = ['/problems/site-app-errors/', '/faq/app-errors/', '/contact/app-vs-site/'];
const CONTACT = ['/faq/contact-support/', '/contact/overview/', '/contact/help-chat/'];
const PHONE = ['/faq/call-support/', '/contact/no-phone/', '/faq/fake-support-number/'];
const OPERATOR = ['/faq/live-operator/', '/contact/help-chat/'];
const SELLER_SILENT = ['/faq/seller-not-answering/', '/contact/seller-chat/'];
const SUPPORT_USELESS = ['/faq/support-not-helping/', '/escalation/ladder/'];
const CHARGEBACK = ['/escalation/chargeback/', '/faq/chargeback/', '/faq/chargeback-deadline/'];
const CLAIM = ['/escalation/claim/', '/faq/how-to-write-claim/'];
const COURT = ['/escalation/court/', '/faq/sue-aliexpress/'];
const RPN = ['/escalation/rospotrebnadzor/', '/faq/rospotrebnadzor-help/', '/faq/consumer-rights-hotline/'];
const SOCIETY = ['/escalation/consumer-society/', '/faq/consumer-society/'];
const CHEATED = ['/escalation/ladder/', '/escalation/consumer-society/', '/faq/support-not-helping/', ...GET_REFUND];

export const QUESTION_CASES: SearchCase[] = [
  // Delivery
  q('посылка не пришла уже два месяца что делать', 'question', ...NOT_ARRIVED),
  q('сколько идет посылка из китая', 'question', ...NOT_ARRIVED),
  q('заказ идет уже больше месяца это нормально', 'question', ...NOT_ARRIVED),
  q('почему так долго везут заказ с алика', 'slang', ...NOT_ARRIVED),
  q('где моя посылка', 'colloquial', ...NOT_ARRIVED),
  q('срок доставки прошел а посылки все нет', 'question', ...NOT_ARRIVED),
  q('защита заканчивается а посылка еще не пришла', 'question', ...NOT_ARRIVED, ...EXTEND),
  q('что делать если посылка не пришла а защита кончается', 'question', ...NOT_ARRIVED, ...EXTEND),
  q('посылка потерялась на почте как вернуть деньги', 'question', '/problems/lost-parcel/'),
  q('потеряли мою посылку что теперь делать', 'question', '/problems/lost-parcel/'),
  q('посылка пропала', 'colloquial', '/problems/lost-parcel/'),
  q('посыль не пришла', 'slang', ...NOT_ARRIVED),
  q('пасылка ни пришла', 'misspelt', ...NOT_ARRIVED),
  q('gjcskrf gjnthzkfcm', 'layout', '/problems/lost-parcel/'),
  q('посылка вручена но я не получал', 'question', ...DELIVERED_NOT_RECEIVED),
  q('в треке написано вручено а посылки у меня нет', 'question', ...DELIVERED_NOT_RECEIVED),
  q('статус доставлено но я ничего не получала', 'question', ...DELIVERED_NOT_RECEIVED),
  q('пишет что посылка получена адресатом а я ее не забирал', 'question', ...DELIVERED_NOT_RECEIVED),
  // Tracking
  q('трек номер не отслеживается уже неделю', 'question', ...TRACKING),
  q('почему не обновляется статус посылки', 'question', ...TRACKING),
  q('регистрация электронного уведомления что это значит', 'question', '/faq/electronic-notice-status/', ...TRACKING),
  q('посылка висит на регистрации электронного уведомления', 'question', '/faq/electronic-notice-status/', ...TRACKING),
  q('трек не бьется', 'slang', ...TRACKING),
  q('посылка стоит на месте и не двигается уже три недели', 'question', ...TRACKING, ...NOT_ARRIVED),
  q('трэк ни атслеживается', 'misspelt', ...TRACKING),
  q('nhtr yt j,yjdkztncz', 'layout', ...TRACKING),
  q('что такое трек номер', 'question', '/glossary/#tracking-number', ...TRACKING),
  // Customs
  q('посылка застряла на таможне что делать', 'question', ...CUSTOMS),
  q('таможня задержала посылку и ничего не происходит', 'question', ...CUSTOMS),
  q('посылку задержали на таможне уже две недели', 'question', ...CUSTOMS),
  q('посылку тормознули на таможне', 'slang', ...CUSTOMS),
  q('таможня задержала', 'misspelt', ...CUSTOMS),
  q('nfvj;yz pflth;fkf gjcskre', 'layout', ...CUSTOMS),
  // Refunds
  q('спор выиграл а деньги так и не пришли', 'question', ...REFUND_LATE),
  q('когда вернут деньги после спора', 'question', ...REFUND_LATE),
  q('сколько дней идет возврат денег на карту', 'question', ...REFUND_LATE),
  q('деньги вернули но на карте их нет', 'question', ...REFUND_LATE),
  q('алик не вернул деньги уже месяц', 'slang', ...REFUND_LATE),
  q('бабки не вернули', 'slang', ...REFUND_LATE),
  q('где мой возврат', 'colloquial', ...REFUND_LATE),
  q('возврат денег на карту сколько ждать', 'question', ...REFUND_LATE),
  q('деньги ни вернули', 'misspelt', ...REFUND_LATE),
  q('ltymub yt dthyekb', 'layout', ...REFUND_LATE),
  q('вернуть бабки', 'slang', ...GET_REFUND, '/escalation/ladder/'),
  q('как вернуть деньги за товар на алиэкспресс', 'question', ...GET_REFUND),
  q('хочу вернуть деньги за заказ что нужно сделать', 'question', ...GET_REFUND),
  q('вирнуть деньги', 'misspelt', ...GET_REFUND),
  q('dthyenm ltymub', 'layout', ...GET_REFUND),
  // Opening a dispute
  q('как открыть спор на алиэкспресс если товар не пришел', 'question', ...OPEN_DISPUTE, ...NOT_ARRIVED),
  q('как правильно открыть диспут на алике', 'question', ...OPEN_DISPUTE),
  q('открыть диспуд', 'misspelt', ...OPEN_DISPUTE),
  q('rfr jnrhsnm cgjh', 'layout', ...OPEN_DISPUTE),
  q('когда можно открыть спор после получения посылки', 'question', ...WHEN_OPEN),
  q('не поздно ли открыть спор если прошло две недели', 'question', ...WHEN_OPEN),
  q('сколько дней дается на открытие спора', 'question', ...WHEN_OPEN),
  q('сколько дней после подтверждения получения можно открыть спор', 'question', ...WHEN_OPEN, ...CONFIRMED),
  q('не могу открыть спор нет кнопки', 'question', ...NO_BUTTON),
  q('почему у меня нет кнопки открыть спор', 'question', ...NO_BUTTON),
  q('кнопка открыть спор неактивная', 'colloquial', ...NO_BUTTON),
  q('что такое диспут и как он работает', 'question', '/faq/what-is-dispute/', '/glossary/#dispute', ...OPEN_DISPUTE),
  q('как узнать сколько дней осталось до конца защиты', 'question', '/faq/days-left/', '/tools/deadline/'),
  q('где посмотреть таймер защиты заказа', 'question', '/faq/days-left/', '/prepare/rules-deadlines/'),
  q('могут ли заблокировать за частые споры', 'question', '/faq/account-blocked-disputes/'),
  // Reasons and evidence
  q('какую причину выбрать в споре если пришло не то', 'question', '/disputes/reason-evidence/', ...NOT_DESCRIBED),
  q('какие доказательства нужны для спора', 'question', ...EVIDENCE),
  q('какие фото нужны для спора с продавцом', 'question', ...EVIDENCE),
  q('нужно ли снимать видео распаковки посылки', 'question', '/faq/unboxing-video/', '/prepare/evidence/'),
  q('не снял видео распаковки можно ли открыть спор', 'question', '/faq/unboxing-video/', '/prepare/evidence/'),
  q('как доказать что товар не работает', 'question', '/faq/item-not-working-proof/', '/prepare/evidence/'),
  q('как доказать брак продавцу', 'question', '/faq/item-not-working-proof/', ...EVIDENCE),
  q('не подошел размер какие фото сделать', 'question', '/faq/wrong-size-proof/'),
  q('что писать в споре чтобы вернули деньги', 'question', '/prepare/describe-problem/', '/faq/what-to-write/'),
  q('как описать проблему в споре чтобы поняли', 'question', '/prepare/describe-problem/'),
  q('пример текста для диспута', 'colloquial', '/prepare/describe-problem/', '/tools/message/'),
  q('дакозательства для спора', 'misspelt', ...EVIDENCE),
  // The seller's answer
  q('продавец отклонил спор что делать дальше', 'question', ...REJECTED),
  q('продавец отказал в возврате денег что делать', 'question', ...REJECTED),
  q('спор атклонили', 'misspelt', ...REJECTED),
  q('продавец предлагает вернуть часть денег соглашаться ли', 'question', ...PARTIAL),
  q('продавец предложил частичный возврат', 'inflected', ...PARTIAL),
  q('продавец просит закрыть спор и обещает отправить заново', 'question', '/faq/seller-asks-close/'),
  q('продавец просит отменить спор а потом вернет деньги', 'question', '/faq/seller-asks-close/'),
  q('продавец не отвечает на спор уже несколько дней', 'question', '/disputes/seller-response/', ...SELLER_SILENT),
  q('сколько ждать ответа продавца в споре', 'question', '/disputes/seller-response/'),
  q('продавец грубит в переписке как себя вести', 'question', '/faq/rude-seller/', '/prepare/correspondence-tone/'),
  q('продавец хамит и давит', 'colloquial', '/faq/rude-seller/', '/prepare/correspondence-tone/'),
  // Escalation of a dispute
  q('как передать спор в алиэкспресс', 'question', ...ESCALATE),
  q('как подключить поддержку алиэкспресс к спору', 'question', ...ESCALATE),
  q('что такое эскалация спора', 'question', ...ESCALATE),
  q('обострить спор', 'colloquial', ...ESCALATE),
  q('спор зашел в тупик продавец не соглашается', 'question', ...ESCALATE, ...REJECTED),
  q('арбитраж на алике', 'slang', ...ESCALATE),
  // Confirming receipt
  q('случайно нажал подтвердить получение что теперь делать', 'question', ...CONFIRMED),
  q('подтвердил получение а товар оказался бракованный можно ли вернуть деньги', 'question', ...CONFIRMED),
  q(
    'продавец просит подтвердить получение заказа до доставки',
    'question',
    ...CONFIRMED,
    '/prepare/correspondence-tone/',
  ),
  q('что будет если не подтверждать получение', 'question', ...CONFIRMED),
  q('gjlndthlbk gjkextybt', 'layout', ...CONFIRMED),
  q('падтвердил палучение случайно', 'misspelt', ...CONFIRMED),
  // Protection
  q('как продлить защиту покупателя на алиэкспресс', 'question', ...EXTEND),
  q('продавец не продлевает защиту что делать', 'question', ...EXTEND),
  q('таймер защиты заканчивается что делать', 'question', ...EXTEND, '/faq/days-left/'),
  q('ghjlkbnm pfobne', 'layout', ...EXTEND),
  q('что такое защита покупателя на алиэкспресс', 'question', '/glossary/#buyer-protection', ...EXTEND),
  // Returns
  q('кто платит за возврат товара продавцу', 'question', ...RETURN_COST),
  q('как отправить товар обратно продавцу в китай', 'question', '/disputes/returns/', ...RETURN_COST),
  q('продавец требует вернуть товар за мой счет', 'question', ...RETURN_COST),
  q('сколько стоит отправить посылку обратно продавцу', 'question', ...RETURN_COST),
  // Damaged
  q('товар пришел разбитый что делать', 'question', ...DAMAGED),
  q('посылка пришла помятая и товар внутри сломан', 'question', ...DAMAGED),
  q('разбили посылку при доставке', 'colloquial', ...DAMAGED),
  q('коробка порвана и внутри все сломано', 'question', ...DAMAGED),
  q('что такое акт по форме 51', 'question', '/glossary/#form-51', ...DAMAGED),
  q('рзбитый товр', 'misspelt', ...DAMAGED),
  // Not as described
  q('пришел не тот товар который я заказывал', 'question', ...NOT_DESCRIBED),
  q('пришло не того цвета как вернуть деньги', 'question', ...NOT_DESCRIBED),
  q('товар не соответствует описанию на сайте', 'question', ...NOT_DESCRIBED),
  q('прислали подделку вместо оригинала', 'colloquial', ...NOT_DESCRIBED),
  q('товар не работает с самого начала что делать', 'question', ...NOT_DESCRIBED, '/faq/item-not-working-proof/'),
  q('качество ужасное совсем не как на фото', 'question', ...NOT_DESCRIBED),
  q('пришел брак', 'colloquial', ...NOT_DESCRIBED, '/disputes/reason-evidence/', '/faq/item-not-working-proof/'),
  q('yt njn njdfh', 'layout', ...NOT_DESCRIBED),
  // Quantity
  q('пришла пустая посылка что делать', 'question', ...QUANTITY),
  q('в посылке не хватает товара', 'colloquial', ...QUANTITY),
  q('заказал три штуки а пришла только одна', 'question', ...QUANTITY),
  q('пришло меньше чем я заказывал', 'question', ...QUANTITY),
  q('недовложение', 'one-word', ...QUANTITY),
  q('gecnfz gjcskrf', 'layout', ...QUANTITY),
  // Payment
  q('не проходит оплата картой почему', 'question', ...PAYMENT),
  q('не могу оплатить заказ на алиэкспресс картой', 'question', ...PAYMENT),
  q('деньги списали дважды за один заказ', 'question', ...PAYMENT),
  q('списали деньги за чужой заказ', 'colloquial', '/faq/unknown-charge/'),
  q('с карты списали деньги а я ничего не покупал', 'question', '/faq/unknown-charge/', ...PAYMENT),
  q('не приходит смс код для оплаты', 'question', ...PAYMENT),
  q('платеж на проверке что это значит', 'question', ...PAYMENT),
  // Reviews
  q('почему я не могу оставить отзыв о товаре', 'question', ...REVIEW),
  q('отзыв не публикуется уже неделю', 'question', ...REVIEW),
  q('пропал мой отзыв с алиэкспресс', 'question', ...REVIEW),
  q('нет кнопки оставить отзыв', 'colloquial', ...REVIEW),
  q('где написать отзыв о плохом продавце', 'question', '/escalation/public-reviews/', ...REVIEW),
  q('предупредить других покупателей о плохом продавце', 'question', '/escalation/public-reviews/'),
  // Site and app
  q('приложение алиэкспресс вылетает при открытии заказа', 'question', ...APP),
  q('сайт выдает ошибку что делать', 'question', ...APP),
  q('не грузится страница заказа', 'colloquial', ...APP),
  q('глючит алик', 'slang', ...APP),
  q('где лучше писать в приложении или на сайте', 'question', '/faq/app-or-website/', '/contact/app-vs-site/'),
  // Contact
  q('как связаться с поддержкой алиэкспресс', 'question', ...CONTACT),
  q('есть ли у алиэкспресс телефон горячей линии', 'question', ...PHONE),
  q('номер телефона поддержки алиэкспресс', 'colloquial', ...PHONE),
  q('нашел номер поддержки в интернете можно звонить', 'question', ...PHONE),
  q('мне позвонили из поддержки алиэкспресс это мошенники', 'question', ...PHONE),
  q('как попасть на живого оператора а не робота', 'question', ...OPERATOR),
  q('робот в чате не помогает как позвать человека', 'question', ...OPERATOR),
  q('есть ли электронная почта у поддержки алиэкспресс', 'question', '/faq/support-email/', ...PHONE),
  q('поддержка работает ночью или только днем', 'question', '/faq/support-hours/'),
  q('кому писать продавцу или в поддержку', 'question', '/faq/seller-or-support/', '/contact/overview/'),
  q('продавец не отвечает на сообщения уже неделю', 'question', ...SELLER_SILENT),
  q('продаван не отвечает', 'slang', ...SELLER_SILENT),
  q('продовец не атвечает', 'misspelt', ...SELLER_SILENT),
  q('ghjlfdtw yt jndtxftn', 'layout', ...SELLER_SILENT),
  q('продавец молчит что делать', 'colloquial', ...SELLER_SILENT),
  q('как написать продавцу на алиэкспресс', 'question', '/contact/seller-chat/', '/prepare/describe-problem/'),
  q('чем жалоба отличается от спора', 'question', '/faq/complaint-vs-dispute/', '/contact/tickets/'),
  q('как подать апелляцию в алиэкспресс', 'question', '/contact/tickets/'),
  q('что написать в поддержку чтобы быстрее помогли', 'question', '/faq/what-to-write/', '/prepare/describe-problem/'),
  q(
    'что проверить перед обращением в поддержку',
    'question',
    '/faq/before-contact-check/',
    '/checklists/before-contact/',
  ),
  q('поддержка не помогает куда жаловаться', 'question', ...SUPPORT_USELESS),
  q('поддержка отвечает шаблонами и ничего не делает', 'question', ...SUPPORT_USELESS, '/contact/help-chat/'),
  q('алик игнорирует мои обращения', 'slang', ...SUPPORT_USELESS),
  q('написать алиэкспресс в соцсетях', 'colloquial', '/escalation/social-media/', '/faq/social-media/'),
  q('официальная группа алиэкспресс вконтакте', 'colloquial', '/escalation/social-media/', '/faq/social-media/'),
  q('нужно ли сохранять переписку с продавцом', 'question', '/faq/save-correspondence/'),
  q('как общаться с продавцом чтобы он вернул деньги', 'question', '/prepare/correspondence-tone/'),
  q('где найти номер заказа в приложении', 'question', '/prepare/order-number/', '/faq/order-number/'),
  // Beyond the platform
  q('как вернуть деньги через банк если алиэкспресс отказал', 'question', ...CHARGEBACK),
  q('сколько времени есть на чарджбэк', 'question', ...CHARGEBACK),
  q('оспорить платеж через банк', 'colloquial', ...CHARGEBACK),
  q("xfhl;,'r", 'layout', ...CHARGEBACK),
  q('как написать претензию продавцу', 'question', ...CLAIM),
  q('образец претензии на алиэкспресс', 'colloquial', ...CLAIM),
  q('претензию напесать', 'misspelt', ...CLAIM),
  q('ghtntypbz ghjlfdwe', 'layout', ...CLAIM),
  q('нужна ли претензия перед судом', 'question', ...CLAIM, ...COURT),
  q('подать в суд на продавца из китая', 'question', ...COURT),
  q('можно ли судиться с алиэкспресс в россии', 'question', ...COURT, '/faq/russian-law/'),
  q('действует ли закон о защите прав потребителей на алиэкспресс', 'question', '/faq/russian-law/'),
  q('помогут ли в роспотребнадзоре вернуть деньги', 'question', ...RPN),
  q('как пожаловаться в роспотребнадзор на алиэкспресс', 'question', ...RPN),
  q('телефон горячей линии роспотребнадзора', 'colloquial', ...RPN),
  q('роспотребнодзор', 'misspelt', ...RPN),
  q('hjcgjnht,yflpjh', 'layout', ...RPN),
  q('куда позвонить чтобы узнать свои права покупателя', 'question', '/faq/consumer-rights-hotline/', ...RPN),
  q('бесплатная консультация юриста по защите прав потребителей', 'question', ...SOCIETY, ...RPN),
  q('общество защиты прав потребителей чем поможет', 'question', ...SOCIETY),
  q('нужен юрист чтобы вернуть деньги с алиэкспресс', 'question', ...SOCIETY, ...COURT),
  q('куда жаловаться если обманул продавец', 'question', ...CHEATED, '/contact/tickets/'),
  q('продавец обманул', 'colloquial', ...CHEATED, '/escalation/public-reviews/', ...NOT_DESCRIBED),
  q('алик кинул на деньги', 'slang', ...CHEATED),
  q('где оставить отзыв о продавце мошеннике', 'question', '/escalation/public-reviews/'),
  q('что делать если ничего не помогло вернуть деньги', 'question', '/escalation/ladder/', ...CHARGEBACK),
  q('порядок действий если поддержка молчит', 'question', '/escalation/ladder/', ...SUPPORT_USELESS),
  // Before writing
  q('правила возврата на алиэкспресс', 'colloquial', '/prepare/rules-deadlines/', ...RETURN_COST),
  q('калькулятор сроков защиты', 'colloquial', '/tools/deadline/'),
  q('посчитать сколько дней осталось до конца защиты', 'question', '/tools/deadline/', '/faq/days-left/'),
  q('шаблон письма продавцу', 'colloquial', '/tools/message/', '/prepare/describe-problem/'),
  q('составить сообщение в поддержку по шаблону', 'question', '/tools/message/', '/faq/what-to-write/'),
  q('чек-лист перед открытием спора', 'colloquial', '/checklists/open-dispute/'),
  q('что проверить когда пришла посылка', 'question', '/checklists/parcel-arrived/', '/faq/unboxing-video/'),
];
