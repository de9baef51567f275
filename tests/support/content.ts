/**
 * The YAML content the tools run on, loaded outside Astro with the same schemas the build uses, for unit, build and
 * browser tests: the triage tree from content/tools/triage.yaml and the home tiles from content/home.yaml.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { homeSchema, ladderSchema, messageTemplateSchema, triageSchema } from '../../src/content/schemas.ts';
import type { MessageTemplate } from '../../src/features/message/template-format.ts';
import { buildTree, decodeAnswers, fillTreeData, type TriageQuestion } from '../../src/features/triage/triage.ts';
import { createT, type Dict, type T } from '../../src/lib/i18n.ts';
import { typoDeep } from '../../src/lib/typography.ts';

const root = path.resolve(process.env.CONTENT_ROOT?.trim() || 'content');

function load<S extends { parse: (v: unknown) => unknown }>(file: string, schema: S): ReturnType<S['parse']> {
  return schema.parse(parse(readFileSync(path.join(root, file), 'utf8'))) as ReturnType<S['parse']>;
}

/** content/ladder.yaml `urgentDays`: the one urgency threshold the tools use. */
export const URGENT_DAYS: number = load('ladder.yaml', ladderSchema).urgentDays;

export const TRIAGE_TREE: TriageQuestion = buildTree(
  fillTreeData(load('tools/triage.yaml', triageSchema), { urgentDays: URGENT_DAYS }),
);

/** The home page's «Что случилось?» tiles with their answer paths split into keys. */
export const problemTiles = load('home.yaml', homeSchema).problems.tiles.map((tile) => ({
  ...tile,
  triage: decodeAnswers(tile.triage),
}));

/** t() over content/ui/ru.yaml, typographed as the build does. */
export const uiDict = typoDeep(parse(readFileSync(path.join(root, 'ui/ru.yaml'), 'utf8'))) as Dict;
export const t: T = createT(uiDict);

/** The message builder's letters from content/tools/messages/, validated as the build does, in their `order`. */
export const MESSAGE_TEMPLATES: MessageTemplate[] = readdirSync(path.join(root, 'tools/messages'))
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => ({ id: name.replace(/\.yaml$/, ''), ...load(`tools/messages/${name}`, messageTemplateSchema) }))
  .sort((a, b) => a.order - b.order);
