/**
 * Paragraphs of a PDF extract: blank lines separate blocks; the lines of a
 * block are one paragraph wrapped (joined without inserting anything between
 * Han characters or digits); a block that ends mid-sentence continues in the
 * next (a page break). A numbered line the converter did not mark as a heading
 * is promoted by its numbering.
 */
import { looksLikeUnmarkedHeading } from './outline.ts';
import { joinPageBreaks, joinPieces, type TextPiece } from './page-breaks.ts';
import type { Repair } from './repairs.ts';
import type { SourceLine } from './source-line.ts';

export function pdfLinesToPieces(lines: SourceLine[], repairs: Repair[]): TextPiece[] {
  const pieces: TextPiece[] = [];
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const first = block[0] as SourceLine;
    if (block.length > 1)
      repairs.push({ kind: 'line-wrap-joined', line: first.line, detail: `${block.length} lines of one paragraph joined` });
    const markdown = block.map((line) => line.markdown).reduce((joined, next) => joinPieces(joined, next));
    if (looksLikeUnmarkedHeading(markdown)) {
      repairs.push({ kind: 'heading-promoted', line: first.line, detail: `numbered line without # read as a heading: ${markdown}` });
      pieces.push({ markdown: `## ${markdown}`, line: first.line, isHeading: true });
    } else pieces.push({ markdown, line: first.line, isHeading: false });
    block = [];
  };
  for (const line of lines) {
    if (line.hashes > 0 || line.table) {
      flush();
      if (line.table) pieces.push({ markdown: line.markdown, line: line.line, isHeading: false, table: true });
      else pieces.push({ markdown: `${'#'.repeat(line.hashes)} ${line.markdown}`, line: line.line, isHeading: true });
      continue;
    }
    if (line.blankBefore) flush();
    block.push(line);
  }
  flush();
  return joinPageBreaks(pieces, repairs);
}
