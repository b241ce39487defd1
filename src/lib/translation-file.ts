/**
 * The translation file of a report in one language (`en.json` beside `zh.mdx`),
 * keyed by block id. Shared by the site's loader and the translation commands,
 * so both apply the same rules:
 *
 *     { "language": "en",
 *       "meta": { "title": "…", "dateline": "…", "occasion": "…", "role": "…", "speaker": "…" },
 *       "blocks": [ { "id": "p1", "zh": "各位代表：", "en": "Fellow Deputies," } ],
 *       "glossary": [ { "key": "hui-shang-bao", "zh": "“惠商保”", "term": "…", "definition": "…",
 *                       "source": "…", "ours": true } ] }
 *
 * `zh` records the Chinese the translator saw: when the Chinese changes later the
 * translation shows as stale instead of silently mismatching. An empty `en` is
 * a pending translation.
 */

export interface TranslatedBlock {
  id: string;
  /** The Chinese Markdown the translation was made from. */
  zh: string;
  /** The translation (Markdown); '' while pending. */
  en: string;
}

export interface TranslatedGlossaryEntry {
  key: string;
  /** The Chinese term, for the translator's orientation. */
  zh: string;
  term: string;
  definition: string;
  /** Where the English rendering comes from (a citation), or why it is ours. */
  source: string;
  /** True when no authoritative rendering exists and this one is our choice. */
  ours: boolean;
}

export interface TranslationFile {
  language: string;
  meta: { title: string; dateline: string; occasion: string; role: string; speaker: string };
  blocks: TranslatedBlock[];
  glossary: TranslatedGlossaryEntry[];
}

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

/** Parse the JSON, naming the file on a syntax error. */
export function parseTranslationFile(raw: string, path: string): TranslationFile {
  let data: Partial<TranslationFile>;
  try {
    data = JSON.parse(raw) as Partial<TranslationFile>;
  } catch (error) {
    throw new Error(`${path}: error: not valid JSON (${(error as Error).message})`, { cause: error });
  }
  if (!Array.isArray(data.blocks)) throw new Error(`${path}: error: "blocks" must be a list of { id, zh, en }`);
  return {
    language: data.language ?? 'en',
    meta: { title: '', dateline: '', occasion: '', role: '', speaker: '', ...data.meta },
    blocks: data.blocks,
    glossary: data.glossary ?? [],
  };
}
