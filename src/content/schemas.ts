import { z } from 'astro/zod';
import { typo, typoTemplate, unglue } from '../lib/typography.ts';
import { SECTION_IDS } from '../lib/sections.ts';
import { TOOL_IDS } from '../lib/tools.ts';
import { WANT_IDS } from '../features/message/message-templates.ts';
import { BUILTIN_PLACEHOLDERS, templateProblems, type TemplateProblem } from '../features/message/template-format.ts';
import { applyFacts, facts } from '../lib/facts.ts';

/**
 * `{fact:id}` / `{value:id}` / `{example:…}` in any string become the fact's words (src/lib/facts.ts); an unknown id
 * is an issue on the field, so the build names the file and the field.
 */
function withFacts(s: string, ctx: z.RefinementCtx): string {
  return applyFacts(s, (id) =>
    ctx.addIssue({ code: z.ZodIssueCode.custom, message: `{fact:${id}}: нет факта «${id}» в ${facts().file}` }),
  );
}

/**
 * A number that is a fact: written `fact:<id>` in YAML, read as the fact's number from content/facts.yaml. A number
 * typed in place is refused, so a rule never has two values.
 */
function factNumberRef() {
  return z
    .string({ invalid_type_error: 'напишите ссылку на факт вида fact:urgent-days: число хранится в content/facts.yaml' })
    .regex(/^fact:[a-z0-9-]+$/, 'ссылка на факт вида fact:urgent-days')
    .transform((ref, ctx) => {
      const f = facts().byId.get(ref.slice(5));
      if (f && typeof f.value === 'number') return f.value;
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: f ? `факт «${f.id}» — не число` : `нет факта «${ref.slice(5)}» в ${facts().file}`,
      });
      return z.NEVER;
    });
}

/** Strings shown to readers get their facts and pass through the typographer once, here, so no page has to. */
const text = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((s, ctx) => typo(withFacts(s, ctx)));
/** Titles shown as headings: facts, typographer, then no long glued runs (see typoHeading). */
const heading = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((s, ctx) => unglue(typo(withFacts(s, ctx))));
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'латиница, цифры и дефисы, например open-dispute');
const guideId = z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'id руководства вида section/slug, например disputes/open-dispute');
const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'путь на сайте вида /section/slug/ (со слешем в конце)');

const sectionSchema = z.enum(SECTION_IDS);
/** The page's meta description (search engines show about 160 characters): facts and typography applied. */
const metaDescription = () =>
  z
    .string()
    .trim()
    .min(50)
    .max(160)
    .transform((s, ctx) => typo(withFacts(s, ctx)));

export const guideSchema = z
  .object({
    title: heading().pipe(z.string().max(90)),
    description: metaDescription(),
    order: z.number().int().min(0),
    updated: z.coerce.date(),
    summary: text(),
    related: z.array(guideId).default([]),
    checklists: z.array(slug).default([]),
    sources: z
      .array(z.object({ title: text(), url: z.string().url().optional() }).strict())
      .default([]),
    aliases: z.array(z.string().trim().min(1)).default([]),
  })
  .strict();

export const faqSchema = z
  .object({
    question: text(),
    section: sectionSchema,
    order: z.number().int().min(0).default(100),
    related: z.array(guideId).default([]),
  })
  .strict();

const checklistItemSchema = z
  .object({
    id: slug,
    text: text(),
    hint: text().optional(),
    link: sitePath.optional(),
  })
  .strict();

export const checklistSchema = z
  .object({
    title: heading(),
    description: text(),
    /** Position in lists of checklists: the order a shopper needs them in. */
    order: z.number().int().min(0).default(100),
    groups: z
      .array(z.object({ title: text(), items: z.array(checklistItemSchema).min(1) }).strict())
      .min(1),
  })
  .strict()
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.groups.forEach((group, g) =>
      group.items.forEach((item, i) => {
        if (seen.has(item.id)) {
          ctx.addIssue({
            code: z.ZodIssueCode.custom,
            path: ['groups', g, 'items', i, 'id'],
            message: `повторяется id пункта «${item.id}»: id пунктов внутри чек-листа должны быть уникальны`,
          });
        }
        seen.add(item.id);
      }),
    );
  });

export const glossarySchema = z
  .object({
    /** The file() loader keeps the id in the data too; it is also the term's anchor on /glossary/. */
    // HTML ids must start with a letter: the id is the term's anchor on /glossary/.
    id: slug.refine((id) => /^[a-z]/.test(id), 'id термина должен начинаться с латинской буквы'),
    term: text(),
    definition: text(),
    see: z.array(guideId).default([]),
  })
  .strict();

export const pageSchema = z
  .object({
    title: heading(),
    description: metaDescription(),
    updated: z.coerce.date(),
  })
  .strict();

export type Guide = z.infer<typeof guideSchema>;
export type Checklist = z.infer<typeof checklistSchema>;

