/**
 * Translation progress of every report, one line each, as a maintainer reads it.
 * Each block of zh.mdx is in exactly one of four groups: reviewed (state
 * reviewed or final), translated (English a translator wrote, not yet
 * reviewed), drafted from the translation memory (still marked `memory` and
 * not reviewed) or pending (no English). Stale counts the blocks with
 * English whose Chinese changed since, across the groups.
 */
import type { ReportOnDisk } from '../../../src/content/report-files-fs.ts';
import type { TranslatedBlock } from '../../../src/schemas/translation-file.ts';

export interface ReportStatus {
  id: string;
  total: number;
  /** Blocks with English (reviewed + translated + drafted). */
  translated: number;
  /** Reviewed or final. */
  reviewed: number;
  /** English a translator wrote, not yet reviewed (states initial and translated, not from memory). */
  unreviewed: number;
  /** Drafts from the translation memory. */
  drafted: number;
  /** Average match of the memory drafts, in per cent (0 when there are none). */
  draftMatch: number;
  stale: number;
  glossaryTotal: number;
  glossaryTranslated: number;
  /** Ids still without English, in reading order. */
  pending: string[];
}

type Group = 'reviewed' | 'unreviewed' | 'drafted' | 'pending';

function groupOf(block: TranslatedBlock | undefined): Group {
  if (!block?.en) return 'pending';
  // A reviewer's state wins over a `memory` mark a hand edit left behind.
  if (block.state === 'reviewed' || block.state === 'final') return 'reviewed';
  return block.memory ? 'drafted' : 'unreviewed';
}

export function reportStatus(report: ReportOnDisk): ReportStatus {
  const byId = new Map(report.translation?.file.blocks.map((block) => [block.id, block]));
  const groups = report.blocks.map((block) => ({ id: block.id, group: groupOf(byId.get(block.id)) }));
  const count = (group: Group) => groups.filter((entry) => entry.group === group).length;
  const matches = report.blocks.flatMap((block) => {
    const translated = byId.get(block.id);
    return translated?.memory && groupOf(translated) === 'drafted' ? [translated.memory.match] : [];
  });
  const stale = report.blocks.filter((block) => {
    const translated = byId.get(block.id);
    return translated?.en && translated.zh !== block.markdown;
  }).length;
  const glossaryTranslated = report.glossary.filter((entry) =>
    report.translation?.file.glossary.some((english) => english.key === entry.key && english.term),
  ).length;
  const pending = groups.filter((entry) => entry.group === 'pending').map((entry) => entry.id);
  return {
    id: report.id,
    total: report.blocks.length,
    translated: report.blocks.length - pending.length,
    reviewed: count('reviewed'),
    unreviewed: count('unreviewed'),
    drafted: count('drafted'),
    draftMatch: matches.length === 0 ? 0 : Math.floor(matches.reduce((sum, match) => sum + match, 0) / matches.length),
    stale,
    glossaryTotal: report.glossary.length,
    glossaryTranslated,
    pending,
  };
}

export function formatStatus(status: ReportStatus): string {
  const percent = status.total === 0 ? 100 : Math.floor((100 * status.translated) / status.total);
  const drafted = `${String(status.drafted)} drafted from memory${status.drafted > 0 ? ` (average match ${String(status.draftMatch)}%)` : ''}`;
  const pendingList =
    status.pending.length > 0 ? `: ${status.pending.slice(0, 12).join(' ')}${status.pending.length > 12 ? ' …' : ''}` : '';
  return (
    `${status.id}: ${String(status.translated)}/${String(status.total)} blocks with English (${String(percent)}%): ` +
    `${String(status.reviewed)} reviewed, ${String(status.unreviewed)} translated, ${drafted}, ` +
    `${String(status.pending.length)} pending${pendingList}; ${String(status.stale)} stale; glossary ${String(status.glossaryTranslated)}/${String(status.glossaryTotal)}`
  );
}
