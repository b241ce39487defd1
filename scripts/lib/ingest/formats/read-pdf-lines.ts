/**
 * A PDF (the government's own file) → source lines, one per paragraph, table
 * or footnote, read from the text layer's layout:
 *
 * 1. text items → visual lines (pdf-lines.ts: superscripts, subscripts, gaps);
 * 2. page numbers and running headers/footers removed and listed, footnotes
 *    set apart (pdf-page-furniture.ts);
 * 3. lines → paragraphs by indent, short last lines, size changes and gaps,
 *    across page breaks (pdf-paragraph-breaks.ts); rows with column gaps →
 *    tables;
 * 4. emphasised faces → bold (pdf-faces.ts, pdf-inline.ts); a title set larger
 *    than the body → a level-1 heading.
 *
 * The genre reader then finds the title block, the outline (by numbering) and
 * the glossary, as for any other source. "Line" numbers in messages are
 * page × 1000 + the line on that page (line 3012 = page 3, line 12).
 */
import { joinPieces } from '../page-breaks.ts';
import type { Repair } from '../repairs.ts';
import type { SourceLine } from '../source-line.ts';
import { escapeLineStart } from './inline-markup.ts';
import { readPdfDocument, type PdfPage } from './pdf-document.ts';
import { foldRadicals, joinLineSegments, segmentsToMarkdown, type FoldedCharacter } from './pdf-inline.ts';
import { lineText, pageLines, type PdfLine, type PdfSegment } from './pdf-lines.ts';
import { footnoteNumber, separatePageFurniture, type RemovedLine } from './pdf-page-furniture.ts';
import { blocksOf, tableColumns } from './pdf-blocks.ts';
import { noBoldLeads, readableEmphasis } from './pdf-emphasis-check.ts';
import { layoutError } from './pdf-layout-checks.ts';
import { pageMargins, paragraphSpacing } from './pdf-paragraph-breaks.ts';
import { traditionalCharacters } from './pdf-script-check.ts';

export interface PdfLines {
  lines: SourceLine[];
  repairs: Repair[];
  warnings: { line: number; message: string }[];
  pages: number;
  producer: string;
}

/** Fewer Chinese characters than this in the whole text layer: the PDF holds no report text. */
const MIN_TEXT = 100;
/** A line this much larger than the body text, among the first lines of page 1, is the title. */
const TITLE_SIZE = 1.2;
const TITLE_LINES = 6;

export function sourceLineNumber(line: PdfLine): number {
  return line.page * 1000 + line.index;
}

export async function readPdfLines(bytes: Uint8Array): Promise<PdfLines | { error: string; line: number }> {
  const read = await readPdfDocument(bytes);
  if ('error' in read) return { error: read.error, line: 0 };
  const noText = textLayerError(read.pages);
  if (noText) return noText;

  const pages = read.pages.map(pageLines);
  const size = bodySize(pages.flat());
  const removed: RemovedLine[] = [];
  const parts = separatePageFurniture(pages, size, removed);
  const bodyLines = parts.flatMap((part) => part.body);
  const layout = layoutError(read.pages, pages);
  if (layout) return layout;
  const warnings: PdfLines['warnings'] = [];
  const emphasis = readableEmphasis(bodyLines, warnings);

  const folded: FoldedCharacter[] = [];
  const repairs: Repair[] = [];
  const documentMargins = pageMargins(bodyLines, size);
  const margins = parts.map((part) => pageMargins(part.body, size, documentMargins));
  const spaced = paragraphSpacing(bodyLines, (line) => margins[line.page - 1] ?? documentMargins);
  for (const pageMargin of margins) pageMargin.spaced = spaced;
  const lines: SourceLine[] = [];
  for (const block of blocksOf(bodyLines, (line) => margins[line.page - 1] ?? documentMargins, emphasis.font)) {
    const first = block.lines[0] as PdfLine;
    const last = block.lines.at(-1) as PdfLine;
    if (block.kind === 'table') {
      lines.push({
        line: sourceLineNumber(first),
        markdown: tableMarkdown(block.lines, folded),
        hashes: 0,
        blankBefore: true,
        table: true,
      });
      continue;
    }
    const segments = joinLineSegments(block.lines.map(flatSegments));
    for (const segment of segments) segment.text = foldRadicals(segment.text, folded);
    // The title is set larger at the top of the first page (not a heading set larger further down).
    const title = first.page === 1 && first.index <= TITLE_LINES && first.size >= size * TITLE_SIZE;
    const markdown = escapeLineStart(segmentsToMarkdown(segments, emphasis.font, { bold: !title }));
    if (markdown === '') continue;
    lines.push({ line: sourceLineNumber(first), markdown, hashes: title ? 1 : 0, blankBefore: true });
    if (last.page !== first.page)
      repairs.push({
        kind: 'page-break-joined',
        line: sourceLineNumber(first),
        detail: `paragraph continued from page ${first.page} to page ${last.page}: “…${lineText(pageEnd(block.lines)).slice(-12)}⟪page break⟫${lineText(pageStart(block.lines)).slice(0, 12)}…”`,
      });
  }
  lines.push(
    ...footnoteLines(
      parts.flatMap((part) => part.footnotes),
      folded,
    ),
  );
  for (const item of removed)
    repairs.push({
      kind: 'page-number-removed',
      line: sourceLineNumber(item.line),
      detail: `page ${item.line.page}: ${item.what} “${item.text}”`,
    });
  for (const [key, count] of countFolds(folded)) repairs.push({ kind: 'character-folded', line: 0, detail: `${key} (${count}×)` });
  if (bodyLines.some((line) => line.cells.flat().some((segment) => segment.text.includes('\uFFFD'))))
    warnings.push({
      line: 0,
      message: 'the PDF maps some glyphs to no character (U+FFFD); its text layer is damaged there: compare with the pages',
    });
  const boldLost = noBoldLeads(
    lines.filter((line) => line.hashes === 0 && !line.table && line.note === undefined).map((line) => line.markdown),
    emphasis.font,
  );
  if (boldLost) warnings.push({ line: 0, message: boldLost });
  const traditional = traditionalCharacters(lines.map((line) => line.markdown).join('\n'));
  if (traditional)
    warnings.push({
      line: lines.find((line) => traditional.characters.some((char) => line.markdown.includes(char)))?.line ?? 0,
      message: `the text layer has traditional characters in a simplified text (${traditional.summary}): some PDF writers map a simplified glyph to its traditional code point (戶 for 户); compare with the pages and correct zh.mdx where the page shows the simplified one`,
    });
  return { lines, repairs, warnings, pages: read.pages.length, producer: read.producer };
}

