/**
 * Interface strings of /tools/triage/, in a file of their own so the triage bundle does not carry the deadline
 * calculator's strings and date code. The tree's own words live with the tree in src/lib/triage.ts.
 */
export const ruTriage = {
  title: 'Что случилось?',
  description:
    'Ответьте на несколько вопросов о заказе на AliExpress\u00a0— и получите подходящую инструкцию, чек-лист и подсказку о сроках.',
  intro:
    'Несколько простых вопросов о заказе\u00a0— по одному за раз\u00a0— приведут к инструкции, чек-листу и инструменту, которые подходят именно вашей ситуации.',
  step: (n: number) => `Вопрос ${n}`,
  yourAnswers: 'Ваши ответы',
  back: 'Назад',
  restart: 'Начать заново',
  resultLabel: 'Что делать',
  guide: 'Инструкция',
  checklist: 'Чек-лист',
  tool: 'Инструмент',
  deadline: 'Срок',
  deadlineUrgent: 'Срочно',
  more: 'Ещё по теме',
  invalid:
    'Часть ссылки не подошла ни к одному ответу, поэтому показываем последний вопрос, до которого удалось дойти.',
  treeTitle: 'Все ситуации списком',
  treeIntro: 'Вся схема вопросов сразу: найдите свою ситуацию и откройте инструкцию.',
  treeGuide: 'Инструкция:',
  treeChecklist: 'чек-лист:',
} as const;
