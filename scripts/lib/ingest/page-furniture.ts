/**
 * Page numbers a PDF extract carries between pages (— 2 —, - 2 -, －2－, 第2页,
 * 第2页 共9页, or a number alone between blank lines). They are not report
 * text: each is removed, listed, and read as the page break it marks, so the
 * paragraph it interrupted is joined as any other page break.
 */
import { foldScript } from './script-folding.ts';
import type { Repair } from './repairs.ts';
import type { SourceLine } from './source-line.ts';

const DASHED = /^[-－—–~～_]+\s*\d{1,4}\s*[-－—–~～_]+$/;
const PAGE_OF = /^第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?$|^\d{1,4}\s*\/\s*\d{1,4}$/;
const BARE = /^\d{1,3}$/;

function isPageNumber(line: SourceLine, next: SourceLine | undefined): boolean {
  if (line.hashes > 0 || line.table) return false;
  const text = foldScript(line.markdown.replace(/\\/g, '')).trim();
  if (DASHED.test(text) || PAGE_OF.test(text)) return true;
  // A number alone is a page number only when blank lines stand on both sides of it.
  return BARE.test(text) && line.blankBefore && (next === undefined || next.blankBefore);
}

/** The lines without page numbers; the line after each removed one starts a new block (a page break). */
export function removePageNumbers(lines: SourceLine[], repairs: Repair[]): SourceLine[] {
  const kept: SourceLine[] = [];
  let pageBreak = false;
  lines.forEach((line, index) => {
    if (isPageNumber(line, lines[index + 1])) {
      repairs.push({ kind: 'page-number-removed', line: line.line, detail: `“${line.markdown}”` });
      pageBreak = true;
      return;
    }
    kept.push(pageBreak ? { ...line, blankBefore: true, pageBreakBefore: true } : line);
    pageBreak = false;
  });
  return kept;
}