/** A scan: pages painted as images with no text to read; or no text at all. */
function textLayerError(pages: PdfPage[]): { error: string; line: number } | undefined {
  // Chinese characters on each page, counted once.
  const counts = new Map(
    pages.map((page) => [
      page,
      page.items.reduce((total, item) => total + (item.text.match(/[\u3400-\u9fff\u2f00-\u2fdf]/g) ?? []).length, 0),
    ]),
  );
  const han = (page: PdfPage) => counts.get(page) ?? 0;
  const total = pages.reduce((sum, page) => sum + han(page), 0);
  const scanned = pages.filter((page) => page.images > 0 && han(page) === 0);
  const drawn = pages.reduce((sum, page) => sum + page.textOperators, 0);
  const characters = pages.reduce((sum, page) => sum + page.items.reduce((count, item) => count + item.text.trim().length, 0), 0);
  if (total < MIN_TEXT && drawn > pages.length * 5 && characters < drawn / 2)
    return {
      line: 0,
      error: `this PDF draws text (${drawn} text operations) that cannot be read as characters: its fonts lack the maps from glyphs to characters (or the file is malformed); print it to a new PDF from a viewer, or OCR it (ocrmypdf -l chi_sim --force-ocr in.pdf out.pdf)`,
    };
  if (total < MIN_TEXT)
    return {
      line: 0,
      error:
        scanned.length > 0
          ? `this PDF has no text layer: its ${pages.length} page(s) are images (a scan), so there is no text to read; run OCR first (for example ocrmypdf -l chi_sim in.pdf out.pdf), check the OCR text against the pages, and ingest that`
          : `this PDF holds almost no text (${total} Chinese characters in ${pages.length} page(s)); it is not a report's text`,
    };
  // A scanned page inside a PDF that otherwise has text would be lost silently.
  const inside = scanned.filter((page) => pages.some((other) => other.number > page.number && han(other) > 0));
  const firstInside = inside[0];
  if (firstInside)
    return {
      line: firstInside.number * 1000,
      error: `page ${inside.map((page) => page.number).join(', ')} of the PDF ${inside.length === 1 ? 'is an image' : 'are images'} without text (scanned pages) among pages with text: their text would be lost; OCR the PDF first (ocrmypdf -l chi_sim --skip-text in.pdf out.pdf)`,
    };
  return undefined;
}

