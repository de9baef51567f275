import { z } from 'astro/zod';
import { typo } from '../lib/typography.ts';
import { SECTION_IDS } from '../lib/sections.ts';

/** Strings shown to readers pass through the typographer once, here, so no page has to remember to. */
const text = () => z.string().trim().min(1).transform(typo);
const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'латиница, цифры и дефисы, например open-dispute');
const guideId = z.string().regex(/^[a-z]+\/[a-z0-9-]+$/, 'id руководства вида section/slug, например disputes/open-dispute');
const sitePath = z
  .string()
  .regex(/^\/(?:[a-z0-9-]+\/)*(?:#[a-z0-9-]+)?$/, 'путь на сайте вида /section/slug/ (со слешем в конце)');

export const sectionSchema = z.enum(SECTION_IDS);

export const guideSchema = z
  .object({
    title: text().pipe(z.string().max(90)),
    description: z.string().trim().min(50).max(160).transform(typo),
    order: z.number().int().min(0),
    updated: z.coerce.date(),
    summary: text(),
    tags: z.array(z.string()).default([]),
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

export const checklistItemSchema = z
  .object({
    id: slug,
    text: text(),
    hint: text().optional(),
    link: sitePath.optional(),
  })
  .strict();

export const checklistSchema = z
  .object({
    title: text(),
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
    title: text(),
    description: z.string().trim().min(50).max(160).transform(typo),
    updated: z.coerce.date(),
  })
  .strict();

export type Guide = z.infer<typeof guideSchema>;
export type Checklist = z.infer<typeof checklistSchema>;

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
    urgentDays: z.number().int().min(1).max(30),
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
