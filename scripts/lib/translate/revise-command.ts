/**
 * npm run translate -- revise: change one block's (or glossary entry's) English
 * through reviseBlock / reviseGlossaryEntry, so that a change to published
 * English is listed on the report's changes page, and check the result (ids,
 * figures, term base) before anything is written: a revision that breaks a
 * check is refused whole.
 */
import type { ReportOnDisk } from '../../../src/content/report-files-fs.ts';
import type { TermBaseEntry } from '../../../src/schemas/termbase.ts';
import type { TranslationFile, TranslationRevision, TranslationState } from '../../../src/schemas/translation-file.ts';
import { hasUntranslatedGap } from '../../../src/lib/untranslated-gaps.ts';
import { checkTranslation } from './check.ts';
import { reviseBlock, reviseGlossaryEntry } from './revise.ts';

export interface ReviseRequest {
  /** A block id (p8), or glossary:<key> with `field`. */
  id: string;
  /** The new English (Markdown). */
  en: string;
  /** Day of the change, YYYY-MM-DD. */
  date: string;
  kind?: TranslationRevision['kind'] | undefined;
  note?: string | undefined;
  /** A block's new state; default its state as it was. */
  state?: TranslationState | undefined;
  /** For a glossary entry: which text changes. */
  field?: 'term' | 'definition' | 'source' | undefined;
}

/** The revised translation (a copy; the report's own is untouched), or the errors that refuse it. */
export function reviseTranslation(
  report: ReportOnDisk,
  termBase: readonly TermBaseEntry[],
  request: ReviseRequest,
): { file: TranslationFile; errors: string[] } {
  const where = `${report.translationPath}: ${request.id}`;
  if (!report.translation) throw new Error(`${report.translationPath}: no translation yet; run skeleton first`);
  const file = structuredClone(report.translation.file);
  const before = file.revisions.length;
  const common = { date: request.date, ...(request.kind ? { kind: request.kind } : {}), ...(request.note ? { note: request.note } : {}) };
  let changed: boolean;
  if (request.id.startsWith('glossary:')) {
    if (!request.field) throw new Error(`${where}: say which text of the glossary entry changes: --field term|definition|source`);
    if (request.state) throw new Error(`${where}: a glossary entry has no state`);
    changed = reviseGlossaryEntry(file, request.id.slice('glossary:'.length), { ...common, [request.field]: request.en });
  } else {
    changed = reviseBlock(file, request.id, { ...common, en: request.en, ...(request.state ? { state: request.state } : {}) });
  }
  if (!changed) throw new Error(`${where}: nothing to change (same English and state)`);
  const errors: string[] = [];
  if (file.revisions.length > before && !request.note)
    errors.push(`${where}: error: this changes published English; give readers a --note (and --kind correction or wording)`);
  const block = file.blocks.find((candidate) => candidate.id === request.id);
  if (block && (block.state === 'reviewed' || block.state === 'final') && hasUntranslatedGap(block.en))
    errors.push(
      `${where}: error: the English still leaves a sentence in Chinese (⟦not yet translated: …⟧); translate it before it is ${block.state}`,
    );
  const revised = { ...report, translation: { raw: JSON.stringify(file, null, 2), file } };
  for (const problem of checkTranslation(revised, termBase)) if (problem.severity === 'error') errors.push(problem.text);
  return { file, errors };
}
