/**
 * The glossary's counterpart of reviseBlock (revise.ts): a translated glossary
 * entry's texts get their new English, and, because a glossary entry has no
 * review state, an entry that has a term is published, so every changed text of
 * it is listed in `revisions` as `glossary:<key>` with the text it replaced.
 *
 * Stand-in, with the same signature and records, for the `reviseGlossaryEntry`
 * the provenance branch adds to revise.ts (which also records the changed
 * `field`, a schema field main does not have yet): at merge, this file goes and
 * import-xliff.ts imports that one.
 */
import type { TranslationFile, TranslationRevision } from '../../../src/schemas/translation-file.ts';

export interface GlossaryChange {
  /** The new English rendering of the term; default unchanged. */
  term?: string;
  /** The new translated definition (Markdown); default unchanged. */
  definition?: string;
  /** The new note on where the rendering comes from; default unchanged. */
  source?: string;
  /** Day of the change, YYYY-MM-DD. */
  date: string;
  /** A correction fixes meaning or fact; wording improves style. Default wording. */
  kind?: TranslationRevision['kind'];
  /** What changed and why, for readers of the changes page; default ''. */
  note?: string;
}

const GLOSSARY_FIELDS = ['term', 'definition', 'source'] as const;

/** Apply `change` to glossary entry `key` of `file` (in place); returns true when anything changed. */
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
        kind: change.kind ?? 'wording',
        note: change.note ?? '',
        before: entry[field],
      });
    entry[field] = next;
    changed = true;
  }
  return changed;
}
