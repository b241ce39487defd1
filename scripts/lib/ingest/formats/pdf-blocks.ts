/**
 * Body lines of a PDF → paragraphs and tables, in reading order across pages.
 * The break rules are in pdf-paragraph-breaks.ts; this file feeds them what a
 * line's text says about itself: whether it opens a paragraph (numbering, a
 * lead in another face) right after a sentence ended, whether it is a list
 * item, and how wide its first word is.
 */
import { endsSentence } from '../page-breaks.ts';
import { emphasisOf, hasCjk } from './pdf-faces.ts';
import { lineText, type PdfLine, type PdfSegment } from './pdf-lines.ts';
import { hangingIndent, paragraphBreak, type Hanging, type LineStart, type PageMargins } from './pdf-paragraph-breaks.ts';

export type Block = { kind: 'paragraph' | 'table'; lines: PdfLine[] };

const LIST_NUMBER = /^\s*(?:\d{1,3}\s*[.．、](?!\d)|[（(]\s*\d{1,3}\s*[）)]|[[［〔【]\s*\d{1,3}\s*[\]］〕】]|[①-⑳])/;
/**
 * Outline numbering that opens a paragraph: 一、 （一） 1. 第一，. Not 一是/二是, which enumerate inside a
 * paragraph (一是城镇新增就业2万人。二是…) and may start any wrapped line.
 */
const OPENING_NUMBER =
  /^\s*(?:[（(][一二三四五六七八九十\d]+[）)]|[一二三四五六七八九十]+、|\d{1,2}[.．、](?!\d)|第[一二三四五六七八九十]+[，、])/;
const FIRST_WORD = /^[A-Za-z0-9.,%‰+\-/]+/;

export function blocksOf(lines: PdfLine[], marginsOf: (line: PdfLine) => PageMargins, body: string): Block[] {
  const blocks: Block[] = [];
  let hanging: Hanging | undefined;
  lines.forEach((line, index) => {
    const current = blocks.at(-1);
    const previous = lines[index - 1];
    // Two or more rows in a row with column gaps are a table.
    const columnar = line.cells.length >= 2;
    const inTable = current?.kind === 'table';
    const neighbourColumnar = (lines[index + 1]?.cells.length ?? 0) >= 2 || (previous?.cells.length ?? 0) >= 2;
    if (columnar && (neighbourColumnar || inTable)) {
      if (inTable) current.lines.push(line);
      else blocks.push({ kind: 'table', lines: [line] });
      hanging = undefined;
      return;
    }
    if (current?.kind === 'table' && isCellContinuation(line, current, lines[index + 1])) {
      current.lines.push(line);
      return;
    }
    if (current?.kind === 'paragraph' && previous !== undefined) {
      const start = lineStart(previous, line, body);
      const margins = { previous: marginsOf(previous), current: marginsOf(line) };
      // The second line of a list item decides whether the item hangs.
      const itemHangs =
        current.lines.length === 1 ? hangingIndent(previous, line, margins.previous, lineStart(undefined, previous, body)) : undefined;
      if (itemHangs) hanging = itemHangs;
      if (itemHangs || paragraphBreak(previous, line, margins, start, hanging) === undefined) {
        current.lines.push(line);
        return;
      }
    }
    blocks.push({ kind: 'paragraph', lines: [line] });
    hanging = undefined;
  });
  return blocks;
}

/**
 * A line of one cell inside a table: the wrapped rest of a cell (地区生产总值增 / 长). It starts where a
 * column of the table starts, is set in the table's size, and is short or followed by more rows.
 */
export function isCellContinuation(line: PdfLine, table: Block, next?: PdfLine): boolean {
  if (line.cells.length !== 1) return false;
  const rows = table.lines.filter((row) => row.cells.length >= 2);
  const columns = tableColumns(rows);
  if (!columns || Math.abs(line.size - columns.size) > columns.size * 0.15) return false;
  // Cells may be centred: the rest of a cell lies within its column, between the column's start and the next's.
  const inColumn = columns.starts.some((start, index) => {
    const end = columns.starts[index + 1] ?? columns.end;
    return line.x >= start - 0.6 * line.size && line.end <= end + 0.6 * line.size;
  });
  const short = line.end - line.x < (columns.end - (columns.starts[0] ?? 0)) / 2;
  return inColumn && (short || (next?.cells.length ?? 0) >= 2);
}

/**
 * The columns of a table: where each starts (the leftmost start of that column over the rows with the most
 * cells; a centred header starts further right than the cells under it), where the table ends, its text size.
 */
export function tableColumns(rows: readonly PdfLine[]): { starts: number[]; end: number; size: number } | undefined {
  const most = Math.max(0, ...rows.map((row) => row.cells.length));
  const full = rows.filter((row) => row.cells.length === most);
  const first = full[0];
  if (!first || most < 2) return undefined;
  const starts = first.cells.map((_, column) => Math.min(...full.map((row) => row.cells[column]?.[0]?.x ?? Infinity)));
  return { starts, end: Math.max(...full.map((row) => row.end)), size: first.size };
}

function lineStart(previous: PdfLine | undefined, line: PdfLine, body: string): LineStart {
  const text = lineText(line);
  const segments = line.cells.flat();
  const opensInAnotherFace = previous !== undefined && startsEmphasised(segments, body) && !endsEmphasised(previous.cells.flat(), body);
  const opens = OPENING_NUMBER.test(text) || opensInAnotherFace;
  return {
    opensAfterSentence: previous !== undefined && opens && endsSentence(lineText(previous)),
    listNumber: LIST_NUMBER.test(text),
    firstWordWidth: firstWordWidth(segments),
  };
}

function startsEmphasised(segments: PdfSegment[], body: string): boolean {
  const emphasis = emphasisOf(segments, body);
  const first = segments.findIndex((segment) => segment.shift === 'base' && hasCjk(segment.text));
  return first !== -1 && (emphasis[first] ?? false);
}

function endsEmphasised(segments: PdfSegment[], body: string): boolean {
  const emphasis = emphasisOf(segments, body);
  const last = segments.findLastIndex((segment) => segment.shift === 'base' && hasCjk(segment.text));
  return last !== -1 && (emphasis[last] ?? false);
}

/** The width a line's first word takes: a run of Latin letters or digits, else its first character. */
function firstWordWidth(segments: PdfSegment[]): number {
  const first = segments.find((segment) => segment.text.trim() !== '');
  if (!first) return 0;
  const text = first.text.trimStart();
  const length = [...text].length || 1;
  const word = FIRST_WORD.exec(text)?.[0] ?? [...text][0] ?? '';
  return ((first.end - first.x) * [...word].length) / length;
}
