/**
 * `npm run translate -- skeleton` with the memory: every block of the new
 * skeleton that has no English gets a draft (draft-block.ts) through
 * reviseBlock, in state initial with `memory: { match, sources }`. A block with
 * English, whoever wrote it, is never touched (to redraft one, empty it). Each
 * draft is then read by the translation check's figure and term base rules;
 * what they flag is returned for the command to report (the draft is kept: the
 * translator fixes it, and `translate -- check` keeps flagging it until then).
 */
import type { StoredBlock } from '../../../../src/lib/block-syntax.ts';
import { compareFigures } from '../../../../src/lib/figures.ts';
import { checkTermBase } from '../../../../src/lib/termbase.ts';
import type { TermBaseEntry } from '../../../../src/schemas/termbase.ts';
import type { TranslationFile } from '../../../../src/schemas/translation-file.ts';
import { reviseBlock } from '../revise.ts';
import { draftBlock } from './draft-block.ts';
import { draftedPart } from './gaps.ts';
import { visibleText } from './inline-markup.ts';
import type { TranslationMemory } from './memory-index.ts';

export interface MemoryFill {
  /** Ids of the blocks drafted, in reading order. */
  drafted: string[];
  /** Of them, those with sentences left in Chinese. */
  partial: string[];
  /** Average match of the drafted blocks, in per cent (0 when none). */
  averageMatch: number;
  /** Chinese characters (no spaces) of the blocks that had no English, and of them those drafted. */
  chineseChars: { open: number; drafted: number };
  /** English words the drafts pre-fill (gaps not counted). */
  englishWords: number;
  /** What the figure and term base checks flag in the drafts: block id and message. */
  flagged: { id: string; message: string }[];
}

export function fillFromMemory(
  file: TranslationFile,
  blocks: readonly StoredBlock[],
  memory: TranslationMemory,
  options: { minMatch: number; date: string; termBase: readonly TermBaseEntry[] },
): MemoryFill {
  const fill: MemoryFill = {
    drafted: [],
    partial: [],
    averageMatch: 0,
    chineseChars: { open: 0, drafted: 0 },
    englishWords: 0,
    flagged: [],
  };
  const current = new Map(blocks.map((block) => [block.id, block.markdown]));
  let matchTotal = 0;
  for (const block of file.blocks) {
    const chinese = current.get(block.id);
    if (chinese === undefined || block.en.trim() !== '') continue;
    fill.chineseChars.open += visibleText(chinese).replace(/\s+/g, '').length;
    const draft = draftBlock(chinese, memory, options.minMatch);
    if (!draft) continue;
    block.zh = chinese;
    reviseBlock(file, block.id, { en: draft.en, state: 'initial', date: options.date });
    block.memory = { match: draft.match, sources: draft.sources };
    fill.drafted.push(block.id);
    if (draft.gaps > 0) fill.partial.push(block.id);
    matchTotal += draft.match;
    fill.chineseChars.drafted += draft.coveredChars;
    const part = draftedPart(chinese, draft.en);
    fill.englishWords += visibleText(part.en)
      .split(/\s+/)
      .filter((word) => /[A-Za-z0-9]/.test(word)).length;
    for (const mismatch of compareFigures(part.zh, part.en)) fill.flagged.push({ id: block.id, message: mismatch.problem });
    for (const problem of checkTermBase(options.termBase, [{ id: block.id, ...part }]))
      fill.flagged.push({ id: block.id, message: problem.message.replace(`${block.id}: `, '') });
  }
  fill.averageMatch = fill.drafted.length === 0 ? 0 : Math.floor(matchTotal / fill.drafted.length);
  return fill;
}

/** The fill in two lines for the command's output. */
export function formatFill(reportId: string, fill: MemoryFill, minMatch: number): string {
  const share = fill.chineseChars.open === 0 ? 0 : Math.round((100 * fill.chineseChars.drafted) / fill.chineseChars.open);
  const partial = fill.partial.length > 0 ? ` (${String(fill.partial.length)} in part, their missing sentences left in Chinese ⟦…⟧)` : '';
  if (fill.chineseChars.open === 0) return `${reportId}: every block has English; the translation memory had nothing to draft`;
  return fill.drafted.length === 0
    ? `${reportId}: the translation memory had nothing at or above ${String(minMatch)}% for the blocks without English`
    : `${reportId}: drafted ${String(fill.drafted.length)} blocks from the translation memory${partial}, average match ${String(fill.averageMatch)}%, ` +
        `${String(share)}% of the untranslated Chinese characters, ${String(fill.englishWords)} English words; every draft is state initial, to be reviewed`;
}
