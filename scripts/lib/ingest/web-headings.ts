/**
 * Headings in sources that lost their heading markup (web copies, HTML pages
 * that set headings as bold paragraphs). A line is a heading by its numbering
 * and its shape, checked against the rest of the report:
 *
 * - 一、2024年工作回顾 / （一）聚焦产业转型，加快构建现代化产业体系: a numbered
 *   line without sentence punctuation inside is a heading;
 * - **（一）坚持创新驱动。**全年……: a numbered bold lead opening its paragraph stays
 *   a paragraph;
 * - （二）持续优化营商环境。深化……: a numbered phrase followed on the same line by
 *   a sentence, without bold, is split into heading and paragraph (and listed):
 *   without its bold the lead cannot be told from a heading that lost its line
 *   break, and the outline needs the section either way;
 * - 2025年工作回顾: a short line without any punctuation is a part heading when
 *   the report numbers no parts.
 */
import { readOutlineNumbering } from './outline.ts';
import { markdownToPlainText } from '../../../src/markdown/plain-text.ts';
import type { TextPiece } from './page-breaks.ts';
import type { Repair } from './repairs.ts';
import { foldScript } from './script-folding.ts';
import type { SourceLine } from './source-line.ts';

const SENTENCE_END = /[。！？；!?;]/;
const MAX_HEADING = 60;
const MAX_UNNUMBERED_HEADING = 24;

type Shape = 'heading' | 'bold-lead' | 'heading-and-sentence' | 'unnumbered' | 'paragraph';

function plain(markdown: string): string {
  return markdownToPlainText(markdown).trim();
}

function shapeOf(line: SourceLine): { shape: Shape; kind?: 'part' | 'section' } {
  if (line.table) return { shape: 'paragraph' };
  const text = plain(line.markdown);
  const numbering = readOutlineNumbering(foldScript(text));
  if (numbering) {
    const inner = text.slice(0, -1);
    if ([...text].length <= MAX_HEADING && !SENTENCE_END.test(inner)) return { shape: 'heading', kind: numbering.kind };
    const wholeBold = /^\*\*[^*]+\*\*$/.test(line.markdown);
    if (wholeBold && [...text].length <= MAX_HEADING) return { shape: 'heading', kind: numbering.kind };
    if (line.markdown.startsWith('**')) return { shape: 'bold-lead', kind: numbering.kind };
    const lead = leadOf(text);
    return lead && [...lead].length <= MAX_HEADING ? { shape: 'heading-and-sentence', kind: numbering.kind } : { shape: 'paragraph' };
  }
  if (line.hashes > 0) return { shape: 'heading' };
  // Quotation marks and book-title marks may stand in a heading (“十五五”时期主要目标); sentence punctuation not.
  const unpunctuated = !/[。，、；：！？,.;:!?（）()]/.test(text);
  if (
    unpunctuated &&
    [...text].length <= MAX_UNNUMBERED_HEADING &&
    /[\u3400-\u9fff]/.test(text) &&
    !/^\d+\s*[.．、)）]/.test(text) &&
    !/^各位代表/.test(foldScript(text))
  )
    return { shape: 'unnumbered' };
  return { shape: 'paragraph' };
}

/** The numbered phrase up to and including its first sentence end. */
function leadOf(text: string): string | undefined {
  const end = text.search(SENTENCE_END);
  return end > 0 && end < text.length - 1 ? text.slice(0, end + 1) : undefined;
}

/** Body lines of a web copy or HTML page → pieces, with headings marked and splits made. */
export function webLinesToPieces(lines: SourceLine[], repairs: Repair[]): TextPiece[] {
  const shapes = lines.map(shapeOf);
  const numberedParts = shapes.some((s) => s.kind === 'part' && (s.shape === 'heading' || s.shape === 'heading-and-sentence'));
  const pieces: TextPiece[] = [];
  lines.forEach((line, index) => {
    const { shape } = shapes[index] ?? { shape: 'paragraph' };
    const hashes = line.hashes > 0 ? `${'#'.repeat(line.hashes)} ` : '';
    if (shape === 'heading') {
      pieces.push({ markdown: `${hashes}${line.markdown}`, line: line.line, isHeading: true });
    } else if (shape === 'heading-and-sentence') {
      const split = splitLead(line.markdown);
      if (split) {
        repairs.push({
          kind: 'heading-split',
          line: line.line,
          detail: `heading “${plain(split.heading)}” split from the sentence that follows it on the same line`,
        });
        pieces.push(
          { markdown: split.heading, line: line.line, isHeading: true },
          { markdown: split.rest, line: line.line, isHeading: false },
        );
      } else pieces.push({ markdown: line.markdown, line: line.line, isHeading: false });
    } else if (shape === 'unnumbered' && !numberedParts) {
      pieces.push({ markdown: `${hashes}${line.markdown}`, line: line.line, isHeading: true });
    } else {
      // A short unpunctuated line (结束语) in a report that numbers its parts: kept as text, flagged.
      if (shape === 'unnumbered')
        repairs.push({
          kind: 'heading-like-kept',
          line: line.line,
          detail: `“${plain(line.markdown)}” looks like a heading but has no numbering; kept as a paragraph`,
        });
      pieces.push({ markdown: line.markdown, line: line.line, isHeading: false, ...(line.table ? { table: true } : {}) });
    }
  });
  return pieces;
}

/** Split the Markdown after the first sentence end outside markup. */
function splitLead(markdown: string): { heading: string; rest: string } | undefined {
  const end = markdown.search(SENTENCE_END);
  if (end <= 0) return undefined;
  let cut = end + 1;
  // Keep a closing quote or a marker that belongs to the heading.
  const trailing = /^(?:[”’」』）)]|<sup>\[\d+\]<\/sup>)*/.exec(markdown.slice(cut));
  cut += trailing?.[0].length ?? 0;
  const heading = markdown.slice(0, cut).trim();
  const rest = markdown.slice(cut).trim();
  return rest ? { heading, rest } : undefined;
}
