// A synthetic Russian corpus of N guides, shaped like the real ones (frontmatter, steps, callouts, links),
// written into a temporary content root so a benchmark build never touches content/.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const SECTIONS = ['contact', 'prepare', 'disputes', 'escalation', 'problems'];
const WORDS = (
  'посылка заказ продавец спор возврат деньги защита покупателя таймер трек номер доставка почта таможня ' +
  'карта банк оплата поддержка чат обращение доказательство фото видео переписка срок день неделя ' +
  'товар размер цвет качество брак упаковка коробка курьер отделение статус отслеживание площадка правило ' +
  'требование претензия закон право покупатель магазин сообщение ответ решение предложение сумма часть ' +
  'открыть написать проверить сохранить приложить дождаться попросить отправить получить подтвердить ' +
  'быстро вовремя спокойно подробно точно обычно иногда сначала затем потом снова обязательно внимательно'
).split(' ');

/** Deterministic PRNG so every run builds the same corpus. */
function mulberry32(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(rand, min = 6, max = 14) {
  const n = min + Math.floor(rand() * (max - min));
  const words = Array.from({ length: n }, () => WORDS[Math.floor(rand() * WORDS.length)]);
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

const paragraph = (rand, n = 4) => Array.from({ length: n }, () => sentence(rand)).join(' ');

function guide(rand, i, ids) {
  const related = [ids[(i + 1) % ids.length], ids[(i + 7) % ids.length]];
  const description = `Синтетическая статья номер ${i + 1} для проверки скорости сборки путеводителя и поиска.`;
  return `---
title: "Синтетическая статья ${i + 1}: ${sentence(rand, 2, 4).replace('.', '')}"
description: "${description}"
order: ${i}
updated: 2026-11-25
summary: "${sentence(rand)}"
related: [${related.join(', ')}]
checklists: [sample]
sources: []
aliases: [синтетика ${i + 1}]
---
${paragraph(rand)}

## Что сделать

<Steps>

1. **${sentence(rand, 2, 4)}** ${sentence(rand)}
2. **${sentence(rand, 2, 4)}** ${sentence(rand)} [Подробнее](/${related[0]}/).
3. **${sentence(rand, 2, 4)}** ${sentence(rand)}

</Steps>

## Сроки

<Callout type="deadline" title="Следите за таймером">

${paragraph(rand, 3)}

</Callout>

## Подробности

${paragraph(rand, 6)}

${paragraph(rand, 6)}

## Доказательства

${paragraph(rand, 5)}

## Если не помогло

${paragraph(rand, 2)} [Следующий шаг](/${related[1]}/).
`;
}

/**
 * Writes N synthetic guides on top of a copy of the real content (its FAQ, checklists, glossary and the guides
 * the tools link to), so the corpus builds every page type the site has.
 * @param {string} root
 * @param {number} count
 */
export function writeCorpus(root, count) {
  cpSync('content', root, { recursive: true });
  cpSync('tests/fixtures/content-min/checklists/sample.yaml', path.join(root, 'checklists/sample.yaml'));
  const rand = mulberry32(count);
  const ids = Array.from({ length: count }, (_, i) => `${SECTIONS[i % SECTIONS.length]}/synthetic-${i + 1}`);
  for (const s of SECTIONS) mkdirSync(path.join(root, 'guides', s), { recursive: true });
  ids.forEach((id, i) => writeFileSync(path.join(root, 'guides', `${id}.mdx`), guide(rand, i, ids)));
}
