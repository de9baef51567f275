/**
 * `npm run facts`: every fact by age (oldest check first), with the pages that state it, and the facts past
 * their `reviewBy` date. Reads content/facts.yaml and scans content/ (CONTENT_ROOT honoured).
 */
import { facts, daysBetween, overdueFacts } from '../src/lib/facts.ts';
import { factUses } from '../src/lib/fact-usage.ts';

const today = process.env.FACTS_TODAY ?? new Date().toISOString().slice(0, 10);
const book = facts();
const uses = factUses();
const byAge = [...book.facts].sort((a, b) => a.checked.localeCompare(b.checked) || a.id.localeCompare(b.id));

console.log(`${book.file}: ${book.facts.length} facts, checked as of ${today}\n`);
for (const f of byAge) {
  const list = uses.get(f.id) ?? [];
  const count = list.reduce((n, u) => n + u.count, 0);
  const age = daysBetween(f.checked, today);
  const review = f.reviewBy ? `, review by ${f.reviewBy}${f.reviewBy < today ? ' (OVERDUE)' : ''}` : '';
  console.log(`${f.checked}  ${String(age).padStart(4)} d  ${f.id}  [${f.status}]  ${count} use(s)${review}`);
  const pages = [...new Set(list.map((u) => u.url ?? `${u.file} (interface)`))];
  for (const p of pages) console.log(`      ${p}`);
  if (pages.length === 0) console.log('      (not used on any page)');
}
const overdue = overdueFacts(today, book);
const total = [...uses.values()].flat().reduce((n, u) => n + u.count, 0);
console.log(
  `\n${total} uses in content; ${overdue.length} fact(s) past reviewBy${overdue.length ? ': ' + overdue.map((f) => f.id).join(', ') : ''}`,
);
