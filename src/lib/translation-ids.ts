/**
 * The ids of a translation file (en.json, shape in src/schemas/translation-file.ts)
 * checked against its Chinese original: every block id and glossary key must
 * exist in the report, and each is translated once. Shared by the site's loader
 * and `npm run translate -- check`, so both apply the same rules, and both name
 * the line of the file.
 */
import type { TranslationFile } from '../schemas/translation-file.ts';

export interface TranslationProblem {
  line: number;
  id: string;
  message: string;
}

/** Line of the first `"id": "<id>"` (or `"key"`) occurrence at or after `from`, for messages. */
export function lineOfKey(raw: string, field: 'id' | 'key', value: string, occurrence = 0): number {
  const pattern = new RegExp(`"${field}"\\s*:\\s*"${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}"`, 'g');
  const matches = [...raw.matchAll(pattern)];
  const match = matches[occurrence] ?? matches[0];
  return match?.index === undefined ? 0 : raw.slice(0, match.index).split('\n').length;
}

/**
 * Check a translation file against the ids of its Chinese original: every id
 * must exist, and no id may be translated twice.
 */
export function checkTranslationIds(
  raw: string,
  file: TranslationFile,
  knownIds: ReadonlySet<string>,
  glossaryKeys: ReadonlySet<string>,
): TranslationProblem[] {
  const problems: TranslationProblem[] = [];
  const seen = new Map<string, number>();
  for (const block of file.blocks) {
    const count = seen.get(block.id) ?? 0;
    seen.set(block.id, count + 1);
    const line = lineOfKey(raw, 'id', block.id, count);
    if (!knownIds.has(block.id))
      problems.push({ line, id: block.id, message: `paragraph id ${block.id} does not exist in the Chinese original` });
    if (count === 1) problems.push({ line, id: block.id, message: `paragraph ${block.id} is translated twice; keep one entry` });
  }
  const seenKeys = new Set<string>();
  for (const entry of file.glossary) {
    const line = lineOfKey(raw, 'key', entry.key, seenKeys.has(entry.key) ? 1 : 0);
    if (!glossaryKeys.has(entry.key))
      problems.push({ line, id: entry.key, message: `glossary key ${entry.key} does not exist in the report's glossary` });
    if (seenKeys.has(entry.key))
      problems.push({ line, id: entry.key, message: `glossary entry ${entry.key} is translated twice; keep one entry` });
    seenKeys.add(entry.key);
  }
  return problems;
}
