import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root.ts';
import { checklistSchema, faqSchema, glossarySchema, guideSchema, pageSchema } from './content/schemas.ts';
import { ladderSchema } from './content/schemas.ts';
import { parse as parseYaml } from 'yaml';

const root = contentRoot(process.env.CONTENT_ROOT);

/** Guide ids are `<section>/<slug>`, taken from the folder, so the section cannot disagree with the URL. */
const guides = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base: `${root}/guides` }),
  schema: guideSchema,
});

const faq = defineCollection({
  loader: glob({ pattern: '*.{md,mdx}', base: `${root}/faq` }),
  schema: faqSchema,
});

const checklists = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/checklists` }),
  schema: checklistSchema,
});

const glossary = defineCollection({
  loader: file(`${root}/glossary.yaml`),
  schema: glossarySchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: root }),
  schema: pageSchema,
});

/**
 * content/ladder.yaml holds one object (the escalation ladder); the parser wraps it as one entry named after the
 * file, so a bad field fails the build as «ladder → ladder.yaml … steps.N.field».
 */
const ladder = defineCollection({
  loader: file(`${root}/ladder.yaml`, { parser: (text) => ({ 'ladder.yaml': parseYaml(text) }) }),
  schema: ladderSchema,
});

export const collections = { guides, faq, checklists, glossary, pages, ladder };
