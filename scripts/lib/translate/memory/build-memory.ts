/**
 * The memory a report is drafted from: the translated blocks of every other
 * report in content/ (any region, any year). Only English a translator wrote
 * seeds it, in states translated, reviewed or final; a draft the memory made
 * (state initial, or still marked `memory`) never does, so drafts are not
 * built on drafts. Better English is added first and wins ties: final, then
 * reviewed, then translated; within a state, the newest report.
 */
import type { ReportOnDisk } from '../../../../src/content/report-files-fs.ts';
import type { TermBaseEntry } from '../../../../src/schemas/termbase.ts';
import type { TranslatedBlock, TranslationState } from '../../../../src/schemas/translation-file.ts';
import { estimateLengthModel } from './align.ts';
import { alignParagraph } from './align-paragraph.ts';
import { visibleText } from './inline-markup.ts';
import { TranslationMemory } from './memory-index.ts';

const STATE_RANK: Record<TranslationState, number> = { final: 0, reviewed: 1, translated: 2, initial: 3 };

/** Whether a stored block's English may seed the memory. */
export function seedsMemory(block: TranslatedBlock): boolean {
  return block.en.trim() !== '' && block.state !== 'initial' && block.memory === undefined;
}

export interface MemoryStats {
  /** Paragraphs in the memory. */
  paragraphs: number;
  /** Of them, those aligned sentence by sentence. */
  aligned: number;
}

export function buildMemory(
  reports: readonly ReportOnDisk[],
  excludeId: string,
  termBase: readonly TermBaseEntry[],
): { memory: TranslationMemory; stats: MemoryStats } {
  const seeds = reports
    .filter((report) => report.id !== excludeId)
    .flatMap((report) =>
      (report.translation?.file.blocks ?? []).filter(seedsMemory).map((block) => ({ block, report: report.id, year: report.report.year })),
    )
    .sort((a, b) => STATE_RANK[a.block.state] - STATE_RANK[b.block.state] || b.year - a.year);
  const model = estimateLengthModel(seeds.map(({ block }) => ({ zh: visibleText(block.zh).length, en: visibleText(block.en).length })));
  const memory = new TranslationMemory();
  let aligned = 0;
  for (const { block, report } of seeds) {
    const source = `${report}#${block.id}`;
    memory.add(block.zh, block.en, source);
    const pairs = alignParagraph(block.zh, block.en, model, termBase);
    if (pairs && pairs.length > 1) {
      aligned++;
      for (const pair of pairs) memory.add(pair.zh, pair.en, source);
    }
  }
  return { memory, stats: { paragraphs: seeds.length, aligned } };
}
