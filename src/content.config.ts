import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { contentRoot } from './lib/content-root.ts';
import {
  checklistSchema,
  faqSchema,
  glossarySchema,
  guideSchema,
  homeSchema,
  ladderSchema,
  messageTemplateSchema,
  pageSchema,
  toolNotesSchema,
  triageSchema,
  uiGroupSchema,
} from './content/schemas.ts';
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

/** Interface strings: each top-level group of content/ui/ru.yaml is one entry. */
const ui = defineCollection({
  loader: file(`${root}/ui/ru.yaml`),
  schema: uiGroupSchema,
});

/** The triage tree: the whole of content/tools/triage.yaml is one entry, `tree`, so its checks see every node. */
const triage = defineCollection({
  loader: file(`${root}/tools/triage.yaml`, { parser: (text) => ({ tree: parseYaml(text) }) }),
  schema: triageSchema,
});

/** The home page's words and lists: the whole of content/home.yaml is one entry, `home`. */
const home = defineCollection({
  loader: file(`${root}/home.yaml`, { parser: (text) => ({ home: parseYaml(text) }) }),
  schema: homeSchema,
});

/** The tools' explanatory prose («Как это работает»), one Markdown file per tool in content/tools/. */
const toolNotes = defineCollection({
  loader: glob({ pattern: '*.md', base: `${root}/tools` }),
  schema: toolNotesSchema,
});

/**
 * content/ladder.yaml holds one object (the escalation ladder); the parser wraps it as one entry named after the
 * file, so a bad field fails the build as «ladder → ladder.yaml … steps.N.field».
 */
const ladder = defineCollection({
  loader: file(`${root}/ladder.yaml`, { parser: (text) => ({ 'ladder.yaml': parseYaml(text) }) }),
  schema: ladderSchema,
});

/** The message builder's letters: one YAML file per letter in content/tools/messages/ (id = file name). */
const messages = defineCollection({
  loader: glob({ pattern: '*.yaml', base: `${root}/tools/messages` }),
  schema: messageTemplateSchema,
});

export const collections = { guides, faq, checklists, glossary, pages, ui, triage, home, toolNotes, ladder, messages };