/** The size most characters are set in. */
function bodySize(lines: PdfLine[]): number {
  const counts = new Map<number, number>();
  for (const segment of lines.flatMap((line) => line.cells.flat())) {
    const key = Math.round(segment.size * 2) / 2;
    counts.set(key, (counts.get(key) ?? 0) + [...segment.text].length);
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 12;
}

/** A line's segments; a column gap on a line that is not a table row is a space. */
function flatSegments(line: PdfLine): PdfSegment[] {
  return line.cells.flatMap((cell, index) =>
    cell.map((segment, at) => (index > 0 && at === 0 ? { ...segment, text: ` ${segment.text.replace(/^\s+/, '')}` } : { ...segment })),
  );
}

function pageEnd(lines: PdfLine[]): PdfLine {
  const firstPage = (lines[0] as PdfLine).page;
  return lines.filter((line) => line.page === firstPage).at(-1) as PdfLine;
}

function pageStart(lines: PdfLine[]): PdfLine {
  const firstPage = (lines[0] as PdfLine).page;
  return lines.find((line) => line.page !== firstPage) as PdfLine;
}

/**
 * Rows → a GFM pipe table; cells are laid on the columns of the row with the most cells. A row of one cell
 * is the wrapped rest of a cell of the row above (isCellContinuation) and is joined to that cell.
 */
function tableMarkdown(rows: PdfLine[], folded: FoldedCharacter[]): string {
  const columns = tableColumns(rows);
  const starts = columns?.starts ?? [0];
  const size = columns?.size ?? 12;
  // A segment belongs to the last column that starts at or before it: a cell set close to the next one
  // (less than the column gap apart) is still told apart where other rows show the column.
  const columnAt = (x: number) => starts.reduce((found, start, index) => (x >= start - 0.3 * size ? index : found), 0);
  const grid: string[][] = [];
  for (const row of rows) {
    const continuation = row.cells.length === 1 && grid.length > 0;
    const cells = continuation ? (grid.at(-1) as string[]) : starts.map(() => '');
    const groups = new Map<number, PdfSegment[]>();
    for (const piece of row.cells.flat().flatMap(characters)) {
      const column = columnAt(piece.x);
      groups.set(column, [...(groups.get(column) ?? []), piece]);
    }
    for (const [column, segments] of groups) {
      const text = foldRadicals(segmentsToMarkdown(segments, '', { bold: false }), folded).replace(/\|/g, '\\|');
      cells[column] = cells[column] ? joinPieces(cells[column], text) : text;
    }
    if (!continuation) grid.push(cells);
  }
  const lines = grid.map((cells) => `| ${cells.join(' | ')} |`);
  return [lines[0], `|${starts.map(() => ' --- ').join('|')}|`, ...lines.slice(1)].join('\n');
}

/**
 * A segment as its characters, each placed where the segment's width puts it (a Chinese character a full
 * em, others about half): some producers' items run across two table cells (地区生产总值增长%).
 */
function characters(segment: PdfSegment): PdfSegment[] {
  const chars = [...segment.text];
  const weight = (char: string) => (/[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? 1 : 0.55);
  const total = chars.reduce((sum, char) => sum + weight(char), 0) || 1;
  let before = 0;
  return chars.map((char) => {
    const x = segment.x + ((segment.end - segment.x) * before) / total;
    before += weight(char);
    return { ...segment, text: char, x, end: segment.x + ((segment.end - segment.x) * before) / total };
  });
}

/** Footnote lines → one note line per note, numbered as the note. */
function footnoteLines(lines: PdfLine[], folded: FoldedCharacter[]): SourceLine[] {
  const notes: { n: number; line: PdfLine; parts: PdfSegment[][] }[] = [];
  for (const line of lines) {
    const segments = flatSegments(line);
    const numbered = footnoteNumber(lineText(line));
    if (numbered) {
      notes.push({ n: numbered.n, line, parts: [dropLeading(segments, lineText(line).length - numbered.rest.length)] });
    } else notes.at(-1)?.parts.push(segments);
  }
  return notes.map((note) => {
    const segments = joinLineSegments(note.parts);
    for (const segment of segments) segment.text = foldRadicals(segment.text, folded);
    return {
      line: sourceLineNumber(note.line),
      markdown: segmentsToMarkdown(segments, '', { bold: false }),
      hashes: 0,
      blankBefore: true,
      note: note.n,
    };
  });
}

/** The segments without their first `count` characters (a footnote's number), leading spaces skipped. */
function dropLeading(segments: PdfSegment[], count: number): PdfSegment[] {
  let left = count;
  let started = false;
  const kept: PdfSegment[] = [];
  for (const segment of segments) {
    let chars = [...segment.text];
    if (!started) {
      while (chars[0] !== undefined && /\s/.test(chars[0])) chars = chars.slice(1);
      const dropped = Math.min(left, chars.length);
      chars = chars.slice(dropped);
      left -= dropped;
      if (left > 0 || chars.length === 0) continue;
      started = true;
    }
    kept.push({ ...segment, text: chars.join('') });
  }
  return kept;
}

function countFolds(folded: FoldedCharacter[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const fold of folded) {
    const key = `${fold.from} (U+${fold.from.codePointAt(0)?.toString(16).toUpperCase()}) → ${fold.to}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}
