import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { validateSynonyms, SYNONYMS_FILE, type SynonymEntry } from '../features/search/search-synonyms.ts';

/** Reads and checks content/search/synonyms.yaml; a malformed file or entry stops the build naming it. */
export async function loadSynonyms(root: string, file = SYNONYMS_FILE): Promise<SynonymEntry[]> {
  let text: string;
  try {
    text = await readFile(path.join(root, file), 'utf8');
  } catch {
    return [];
  }
  let data: unknown;
  try {
    data = parseYaml(text);
  } catch (error) {
    throw new Error(`${file}: не читается как YAML: ${(error as Error).message}`);
  }
  return validateSynonyms(data, file);
}
