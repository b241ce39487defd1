/**
 * Source lines → title block, outline of body blocks, appendices and glossary
 * entries: the one reader of the genre, whatever format the lines came from.
 * Pure: no file system. Every layout change is recorded as a Repair.
 */
import type { Diagnostics } from './diagnostics.ts';
import { escapePairedTildes } from './formats/inline-markup.ts';
import { isEndOfArticleLine, isFurnitureLine } from './furniture.ts';
import { normaliseMarkers, parseGlossaryList, type GlossaryEntry } from './glossary.ts';
import { buildOutline, headingText, type BodyBlock } from './outline.ts';
import { removePageNumbers } from './page-furniture.ts';
import { pdfLinesToPieces } from './pdf-paragraphs.ts';
import type { Repair } from './repairs.ts';
import { splitSegments } from './segments.ts';
import type { SourceKind, SourceLine } from './source-line.ts';
import { findSecondReport, plainOf, takeTitleBlock, type TitleBlock, type TitleBlockOverrides } from './title-block.ts';
import { webLinesToPieces } from './web-headings.ts';
import type { TextPiece } from './page-breaks.ts';

export interface ParsedReport {
  titleBlock: TitleBlock;
  body: BodyBlock[];
  glossary: GlossaryEntry[];
  repairs: Repair[];
  /** Lines the body and appendices were made from, markers normalised (for the fidelity check). */
  bodyLines: SourceLine[];
  /** Lines of the glossary entries (for the fidelity check). */
  glossaryLines: SourceLine[];
}

/** A line after the end-of-article furniture that still reads like report text. */
const REPORT_TEXT = (text: string) => [...text].length >= 60 && /[。；]/.test(text);

export function parseReport(
  lines: SourceLine[],
  kind: SourceKind,
  diagnostics: Diagnostics,
  overrides: TitleBlockOverrides = {},
): ParsedReport | undefined {
  const repairs: Repair[] = [];
  if (kind === 'pdf-markdown') lines = removePageNumbers(lines, repairs);
  const taken = takeTitleBlock(lines, diagnostics, overrides);
  if (!taken) return undefined;
  const furniture = [...taken.furniture];
  let rest = lines.slice(taken.bodyStart);
  while (rest[0] && isFurnitureLine(plainOf(rest[0]))) furniture.push(rest.shift() as SourceLine);
  const endAt = rest.findIndex((line) => isEndOfArticleLine(plainOf(line)));
  if (endAt !== -1) {
    const tail = rest.slice(endAt);
    const stray = tail.find((line) => REPORT_TEXT(plainOf(line)));
    if (stray)
      diagnostics.error(
        stray.line,
        `this line reads like report text but comes after the page furniture that starts on line ${tail[0]?.line}; is the furniture inside the report, or the page holding more than the report?`,
      );
    furniture.push(...tail);
    rest = rest.slice(0, endAt);
  }
  for (const line of furniture) repairs.push({ kind: 'furniture-removed', line: line.line, detail: `“${plainOf(line).slice(0, 60)}”` });
  const second = findSecondReport(rest, 0);
  if (second) {
    diagnostics.error(second.line, `a second report starts here (“${plainOf(second)}” with its own dateline); ingest one report per file`);
    return undefined;
  }

  const segments = splitSegments(rest, diagnostics);
  const glossary = parseGlossaryList(segments.glossary, diagnostics, repairs);
  const bodyLines = [...segments.body, ...segments.appendices.flatMap((appendix) => [appendix.heading, ...appendix.lines])];
  normaliseMarkers(bodyLines, glossary.length, repairs);

  const body = buildOutline(toPieces(segments.body, kind, repairs), diagnostics, repairs);
  for (const appendix of segments.appendices) {
    const heading = plainOf(appendix.heading);
    repairs.push({
      kind: 'appendix',
      line: appendix.heading.line,
      detail: `${heading}: a part of its own (${appendix.lines.length} lines)`,
    });
    if (appendix.joinedTitleLine)
      repairs.push({
        kind: 'appendix',
        line: appendix.joinedTitleLine,
        detail: `title line joined to the 附件 line above it, with a space: ${heading}`,
      });
    body.push({ kind: 'heading', depth: 2, markdown: headingText(appendix.heading.markdown).text, line: appendix.heading.line });
    for (const piece of toPieces(appendix.lines, kind, repairs))
      body.push({
        kind: piece.isHeading ? 'heading' : 'paragraph',
        depth: piece.isHeading ? 3 : 0,
        markdown: headingText(piece.markdown).text,
        line: piece.line,
      });
  }
  for (const block of body) block.markdown = escapePairedTildes(block.markdown);
  for (const entry of glossary) entry.definition = escapePairedTildes(entry.definition);
  return { titleBlock: taken.titleBlock, body, glossary, repairs, bodyLines, glossaryLines: segments.glossary };
}

function toPieces(lines: SourceLine[], kind: SourceKind, repairs: Repair[]): TextPiece[] {
  return kind === 'pdf-markdown' ? pdfLinesToPieces(lines, repairs) : webLinesToPieces(lines, repairs);
}
