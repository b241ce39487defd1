/**
 * Plain text and Markdown sources (`.txt`, `.md`) → source lines. Inline HTML a
 * source may carry (`<sup>[1]</sup>`, or a pasted `<img onerror=…>`) is parsed
 * with an HTML parser, block by block, and reduced to the report's own markup
 * (see inline-markup.ts). A form feed (page break from pdftotext) counts as a
 * blank line.
 */
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { SourceLine } from '../source-line.ts';
import type { RootContent } from 'hast';
import { tableToMarkdown } from './html-table.ts';
import {
  LINE_BREAK,
  escapeAngle,
  lineOf,
  mergeAdjacentBold,
  phrasingToMarkdown,
  withoutLineMarks,
  type MarkupFinding,
} from './inline-markup.ts';

const fragmentParser = unified().use(rehypeParse, { fragment: true });
const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)[ \t]*#*[ \t]*$/;

export interface TextLines {
  lines: SourceLine[];
  findings: MarkupFinding[];
}

export function readTextLines(text: string): TextLines {
  const findings: MarkupFinding[] = [];
  const physical = text.replace(/\f/g, '\n\n').split('\n');
  // Form feeds add lines; keep source line numbers by mapping from the original.
  const lineNumbers = text.split('\n').flatMap((line, index) => {
    const extra = (line.match(/\f/g) ?? []).length * 2;
    return Array.from({ length: extra + 1 }, () => index + 1);
  });
  const lines: SourceLine[] = [];
  let blankBefore = true;
  let index = 0;
  while (index < physical.length) {
    if ((physical[index] ?? '').trim() === '') {
      blankBefore = true;
      index++;
      continue;
    }
    // One block: consecutive non-blank lines, sanitised together so an element
    // spanning lines (a <script> block) is seen whole.
    const start = index;
    while (index < physical.length && (physical[index] ?? '').trim() !== '') index++;
    const blockLines = sanitiseBlock(physical.slice(start, index), lineNumbers[start] ?? start + 1, findings);
    let tableRows: { line: number; text: string }[] = [];
    const flushTable = () => {
      if (tableRows.length === 0) return;
      lines.push({
        line: tableRows[0]?.line ?? 0,
        markdown: tableRows.map((row) => row.text).join('\n'),
        hashes: 0,
        blankBefore: true,
        table: true,
      });
      tableRows = [];
    };
    blockLines.forEach((raw, offset) => {
      const line = lineNumbers[start + offset] ?? start + offset + 1;
      const trimmed = raw.trim();
      if (trimmed === '') return;
      if (trimmed.startsWith('|')) {
        tableRows.push({ line, text: trimmed });
        return;
      }
      // Rows pasted from a spreadsheet or a PDF table: cells separated by tabs.
      if (raw.includes('\t') && isTabRow(raw, blockLines, offset)) {
        const cells = raw.split('\t').map((cell) => cell.trim().replace(/\|/g, '\\|'));
        tableRows.push({ line, text: `| ${cells.join(' | ')} |` });
        if (tableRows.length === 1) tableRows.push({ line, text: `|${' --- |'.repeat(cells.length)}` });
        return;
      }
      flushTable();
      // A Markdown footnote definition (marker-pdf writes notes so): a glossary entry.
      const footnote = FOOTNOTE_DEFINITION.exec(trimmed);
      if (footnote?.[1]) {
        lines.push({ line, markdown: footnote[2] ?? '', hashes: 0, blankBefore: true, note: Number(footnote[1]) });
        return;
      }
      const text = unwrapConverterMarkup(trimmed, line, findings);
      const heading = ATX_HEADING.exec(text);
      lines.push({
        line,
        markdown: heading ? (heading[2] ?? '') : text,
        hashes: heading?.[1]?.length ?? 0,
        blankBefore: offset === 0 ? blankBefore : false,
        ...(/^(?: {2,}|\t|\u3000)/.test(raw) ? { indented: true } : {}),
      });
    });
    flushTable();
    blankBefore = false;
  }
  return { lines, findings };
}

/**
 * The block's lines with disallowed markup removed; same number of lines unless
 * markup spanned lines. A raw <table> (as PDF converters such as MinerU write
 * them) becomes a pipe table; Markdown images (![](images/…)) are removed.
 */
function sanitiseBlock(block: string[], firstLine: number, findings: MarkupFinding[]): string[] {
  const withoutImages = block.map((line, offset) =>
    line.replace(MARKDOWN_IMAGE, (image) => {
      findings.push({ line: firstLine + offset, action: 'removed', what: `image ${image.slice(0, 60)}` });
      return '';
    }),
  );
  const joined = withoutImages.join('\n');
  if (!joined.includes('<') && !joined.includes('&')) return withoutImages;
  const tree = fragmentParser.parse(joined);
  let markdown = '';
  let phrasing: RootContent[] = [];
  const flush = () => {
    markdown += mergeAdjacentBold(phrasingToMarkdown(phrasing, findings, firstLine, firstLine));
    phrasing = [];
  };
  for (const child of tree.children) {
    if (child.type === 'element' && child.tagName === 'table') {
      flush();
      markdown += `${LINE_BREAK}${tableToMarkdown(child, lineOf(child, firstLine, firstLine), findings)}${LINE_BREAK}`;
    } else phrasing.push(child);
  }
  flush();
  const kept = withoutLineMarks(markdown).replaceAll(LINE_BREAK, '\n').split('\n');
  // Removed multi-line elements shorten the block; pad so line numbers stay right.
  while (kept.length < block.length) kept.push('');
  return kept.map((line) => escapeAngle(line));
}

/** A line of tab-separated cells standing among other such lines (two or more rows). */
function isTabRow(raw: string, block: string[], offset: number): boolean {
  // "1.<TAB>text" is a list number a word processor wrote with a tab, not a cell.
  if (/^\s*(?:\d{1,3}[.．、)）]|[（(]\d{1,3}[)）])\t/.test(raw)) return false;
  const cells = raw.split('\t').filter((cell) => cell.trim() !== '').length;
  const neighbour = (line: string | undefined) =>
    line !== undefined &&
    line.includes('\t') &&
    !/^\s*(?:\d{1,3}[.．、)）]|[（(]\d{1,3}[)）])\t/.test(line) &&
    line.split('\t').filter((c) => c.trim() !== '').length >= 2;
  return cells >= 2 && (neighbour(block[offset - 1]) || neighbour(block[offset + 1]));
}

const FOOTNOTE_DEFINITION = /^\[\^(\d{1,3})\]:\s*(.*)$/;
/** pandoc's attribute spans: [5G+工业互联网]{.underline}. */
const ATTRIBUTE_SPAN = /\[([^\]\n]+)\]\{[.#][^}\n]*\}/g;

/**
 * Markup converters add that is not the report's: pandoc's attribute spans
 * (unwrapped, text kept) and its hard line break, a backslash at the line's end.
 */
function unwrapConverterMarkup(text: string, line: number, findings: MarkupFinding[]): string {
  const unwrapped = text.replace(ATTRIBUTE_SPAN, (span: string, inner: string) => {
    findings.push({ line, action: 'unwrapped', what: `converter span ${span.slice(inner.length + 2)}` });
    return inner;
  });
  return /[^\\]\\$/.test(unwrapped) ? unwrapped.slice(0, -1) : unwrapped;
}

/** A Markdown image: a converter's picture of a chart or seal, never report text. */
const MARKDOWN_IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
