/**
 * The site-wide glossary: every 名词解释 entry of every report, grouped by the
 * term's stable key, so a term that recurs across years and regions has one
 * page listing all its occurrences.
 */
import type { GlossaryEntry, Report, ReportBlock } from '../schemas/report.ts';

export interface TermOccurrence {
  report: Report;
  entry: GlossaryEntry;
  /** The blocks that carry the term's marker. */
  blocks: ReportBlock[];
}

export interface Term {
  key: string;
  /** The term as most recently printed. */
  term: string;
  /** English rendering from the most recent translated report, if any. */
  en?: string;
  occurrences: TermOccurrence[];
}

export function collectTerms(reports: readonly Report[]): Term[] {
  const terms = new Map<string, Term>();
  const newestFirst = [...reports].sort((a, b) => b.year - a.year || a.region.localeCompare(b.region));
  for (const report of newestFirst) {
    for (const entry of report.glossary) {
      const blocks = entry.uses
        .map((use) => report.blocks.find((block) => block.id === use.block))
        .filter((block): block is ReportBlock => block !== undefined);
      const term = terms.get(entry.key) ?? { key: entry.key, term: entry.term, occurrences: [] };
      if (!term.en && entry.en) term.en = entry.en.term;
      term.occurrences.push({ report, entry, blocks });
      terms.set(entry.key, term);
    }
  }
  return [...terms.values()].sort((a, b) => a.key.localeCompare(b.key));
}
