/** The «Что случилось?» tiles on the home page: one per problem guide, in the words a worried shopper uses. */
export interface ProblemTile {
  guide: string;
  /** Answers that start «Что случилось?» at this tile's situation (see src/lib/triage.ts): a question or a result. */
  triage: string[];
  label: string;
  line: string;
  /** SVG path data, 24×24, stroked. */
  icon: string;
}

export const problemTiles: ProblemTile[] = [
  {
    guide: 'problems/delivery-delay',
    triage: ['not-arrived', 'moving'],
    label: 'Посылка задерживается',
    line: 'Срок прошёл, а заказа всё нет',
    icon: 'M12 7v5l3 2M12 21a9 9 0 1 0 0-18 9 9 0 0 0 0 18z',
  },
  {
    guide: 'problems/tracking-not-updating',
    triage: ['not-arrived', 'stuck'],
    label: 'Трек не обновляется',
    line: 'Статус стоит на месте неделями',
    icon: 'M3 12h4l3-8 4 16 3-8h4',
  },
  {
    guide: 'problems/lost-parcel',
    triage: ['not-arrived', 'lost'],
    label: 'Посылка потерялась',
    line: 'Не пришла, а защита кончается',
    icon: 'M21 8l-9-5-9 5 9 5 9-5zM3 8v8l9 5 9-5V8M12 13v8',
  },
  {
    guide: 'problems/not-as-described',
    triage: ['arrived', 'not-as-described'],
    label: 'Не соответствует описанию',
    line: 'Другой цвет, размер или качество',
    icon: 'M4 4h16v16H4zM9 9l6 6M15 9l-6 6',
  },
  {
    guide: 'problems/damaged',
    triage: ['arrived', 'damaged'],
    label: 'Пришло повреждённым',
    line: 'Разбито, помято, не работает',
    icon: 'M4 20l6-6 3 3 7-11M4 4h6M4 4v6',
  },
  {
    guide: 'problems/wrong-quantity',
    triage: ['arrived', 'quantity'],
    label: 'Не хватает или пусто',
    line: 'Меньше штук или пустая посылка',
    icon: 'M3 7h18v13H3zM3 7l3-4h12l3 4M10 12h4',
  },
  {
    guide: 'problems/refund-not-received',
    triage: ['money', 'refund'],
    label: 'Не вернули деньги',
    line: 'Спор закрыт, а денег нет',
    icon: 'M3 6h18v12H3zM3 10h18M7 15h3',
  },
  {
    guide: 'problems/payment-failed',
    triage: ['money'],
    label: 'Не проходит оплата',
    line: 'Карта отклонена или «проверка»',
    icon: 'M3 6h18v12H3zM3 10h18M15 15l4 4M19 15l-4 4',
  },
  {
    guide: 'problems/customs',
    triage: ['not-arrived', 'customs'],
    label: 'Задержка на таможне',
    line: 'Посылка застряла на границе',
    icon: 'M4 21V10l8-6 8 6v11M9 21v-6h6v6',
  },
  {
    guide: 'problems/cannot-review',
    triage: ['arrived', 'review'],
    label: 'Не оставить отзыв',
    line: 'Кнопка пропала или не работает',
    icon: 'M4 5h16v11H8l-4 4zM9 10h6',
  },
  {
    guide: 'problems/site-app-errors',
    triage: ['site'],
    label: 'Ошибка сайта или приложения',
    line: 'Кнопка не нажимается, всё зависло',
    icon: 'M12 8v5M12 16.5v.5M3 5h18v14H3z',
  },
];
