/**
 * What a reader is told about the English of a report: each block's state
 * (reviewed, draft, pending, stale), how much of the report is reviewed and
 * when it last changed, and its revisions with the text after each one, for
 * the changes page. Pure: the report model (src/content/build-report.ts) calls
 * it with what en.json holds.
 */
import type { EnglishState, EnglishSummary } from '../schemas/report.ts';
import type { TranslatedBlock, TranslatedGlossaryEntry, TranslationRevision } from '../schemas/translation-file.ts';
import { hasUntranslatedGap } from './untranslated-gaps.ts';

/** The English state a reader sees, from the stored block and the Chinese it must match. */
export function englishState(translated: Pick<TranslatedBlock, 'en' | 'zh' | 'state'> | undefined, zhMarkdown: string): EnglishState {
  if (!translated || translated.en === '') return 'pending';
  if (translated.zh !== zhMarkdown) return 'stale';
  // A sentence still in Chinese (a partial draft's gap) is never reviewed English, whatever the state says.
  if (hasUntranslatedGap(translated.en)) return 'draft';
  return translated.state === 'reviewed' || translated.state === 'final' ? 'reviewed' : 'draft';
}

/** The later of two YYYY-MM-DD days (they sort as text); either may be absent. */
function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return a > b ? a : b;
}

/** Counts and the last revision day of a report's English. */
export function summarizeEnglish(
  blocks: readonly { enState: EnglishState; enRevised?: string | undefined }[],
  revisions: readonly Pick<TranslationRevision, 'date'>[],
): EnglishSummary {
  let lastRevised: string | undefined;
  for (const block of blocks) lastRevised = later(lastRevised, block.enRevised);
  for (const revision of revisions) lastRevised = later(lastRevised, revision.date);
  return {
    reviewed: blocks.filter((block) => block.enState === 'reviewed').length,
    draft: blocks.filter((block) => block.enState === 'draft').length,
    ...(lastRevised === undefined ? {} : { lastRevised }),
  };
}

/** The prefix of a revision id that names a glossary entry: `glossary:<key>`. */
export const GLOSSARY_REVISION_PREFIX = 'glossary:';

/** The English a revision's target holds now: a block's text, or one field of a glossary entry. */
export interface CurrentEnglish {
  blocks: ReadonlyMap<string, Pick<TranslatedBlock, 'en'>>;
  glossary: ReadonlyMap<string, Pick<TranslatedGlossaryEntry, 'term' | 'definition' | 'source'>>;
}

/**
 * Each revision with the text right after it: the `before` of the next revision
 * of the same target, or, for the last one, the text as it is now. Throws, naming
 * the revision, when its target does not exist (a revision of a removed block
 * must go with it) or a glossary revision does not say which field changed.
 */
export function revisionsWithAfter(
  revisions: readonly TranslationRevision[],
  current: CurrentEnglish,
): (TranslationRevision & { after: string })[] {
  const targetOf = (revision: TranslationRevision) => `${revision.id}\u0000${revision.field ?? ''}`;
  return revisions.map((revision, index) => {
    const next = revisions.slice(index + 1).find((candidate) => targetOf(candidate) === targetOf(revision));
    return { ...revision, after: next ? next.before : currentText(revision, index, current) };
  });
}

function currentText(revision: TranslationRevision, index: number, current: CurrentEnglish): string {
  const where = `revisions[${index}] (${revision.date}, ${revision.id})`;
  if (revision.id.startsWith(GLOSSARY_REVISION_PREFIX)) {
    const entry = current.glossary.get(revision.id.slice(GLOSSARY_REVISION_PREFIX.length));
    if (!entry) throw new Error(`${where}: no glossary entry ${revision.id.slice(GLOSSARY_REVISION_PREFIX.length)} in the translation`);
    if (!revision.field) throw new Error(`${where}: a glossary revision needs "field": "term", "definition" or "source"`);
    return entry[revision.field];
  }
  const block = current.blocks.get(revision.id);
  if (!block) throw new Error(`${where}: no block ${revision.id} in the translation; remove the revision with the block`);
  return block.en;
}
