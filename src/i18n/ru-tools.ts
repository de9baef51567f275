/**
 * Interface strings of the tools: the shared tool shell, the deadline calculator and the «Что случилось?» triage.
 * The message builder keeps its own strings in its own file.
 */
export const ruTools = {
  layout: {
    /** Breadcrumb and the list of the three tools. */
    tools: 'Инструменты',
    howItWorks: 'Как это работает',
    otherTools: 'Другие инструменты',
    list: [
      { href: '/tools/triage/', label: 'Что случилось?', line: 'Несколько вопросов — и нужная инструкция' },
      { href: '/tools/deadline/', label: 'Калькулятор сроков', line: 'Последний день, чтобы открыть спор' },
      { href: '/tools/message/', label: 'Конструктор обращения', line: 'Сообщение продавцу, в поддержку, претензия' },
    ],
    disclaimer:
      'Инструменты подсказывают, но не заменяют карточку вашего заказа: правила площадки меняются, сверяйтесь с тем, что видите в заказе.',
  },
} as const;
