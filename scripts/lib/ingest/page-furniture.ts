/**
 * Page furniture a PDF extract carries between pages: page numbers (— 2 —,
 * - 2 -, －2－, 第2页, 第2页 共9页, or a number alone between blank lines) and
 * running headers or footers (the same short line on every page, such as
 * 2024年政府工作报告). They are not report text: each is removed, listed, and
 * read as the page break it marks, so the paragraph it interrupted is joined as
 * any other page break. A running header's first occurrence at the top of the
 * file is the title and stays.
 */
import { foldScript } from './script-folding.ts';
import type { Repair } from './repairs.ts';
import type { SourceLine } from './source-line.ts';

const DASHED = /^[-－—–~～_·•]+\s*\d{1,4}\s*[-－—–~～_·•]+$/;
const PAGE_OF = /^(?:第\s*\d{1,4}\s*页(?:\s*[,，/]?\s*共\s*\d{1,4}\s*页)?|\d{1,4}\s*\/\s*\d{1,4}|[Pp]age\s*\d{1,4}(?:\s*of\s*\d{1,4})?)$/;
const BARE = /^\d{1,3}$/;
/** marker-pdf's page separators with --paginate_output: {2}------------------------------------------------ */
const SEPARATOR = /^\{\d{1,4}\}-{3,}$/;

/**
 * A page number as printed (— 2 —, -2-, 第2页 共9页, 2/9, Page 2 of 9): also read by the PDF reader, which
 * knows where on the page a line stands and so takes a number alone too.
 */
export function isPageNumberText(text: string): boolean {
  return DASHED.test(text) || PAGE_OF.test(text);
}

function isPageNumber(line: SourceLine, next: SourceLine | undefined): boolean {
  if (line.hashes > 0 || line.table) return false;
  const text = foldScript(line.markdown.replace(/\\/g, '')).trim();
  if (isPageNumberText(text) || SEPARATOR.test(text)) return true;
  // A number alone is a page number only when blank lines stand on both sides of it.
  return BARE.test(text) && line.blankBefore && (next === undefined || next.blankBefore);
}

/** A line seen this many times, short and without sentence punctuation, is a running header or footer. */
const RUNNING_REPEATS = 3;
const TITLE_AREA = 5;

function runningLines(lines: SourceLine[]): Set<string> {
  const counts = new Map<string, number>();
  for (const line of lines) {
    const text = line.markdown.trim();
    if (line.table || line.hashes > 0 || [...text].length > 30 || /[。；，！？：]/.test(text)) continue;
    counts.set(text, (counts.get(text) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= RUNNING_REPEATS).map(([text]) => text));
}

/** The lines without page furniture; the line after each removed one starts a new block (a page break). */
export function removePageNumbers(lines: SourceLine[], repairs: Repair[]): SourceLine[] {
  const kept: SourceLine[] = [];
  const running = runningLines(lines);
  const seen = new Set<string>();
  let pageBreak = false;
  lines.forEach((line, index) => {
    const text = line.markdown.trim();
    const firstInTitleArea = index < TITLE_AREA && !seen.has(text);
    seen.add(text);
    if (running.has(text) && !firstInTitleArea) {
      repairs.push({ kind: 'page-number-removed', line: line.line, detail: `running header or footer “${text}”` });
      pageBreak = true;
      return;
    }
    if (isPageNumber(line, lines[index + 1])) {
      repairs.push({ kind: 'page-number-removed', line: line.line, detail: `page number “${line.markdown}”` });
      pageBreak = true;
      return;
    }
    kept.push(pageBreak ? { ...line, blankBefore: true, pageBreakBefore: true } : line);
    pageBreak = false;
  });
  return kept;
}
