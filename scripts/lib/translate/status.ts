/** Translation progress of every report, one line each, as a maintainer reads it. */
import type { ReportOnDisk } from '../../../src/content/report-files-fs.ts';

export interface ReportStatus {
  id: string;
  total: number;
  translated: number;
  stale: number;
  glossaryTotal: number;
  glossaryTranslated: number;
  /** Ids still without English, in reading order. */
  pending: string[];
}

export function reportStatus(report: ReportOnDisk): ReportStatus {
  const byId = new Map(report.translation?.file.blocks.map((block) => [block.id, block]));
  const pending = report.blocks.filter((block) => !byId.get(block.id)?.en).map((block) => block.id);
  const stale = report.blocks.filter((block) => {
    const translated = byId.get(block.id);
    return translated?.en && translated.zh !== block.markdown;
  }).length;
  const glossaryTranslated = report.glossary.filter((entry) =>
    report.translation?.file.glossary.some((english) => english.key === entry.key && english.term),
  ).length;
  return {
    id: report.id,
    total: report.blocks.length,
    translated: report.blocks.length - pending.length,
    stale,
    glossaryTotal: report.glossary.length,
    glossaryTranslated,
    pending,
  };
}

export function formatStatus(status: ReportStatus): string {
  const percent = status.total === 0 ? 100 : Math.floor((100 * status.translated) / status.total);
  const pendingList =
    status.pending.length > 0 ? `; pending: ${status.pending.slice(0, 12).join(' ')}${status.pending.length > 12 ? ' …' : ''}` : '';
  return `${status.id}: ${status.translated}/${status.total} blocks translated (${percent}%), ${status.stale} stale, glossary ${status.glossaryTranslated}/${status.glossaryTotal}${pendingList}`;
}
