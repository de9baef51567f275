/**
 * The YAML content the tools run on, loaded outside Astro with the same schemas the build uses, for unit, build and
 * browser tests: the triage tree from content/tools/triage.yaml and the home tiles from content/home.yaml.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { homeSchema, triageSchema } from '../../src/content/schemas.ts';
import { buildTree, decodeAnswers, type TriageQuestion } from '../../src/lib/triage.ts';
import { createT, type Dict, type T } from '../../src/lib/i18n.ts';
import { typoDeep } from '../../src/lib/typography.ts';

const root = path.resolve(process.env.CONTENT_ROOT?.trim() || 'content');

function load<S extends { parse: (v: unknown) => unknown }>(file: string, schema: S): ReturnType<S['parse']> {
  return schema.parse(parse(readFileSync(path.join(root, file), 'utf8'))) as ReturnType<S['parse']>;
}

export const TRIAGE_TREE: TriageQuestion = buildTree(load('tools/triage.yaml', triageSchema));

/** The home page's «Что случилось?» tiles with their answer paths split into keys. */
export const problemTiles = load('home.yaml', homeSchema).problems.tiles.map((tile) => ({
  ...tile,
  triage: decodeAnswers(tile.triage),
}));

/** t() over content/ui/ru.yaml, typographed as the build does. */
export const uiDict = typoDeep(parse(readFileSync(path.join(root, 'ui/ru.yaml'), 'utf8'))) as Dict;
export const t: T = createT(uiDict);
