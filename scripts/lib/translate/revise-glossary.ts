/**
 * The glossary's counterpart of reviseBlock (revise.ts): a translated glossary
 * entry's term or definition gets its new English, and when it replaces English
 * that was already there (a glossary entry has no state: its English is
 * published as soon as it exists) the change is listed in `revisions` under the
 * entry's key, with the text it replaced.
 */
import type { TranslatedGlossaryEntry, TranslationRevision } from '../../../src/schemas/translation-file.ts';

export interface GlossaryChange {
  field: 'term' | 'definition';
  en: string;
  date: string;
  kind?: TranslationRevision['kind'];
  note?: string;
}

/** Apply `change` to `entry` (in place); returns the revision to list, if the change replaced published English. */
export function reviseGlossaryEntry(
  entry: Pick<TranslatedGlossaryEntry, 'key'> & Partial<TranslatedGlossaryEntry>,
  change: GlossaryChange,
): TranslationRevision | undefined {
  const before = entry[change.field] ?? '';
  if (before === change.en) return undefined;
  entry[change.field] = change.en;
  if (before === '') return undefined;
  return { date: change.date, id: entry.key, kind: change.kind ?? 'wording', note: change.note ?? '', before };
}
