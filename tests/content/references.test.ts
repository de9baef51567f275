import { describe, expect, it } from 'vitest';
import { checkReferences, formatProblems, internalLinks, loadContentSet } from '../support/references.ts';

describe('every cross-reference in content/ resolves', () => {
  it('guides, FAQ, checklists, glossary, pages, triage, home tiles, ladder, letters and interface strings', () => {
    expect(formatProblems(checkReferences(loadContentSet('content')))).toBe('');
  });
});

/** One line per class of dangling reference the fixture plants; each must be reported with its file and field. */
const F = 'tests/fixtures/references-broken';
const GUIDE = `${F}/guides/disputes/open-dispute.mdx`;
const TRIAGE = `${F}/tools/triage.yaml`;
const HOME = `${F}/home.yaml`;
const EXPECTED: [string, string][] = [
  ['related guide', `${GUIDE}: related: no guide "problems/no-such-guide"`],
  ['guide related to itself', `${GUIDE}: related: a guide cannot be related to itself`],
  ['checklist id in frontmatter', `${GUIDE}: checklists: no checklist "nope"`],
  ['embedded checklist', `${GUIDE}: <Checklist id>: no checklist "gone"`],
  ['glossary term', `${GUIDE}: <Term id>: no glossary term "nope"`],
  ['link to no page', `${GUIDE}: body: link /disputes/missing/ points to no page`],
  ['glossary anchor', `${GUIDE}: body: link /glossary/#nope: no #nope on /glossary/`],
  ['missing trailing slash', `${GUIDE}: body: link /faq needs a trailing slash`],
  ['ladder step anchor', `${GUIDE}: body: link /escalation/ladder/#nowhere: no #nowhere on /escalation/ladder/`],
  ['letter template id', `${GUIDE}: body: link /tools/message/?template=nothing: no letter "nothing" in content/tools/messages/`],
  ['HTML link', `${GUIDE}: body: link /checklists/none/ points to no page`],
  ['FAQ related guide', `${F}/faq/q.md: related: no guide "contact/none"`],
  ['FAQ anchor', `${F}/faq/q.md: body: link /faq/#missing-question: no #missing-question on /faq/`],
  ['checklist item link', `${F}/checklists/open-dispute.yaml: groups.0.items.b.link: link /tools/nothing/ points to no page`],
  ['link inside a checklist item text', `${F}/checklists/open-dispute.yaml: groups.0.items.c.text: link /prepare/nothing/ points to no page`],
  ['page body link', `${F}/about.md: body: link /nowhere/ points to no page`],
  ['glossary see-also', `${F}/glossary.yaml: dispute.see: no guide "contact/none"`],
  ['link inside a glossary definition', `${F}/glossary.yaml: dispute.definition: link /escalation/nothing/ points to no page`],
  ['ladder step guide', `${F}/ladder.yaml: steps.1.guide: no guide "escalation/none"`],
  ['ladder step further reading', `${F}/ladder.yaml: steps.1.more: no guide "escalation/nothing-more"`],
  ['letter guide link', `${F}/tools/messages/seller.yaml: guideHref: link /contact/nowhere/ points to no page`],
  ['interface string link', `${F}/ui/ru.yaml: notFound.text: link /faq/nothing/ points to no page`],
  ['triage deadline hint link', `${TRIAGE}: deadlines.lost.link: no link "missing-link" in links`],
  ['triage answer to a missing node', `${TRIAGE}: nodes.what.answers.ghost.next: no node "ghost-node"`],
  ['triage result guide', `${TRIAGE}: nodes.lost-result.guide: no guide "problems/gone"`],
  ['triage result further reading', `${TRIAGE}: nodes.lost-result.more: no guide "x/y"`],
  ['triage result checklist', `${TRIAGE}: nodes.lost-result.checklist: no checklist "nope"`],
  ['triage result tool', `${TRIAGE}: nodes.lost-result.tool: no link "missing-tool" in links`],
  ['triage result deadline hint', `${TRIAGE}: nodes.lost-result.deadline: no deadline hint "no-hint" in deadlines`],
  ['triage link to no page', `${TRIAGE}: links.broken.href: link /disputes/nope/ points to no page`],
  ['home tile guide', `${HOME}: problems.tiles.1.guide: no guide "problems/gone"`],
  ['home tile answer path', `${HOME}: problems.tiles.1.triage: answer "not-a-key" of "not-a-key" is not an answer of triage node "what"`],
  ['home tile path missing its guide', `${HOME}: problems.tiles.2.triage: no triage result after "late" opens the tile's guide "disputes/open-dispute"`],
  ['home text link', `${HOME}: problems.lead: link /tools/nothing/ points to no page`],
  ['home tool link', `${HOME}: tools.links.1.href: link /tools/calculator/ points to no page`],
];

describe('the reference check over a fixture with every kind of dangling reference', () => {
  const found = formatProblems(checkReferences(loadContentSet(F))).split('\n');

  it('reports all problems at once, and nothing that is not broken', () => {
    expect([...found].sort()).toEqual(EXPECTED.map(([, line]) => line).sort());
  });

  it.each(EXPECTED)('catches a dangling %s, naming file and field', (_kind, line) => {
    expect(found).toContain(line);
  });
});

describe('internalLinks', () => {
  it('finds Markdown and HTML links to site paths only', () => {
    expect(internalLinks('[a](/x/) <a href="/y/">y</a> [ext](https://e.org)')).toEqual(['/x/', '/y/']);
  });
});