/**
 * content/ui/ru.yaml: nested groups of strings. Each top-level group is one entry of the `ui` collection.
 * Strings are typographed; a broken placeholder (`{n:a|b}` with other than three forms, a stray brace) fails here.
 */
type UiNode = string | { [key: string]: UiNode };
/** Not trimmed: a few strings continue another and start with a space («… — и мы подскажем»). */
const uiString = z
  .string()
  .min(1)
  .superRefine((s, ctx) => {
    const rest = s.replace(/\{[a-zA-Z][a-zA-Z0-9]*(?::[^{}|]*\|[^{}|]*\|[^{}|]*)?\}/g, '');
    if (/[{}]/.test(rest)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        message: 'подстановка пишется {имя} или {число:форма1|форма2|форма5} (ровно три формы)',
      });
    }
  });
const uiNode: z.ZodType<UiNode, z.ZodTypeDef, unknown> = z.lazy(() =>
  z.union([
    z
      .string()
      .transform((s, ctx) => withFacts(s, ctx))
      .pipe(uiString)
      .transform(typoTemplate),
    z.record(z.string().regex(/^[a-zA-Z0-9/-]+$/), uiNode)]),
);
export const uiGroupSchema = z.record(z.string().regex(/^[a-zA-Z0-9/-]+$/), uiNode);

/** Typeset like text(), with {name} and {n:форма|формы|форм} kept intact for filling (src/lib/i18n.ts fill). */
const textWithPlaceholders = () =>
  z
    .string()
    .trim()
    .min(1)
    .transform((s, ctx) => typoTemplate(withFacts(s, ctx)));

/* content/tools/triage.yaml: the «Что случилось?» tree as flat nodes (format documented at the top of the file). */
const nodeId = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id узла: латиница, цифры и дефисы');
const triageLink = z.object({ href: sitePath.or(z.string().regex(/^\/tools\/[a-z]+\/\?[a-z]+=[a-z0-9-]+$/)), label: text() }).strict();
const triageQuestion = z
  .object({
    id: nodeId,
    question: text(),
    hint: text().optional(),
    answers: z
      .array(z.object({ key: slug, label: textWithPlaceholders(), next: nodeId }).strict())
      .min(2, 'у вопроса должно быть хотя бы два ответа'),
  })
  .strict();
const triageResult = z
  .object({
    id: nodeId,
    result: text(),
    action: text(),
    /** The link that performs the first action (a links id); absent: the tool. */
    first: z.string().optional(),
    guide: guideId,
    checklist: slug,
    tool: z.string(),
    deadline: z.string(),
    more: z.array(guideId).default([]),
  })
  .strict();
export const triageSchema = z
  .object({
    root: nodeId,
    links: z.record(nodeId, triageLink),
    deadlines: z.record(
      nodeId,
      z.object({ text: textWithPlaceholders(), urgent: z.boolean(), link: z.string() }).strict(),
    ),
    nodes: z.array(z.union([triageQuestion, triageResult])).min(1),
  })
  .strict()
  .superRefine((tree, ctx) => {
    const issue = (path: (string | number)[], message: string) =>
      ctx.addIssue({ code: z.ZodIssueCode.custom, path, message });
    const byId = new Map<string, number>();
    tree.nodes.forEach((node, i) => {
      if (byId.has(node.id)) issue(['nodes', i, 'id'], `узел «${node.id}» объявлен дважды`);
      byId.set(node.id, i);
    });
    if (!byId.has(tree.root)) issue(['root'], `нет узла «${tree.root}»`);
    for (const [id, hint] of Object.entries(tree.deadlines)) {
      if (!(hint.link in tree.links)) issue(['deadlines', id, 'link'], `нет ссылки «${hint.link}» в links`);
    }
    tree.nodes.forEach((node, i) => {
      if ('answers' in node) {
        const keys = new Set<string>();
        node.answers.forEach((a, j) => {
          if (keys.has(a.key)) issue(['nodes', i, 'answers', j, 'key'], `узел «${node.id}»: ключ ответа «${a.key}» повторяется`);
          keys.add(a.key);
          if (!byId.has(a.next)) issue(['nodes', i, 'answers', j, 'next'], `узел «${node.id}»: нет узла «${a.next}»`);
        });
      } else {
        if (!(node.tool in tree.links)) issue(['nodes', i, 'tool'], `узел «${node.id}»: нет ссылки «${node.tool}» в links`);
        if (node.first !== undefined && !(node.first in tree.links))
          issue(['nodes', i, 'first'], `узел «${node.id}»: нет ссылки «${node.first}» в links`);
        if (!(node.deadline in tree.deadlines))
          issue(['nodes', i, 'deadline'], `узел «${node.id}»: нет подсказки «${node.deadline}» в deadlines`);
      }
    });
    // Every node must be reachable from the root, and no path may loop back.
    const reached = new Set<string>();
    const visit = (id: string, path: string[]) => {
      const i = byId.get(id);
      if (i === undefined) return;
      if (path.includes(id)) return issue(['nodes', i, 'id'], `узел «${id}»: ответы ведут по кругу (${[...path, id].join(' → ')})`);
      reached.add(id);
      const node = tree.nodes[i];
      if (node && 'answers' in node) node.answers.forEach((a) => visit(a.next, [...path, id]));
    };
    visit(tree.root, []);
    tree.nodes.forEach((node, i) => {
      if (!reached.has(node.id)) issue(['nodes', i, 'id'], `узел «${node.id}» недостижим от корня «${tree.root}»`);
    });
  });
