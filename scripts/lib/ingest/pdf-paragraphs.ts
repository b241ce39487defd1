/**
 * Paragraphs of a PDF extract: blank lines separate blocks; the lines of a
 * block are one paragraph wrapped (joined without inserting anything between
 * Han characters or digits); a block that ends mid-sentence continues in the
 * next (a page break). A numbered line the converter did not mark as a heading
 * is promoted by its numbering.
 */
import { markdownToPlainText } from '../../../src/markdown/plain-text.ts';
import { looksLikeUnmarkedHeading } from './outline.ts';
import { endsSentence, joinPageBreaks, joinPieces, opensParagraph, type TextPiece } from './page-breaks.ts';
import type { Repair } from './repairs.ts';
import type { SourceLine } from './source-line.ts';

/** Wrapped lines needed before the width of a full line can be told. */
const MIN_WRAPPED_LINES = 5;
/** A line this much shorter than a full line ended where its author ended it. */
const SHORT_LINE = 0.8;

/** The characters a line shows: markup and glossary markers (set small in the original) left out. */
function visibleLength(line: SourceLine): number {
  return [...markdownToPlainText(line.markdown)].length;
}

/** The width of a full line: the 90th percentile of the lines that run on into the next. */
function fullLineWidth(lines: SourceLine[]): number | undefined {
  const runOn = lines.filter(
    (line, index) => lines[index + 1] && !lines[index + 1]?.blankBefore && line.hashes === 0 && !line.table && !endsSentence(line.markdown),
  );
  if (runOn.length < MIN_WRAPPED_LINES) return undefined;
  const widths = runOn.map(visibleLength).sort((a, b) => a - b);
  return widths[Math.floor(widths.length * 0.9)];
}

/**
 * In a hard-wrapped extract, an indented line opens a paragraph, and a line that falls well short of a full line ends
 * its paragraph (the last line of a paragraph, a byline, a heading), even
 * without a blank line after it: it is never run into the next line.
 */
function endsParagraph(line: SourceLine, next: SourceLine, width: number | undefined): boolean {
  if (width === undefined) return false;
  if (visibleLength(line) < width * SHORT_LINE) return true;
  // A sentence end followed by a numbered heading or a bold or numbered lead.
  return endsSentence(line.markdown) && (looksLikeUnmarkedHeading(next.markdown) || opensParagraph(next.markdown));
}

export function pdfLinesToPieces(lines: SourceLine[], repairs: Repair[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  const width = fullLineWidth(lines);
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const first = block[0] as SourceLine;
    const pageBreak = first.pageBreakBefore ? { pageBreakBefore: true } : {};
    if (block.length > 1)
      repairs.push({ kind: 'line-wrap-joined', line: first.line, detail: `${block.length} lines of one paragraph joined` });
    const markdown = block.map((line) => line.markdown).reduce((joined, next) => joinPieces(joined, next));
    if (looksLikeUnmarkedHeading(markdown)) {
      repairs.push({ kind: 'heading-promoted', line: first.line, detail: `numbered line without # read as a heading: ${markdown}` });
      pieces.push({ markdown: `## ${markdown}`, line: first.line, isHeading: true });
    } else pieces.push({ markdown, line: first.line, isHeading: false, ...pageBreak });
    block = [];
  };
  for (const line of lines) {
    if (line.hashes > 0 || line.table) {
      flush();
      if (line.table) pieces.push({ markdown: line.markdown, line: line.line, isHeading: false, table: true });
      else pieces.push({ markdown: `${'#'.repeat(line.hashes)} ${line.markdown}`, line: line.line, isHeading: true });
      continue;
    }
    const previous = block.at(-1);
    const ended = !line.blankBefore && previous !== undefined && endsParagraph(previous, line, width);
    if (ended)
      repairs.push({
        kind: 'paragraph-line-end',
        line: line.line,
        detail: `new paragraph: the line before is short, so its paragraph ended there: “${previous.markdown.slice(-12)}”`,
      });
    if (!line.blankBefore && previous && !ended && !line.indented && endsSentence(previous.markdown))
      repairs.push({
        kind: 'wrap-after-sentence-end',
        line: line.line,
        detail: `a full line ending a sentence was run on into the next (no indent, no short line to end the paragraph): “${previous.markdown.slice(-12)}⟪line end⟫${line.markdown.slice(0, 12)}”`,
      });
    if (line.blankBefore || ended || line.indented) flush();
    block.push(line);
  }
  flush();
  return joinPageBreaks(pieces, repairs);
}
