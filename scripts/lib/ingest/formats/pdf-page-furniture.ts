/**
 * What a PDF page carries besides the report's text: page numbers in the
 * footer or header (— 1 —, -1-, 第1页, 1/9, a number alone), running headers
 * and footers (the same short line at the top or bottom of most pages), and
 * footnotes (smaller lines at the foot of the page starting with a number).
 * Page numbers and running lines are removed and listed; footnotes are kept
 * as notes (they become glossary entries, as a Word document's footnotes do).
 */
import { isPageNumberText } from '../page-furniture.ts';
import { foldScript } from '../script-folding.ts';
import { lineText, type PdfLine } from './pdf-lines.ts';

/** At the top or bottom edge of a page, a number alone is a page number. */
const BARE = /^\d{1,4}$/;
/** Lines at each end of a page that can be furniture. */
const EDGE_LINES = 2;
/** A running line is on at least this share of the pages (and on three of them). */
const RUNNING_SHARE = 0.4;
const RUNNING_MIN_PAGES = 3;
const MAX_RUNNING_LENGTH = 40;
/** A footnote's number at the start of its line: [1], （1）, 1 before its text, ①. */
const FOOTNOTE_NUMBER = /^\s*(?:[[［〔【(（]\s*(\d{1,3})\s*[\]］〕】)）]|(\d{1,3})(?=\s*[.．、\s\u3400-\u9fff“"《])|([①-⑳]))\s*[.．、]?\s*/;
/** Footnotes are set smaller than the body text. */
const FOOTNOTE_SIZE = 0.9;

export interface RemovedLine {
  line: PdfLine;
  text: string;
  what: 'page number' | 'running header' | 'running footer';
}

export interface PageParts {
  body: PdfLine[];
  footnotes: PdfLine[];
}

export function isPageNumber(text: string): boolean {
  const folded = foldScript(text.replace(/\s+/g, ' ').trim());
  return isPageNumberText(folded) || BARE.test(folded);
}

/** Text with its numbers masked, so that "2024年政府工作报告 3" matches on every page; its size too (a title is larger). */
function runningKey(line: PdfLine): string {
  return `${Math.round(line.size)}:${lineText(line).replace(/\s+/g, '').replace(/\d+/g, '#')}`;
}

/** Split each page into body lines and footnotes; page numbers and running lines go to `removed`. */
export function separatePageFurniture(pages: PdfLine[][], bodySize: number, removed: RemovedLine[]): PageParts[] {
  const running = runningLines(pages);
  return pages.map((lines) => {
    const kept = lines.filter((line, index) => {
      const atTop = index < EDGE_LINES;
      const atBottom = index >= lines.length - EDGE_LINES;
      if (!atTop && !atBottom) return true;
      const text = lineText(line);
      if (isPageNumber(text)) {
        removed.push({ line, text, what: 'page number' });
        return false;
      }
      const key = runningKey(line);
      if (atTop && running.top.has(key)) {
        removed.push({ line, text, what: 'running header' });
        return false;
      }
      if (atBottom && running.bottom.has(key)) {
        removed.push({ line, text, what: 'running footer' });
        return false;
      }
      return true;
    });
    return splitFootnotes(kept, bodySize);
  });
}

function runningLines(pages: PdfLine[][]): { top: Set<string>; bottom: Set<string> } {
  const count = (pick: (lines: PdfLine[]) => PdfLine[]) => {
    const pagesWith = new Map<string, number>();
    for (const lines of pages) {
      const keys = new Set(
        pick(lines)
          .filter((line) => [...lineText(line)].length <= MAX_RUNNING_LENGTH && !/[。；！？]$/.test(lineText(line)))
          .map(runningKey),
      );
      for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
    }
    const needed = Math.max(RUNNING_MIN_PAGES, Math.ceil(pages.length * RUNNING_SHARE));
    return new Set([...pagesWith].filter(([, n]) => n >= needed).map(([key]) => key));
  };
  return { top: count((lines) => lines.slice(0, EDGE_LINES)), bottom: count((lines) => lines.slice(-EDGE_LINES)) };
}

/** Footnotes: from the first smaller line at the foot of the page that starts with a note number. */
function splitFootnotes(lines: PdfLine[], bodySize: number): PageParts {
  let start = lines.length;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index] as PdfLine;
    if (line.size >= bodySize * FOOTNOTE_SIZE) break;
    if (footnoteNumber(lineText(line))) start = index;
  }
  return { body: lines.slice(0, start), footnotes: lines.slice(start) };
}

/** The number a footnote line starts with, or undefined for a continuation line. */
export function footnoteNumber(text: string): { n: number; rest: string } | undefined {
  const match = FOOTNOTE_NUMBER.exec(text);
  if (!match) return undefined;
  const n = match[3] ? match[3].charCodeAt(0) - 0x2460 + 1 : Number(match[1] ?? match[2]);
  return { n, rest: text.slice(match[0].length) };
}
