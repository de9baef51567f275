import type { GroupStatus } from '../lib/checklist-progress.ts';

/** Interface strings of checklists: the component, its custom element and its print foot. */
export const ruChecklist = {
  progress: (done: number, total: number) => `Выполнено ${done} из ${total}`,
  groupStatus: {
    'not-started': 'Не начато',
    'in-progress': 'В процессе',
    done: 'Готово',
  } satisfies Record<GroupStatus, string>,
  /** Status next to a group heading: «В процессе, 2 из 4». */
  groupStatusLong: (status: GroupStatus, done: number, total: number) =>
    status === 'in-progress' ? `В процессе, ${done} из ${total}` : ruChecklist.groupStatus[status],
  /** Announced when a group becomes complete. */
  groupDone: (title: string) => `Раздел «${title}» готов.`,
  allDone: 'Все пункты отмечены.',
  print: 'Распечатать',
  printBlank: 'Распечатать пустой бланк',
  reset: 'Сбросить отметки',
  resetTitle: 'Сбросить отметки?',
  resetText: (title: string) =>
    `Все отметки в чек-листе «${title}» будут сняты\u00a0— здесь и в других открытых вкладках. Вернуть их не получится.`,
  resetConfirm: 'Да, сбросить',
  resetCancel: 'Отмена',
  resetDone: 'Отметки сняты.',
  /** Quiet notices: the list still works, only saving does not. */
  notKept: 'Отметки не сохранятся: браузер не даёт их записать. Пока страница открыта, список работает как обычно.',
  unreadable: 'Сохранённые отметки не удалось прочитать, поэтому список начат заново.',
  savedHere: 'Отметки сохраняются в этом браузере.',
  more: 'Подробнее',
  /** Visible link text when the target is a known page: «Подробнее: Когда открывать спор». */
  moreAbout: (title: string) => `Подробнее: ${title}`,
  /** Hidden continuation that makes a bare «Подробнее» distinct: «Подробнее — к пункту «…»». */
  moreFor: (itemText: string) => `\u00a0— к пункту «${itemText}»`,
  /** Pages that are not guides but are linked from checklists. */
  toolTitles: {
    'tools/deadline': 'Калькулятор сроков',
    'tools/message': 'Конструктор обращения',
    'tools/triage': 'Что случилось?',
  } as Record<string, string>,
  /** Print foot. */
  footChecklist: 'Чек-лист',
  footVersion: 'версия от',
  footPrinted: 'распечатано',
} as const;
