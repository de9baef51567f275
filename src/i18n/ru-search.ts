import { resultCountRu } from '../lib/search-count.ts';

/**
 * Interface strings of search: the header button, the dialog and the /search/ page. Typography is written in
 * (non-breaking spaces after short words and before dashes) rather than applied with typoDeep(): these strings
 * are also bundled into the search scripts, and the typographer must stay out of the browser.
 */
export const ruSearch = {
  button: 'Поиск',
  /** Shown next to the button on wide screens; the shortcut itself is announced via aria-keyshortcuts. */
  shortcutHint: 'Ctrl K',
  dialogLabel: 'Поиск по\u00a0путеводителю',
  inputLabel: 'Что случилось? Опишите своими словами',
  placeholder: 'Например: посылка не\u00a0пришла',
  close: 'Закрыть',
  closeLabel: 'Закрыть поиск',
  resultsLabel: 'Результаты поиска',
  scopeLegend: 'Где искать',
  scopeAll: 'Везде',
  hints: 'Стрелки\u00a0— выбрать, Enter\u00a0— открыть, Esc\u00a0— закрыть',
  allResults: 'Все результаты на\u00a0странице поиска',
  loading: 'Ищем…',
  count: (n: number) => resultCountRu(n),
  countShown: (n: number, shown: number) => `${resultCountRu(n)}, показаны первые ${shown}`,
  nothing: (q: string) =>
    `По\u00a0запросу «${q}» ничего не\u00a0нашлось. Попробуйте сказать иначе: например, «посылка не\u00a0пришла» или «вернуть деньги».`,
  nothingStatus: 'Ничего не нашлось',
  more: 'Показать ещё',
  emptyTitle: 'Не\u00a0знаете, как назвать проблему?',
  triageLead: 'Ответьте на\u00a0несколько вопросов',
  triageRest: '\u00a0— и\u00a0мы подскажем, какая инструкция вам нужна.',
  popularTitle: 'Частые вопросы',
  notBuilt: 'Поиск работает после сборки: npm run build',
  notBuiltHint:
    'Индекс поиска появляется при сборке сайта. Запустите npm run build и\u00a0обновите страницу: поиск в\u00a0npm run dev работает по\u00a0последней сборке.',
  failed: 'Поиск сейчас не\u00a0загрузился. Проверьте соединение и\u00a0попробуйте ещё раз или откройте нужный раздел.',
  retry: 'Попробовать снова',
  pageIntro: 'Пишите своими словами: «посылка не\u00a0пришла», «продавец не\u00a0отвечает», «вернуть деньги».',
  noJs: 'Поиск работает с\u00a0включённым JavaScript. Без него откройте нужный раздел:',
} as const;
