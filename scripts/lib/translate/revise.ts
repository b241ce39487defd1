/**
 * The one way English changes in en.json, whatever brings the change (an XLIFF
 * import, the translation memory, an editor's revision): the block gets its new
 * text and state, and when the English it replaces had been published (reviewed
 * or final) the change is listed in `revisions` for the report's public changes
 * page, with the text it replaced, so a reader who quoted it sees what moved.
 */
import type { TranslatedBlock, TranslationFile, TranslationRevision, TranslationState } from '../../../src/schemas/translation-file.ts';

export interface EnglishChange {
  /** The new English (Markdown). */
  en: string;
  /** The state it comes with; default: the block's state as it was. */
  state?: TranslationState;
  /** Day of the change, YYYY-MM-DD (the caller's today, so tests can fix it). */
  date: string;
  /** For a published block: a correction fixes meaning or fact; wording improves style. Default wording. */
  kind?: TranslationRevision['kind'];
  /** What changed and why, for readers of the changes page; default ''. */
  note?: string;
}

/** Today as YYYY-MM-DD in UTC, the date every revision is recorded with. */
export function today(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function isPublished(block: Pick<TranslatedBlock, 'en' | 'state'>): boolean {
  return block.en !== '' && (block.state === 'reviewed' || block.state === 'final');
}

/**
 * Apply `change` to block `id` of `file` (in place). Returns true when anything
 * changed. A change of state alone is not a revision; a change of published text
 * is, and so is recorded. A memory draft stops being one once its text changes.
 */
export function reviseBlock(file: TranslationFile, id: string, change: EnglishChange): boolean {
  const block = file.blocks.find((candidate) => candidate.id === id);
  if (!block) throw new Error(`no block ${id} in the translation`);
  const state = change.state ?? block.state;
  if (block.en === change.en && block.state === state) return false;
  if (block.en !== change.en) {
    if (isPublished(block))
      file.revisions.push({ date: change.date, id, kind: change.kind ?? 'wording', note: change.note ?? '', before: block.en });
    block.en = change.en;
    block.revised = change.date;
    delete block.memory;
  }
  block.state = state;
  return true;
}

/** A change to a glossary entry's English: any of its texts, with the same record as a block's. */
export interface GlossaryChange {
  /** The new English rendering of the term; default unchanged. */
  term?: string;
  /** The new translated definition (Markdown); default unchanged. */
  definition?: string;
  /** The new note on where the rendering comes from, shown to readers; default unchanged. */
  source?: string;
  /** Day of the change, YYYY-MM-DD. */
  date: string;
  /** A correction fixes meaning or fact; wording improves style. Default wording. */
  kind?: TranslationRevision['kind'];
  /** What changed and why, for readers of the changes page; default ''. */
  note?: string;
}

const GLOSSARY_FIELDS = ['term', 'definition', 'source'] as const;

/**
 * Apply `change` to glossary entry `key` of `file` (in place). A glossary entry
 * has no review state: once it has a term it is published, so every changed text
 * of it is listed in `revisions`, one record per field, as `glossary:<key>`.
 * Returns true when anything changed.
 */
export function reviseGlossaryEntry(file: TranslationFile, key: string, change: GlossaryChange): boolean {
  const entry = file.glossary.find((candidate) => candidate.key === key);
  if (!entry) throw new Error(`no glossary entry ${key} in the translation`);
  const published = entry.term !== '';
  let changed = false;
  for (const field of GLOSSARY_FIELDS) {
    const next = change[field];
    if (next === undefined || next === entry[field]) continue;
    if (published)
      file.revisions.push({
        date: change.date,
        id: `glossary:${key}`,
        field,
        kind: change.kind ?? 'wording',
        note: change.note ?? '',
        before: entry[field],
      });
    entry[field] = next;
    changed = true;
  }
  return changed;
}