export type TriageData = z.infer<typeof triageSchema>;

/* content/home.yaml: the home page's words and lists (format documented at the top of the file). */
const triagePath = z.string().regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)*$/, 'ответы через точку, например not-arrived.moving');
export const homeSchema = z
  .object({
    hero: z.object({ title: text(), text: text(), searchLabel: text() }).strict(),
    problems: z
      .object({
        title: text(),
        lead: text(),
        direct: text(),
        tiles: z
          .array(
            z
              .object({
                label: text(),
                line: text(),
                guide: guideId,
                triage: triagePath,
                icon: z.string().regex(/^[MmLlHhVvCcSsQqTtAaZz0-9 .,-]+$/, 'данные пути SVG'),
              })
              .strict(),
          )
          .min(1),
      })
      .strict(),
    deadline: z.object({ title: text(), text: text() }).strict(),
    sections: z.object({ title: text() }).strict(),
    checklists: z.object({ title: text(), lead: text() }).strict(),
    tools: z
      .object({ title: text(), links: z.array(z.object({ href: sitePath, label: text() }).strict()).min(1) })
      .strict(),
  })
  .strict();
export type HomeData = z.infer<typeof homeSchema>;

/* content/tools/<tool>.md: a tool's «Как это работает». */
export const toolNotesSchema = z.object({ tool: z.enum(TOOL_IDS) }).strict();
/** content/ladder.yaml: the one escalation ladder, its labels and the urgency threshold (see the file's header). */
const ladderStepSchema = z
  .object({
    id: slug,
    title: text(),
    action: text(),
    when: text(),
    needs: text(),
    guide: guideId,
    more: z.array(guideId).default([]),
    parallel: z.boolean(),
    names: z.array(z.string().trim().toLowerCase().pipe(z.string().min(3))).min(1),
  })
  .strict();

export const ladderSchema = z
  .object({
    /** A reference to the fact that holds the number (`fact:urgent-days`), so the threshold is stated once. */
    urgentDays: factNumberRef(),
    labels: z.object({ title: text(), when: text(), needs: text(), parallel: text(), more: text() }).strict(),
    steps: z.array(ladderStepSchema).min(2),
  })
  .strict()
  .superRefine((ladder, ctx) => {
    const seen = new Set<string>();
    ladder.steps.forEach((step, i) => {
      if (seen.has(step.id)) {
        ctx.addIssue({
          code: z.ZodIssueCode.custom,
          path: ['steps', i, 'id'],
          message: `step id "${step.id}" repeats: it is the anchor /escalation/ladder/#${step.id} and must be unique`,
        });
      }
      seen.add(step.id);
    });
  });

export type Ladder = z.infer<typeof ladderSchema>;

/* content/tools/messages/<id>.yaml: one letter of the message builder (format at the top of seller.yaml). */
const messageFieldId = z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'id поля: латиница и цифры, например signDate');
const MESSAGE_PROBLEM_WORDS: Record<TemplateProblem['kind'], (name: string) => string> = {
  'unknown-placeholder': (name) =>
    `подстановка {${name}} не называет ни одно поле письма (fields) и ни один общий ответ формы (${BUILTIN_PLACEHOLDERS.join(', ')})`,
  'unused-field': (name) => `поле «${name}» нигде не используется в тексте письма`,
  'demands-without-placeholder': () => 'требования (demands) заданы, но в тексте нет подстановки {demand}',
};
export const messageTemplateSchema = z
  .object({
    order: z.number().int().min(1),
    title: text(),
    line: text(),
    guideHref: sitePath,
    guideLabel: text(),
    note: text(),
    fields: z.record(messageFieldId, z.object({ label: text(), hint: text().optional() }).strict()),
    demands: z
      .record(
        z.enum(WANT_IDS),
        z
          .string()
          .trim()
          .min(1)
          .transform((s, ctx) => typoTemplate(withFacts(s, ctx))),
      )
      .optional(),
    text: z
      .string()
      .trim()
      .min(1)
      .transform((s, ctx) => typoTemplate(withFacts(s, ctx))),
  })
  .strict()
  .superRefine((letter, ctx) => {
    for (const problem of templateProblems(letter)) {
      ctx.addIssue({
        code: z.ZodIssueCode.custom,
        path: problem.path,
        message: MESSAGE_PROBLEM_WORDS[problem.kind](problem.name),
      });
    }
  });
export type MessageTemplateData = z.infer<typeof messageTemplateSchema>;
