/**
 * Reading a built PDF back as a reader's tools do (poppler's pdftotext, pdfinfo,
 * pdffonts; pdf-lib for metadata and bookmarks), and the text a report's PDF
 * must hold, taken from the report's own files.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { readReport } from '../src/content/report-files-fs.ts';
import { markdownToPlainText } from '../src/markdown/plain-text.ts';

export function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

export async function loadPdf(file: string): Promise<PDFDocument> {
  return PDFDocument.load(readFileSync(file), { updateMetadata: false });
}

export function languageOf(document: PDFDocument): string | undefined {
  const lang = document.catalog.lookup(PDFName.of('Lang'));
  return lang instanceof PDFString ? lang.decodeText() : undefined;
}

/**
 * The PDF's text in the order it was printed (-raw: content-stream order; the
 * layout analysis of plain pdftotext pulls Chinese quoted in English text out of
 * its line, because it guesses the size of Type 3 glyphs from their width).
 */
export const pdfText = (file: string, options: string[] = []) => run('pdftotext', ['-raw', '-enc', 'UTF-8', ...options, file, '-']);

/**
 * Compare text as a reader searches it: line ends ignored, quotes unified, and
 * hyphens dropped (pdftotext joins a hyphenated line end without its hyphen).
 */
export const normalise = (text: string) =>
  text
    .replace(/[“”"]/g, '"')
    .replace(/[‘’']/g, "'")
    .replace(/[\s\u00ad-]+/g, '');

/**
 * Extracted text without what interrupts a paragraph at a page break: the
 * running head, the page number ("2 / 13"), the paragraph numbers in the margin
 * ("1.4") and the glossary markers ("[1]").
 */
export function bodyText(raw: string, runningHead: string): string {
  const squeezed = runningHead.replace(/\s+/g, '');
  return raw
    .split('\n')
    .filter((line) => {
      const text = line.replace(/\s+/g, '');
      return !/^\d+\/\d+$/.test(text) && !/^\d+(\.\d+)*$/.test(text) && !(text.length > 1 && squeezed.includes(text));
    })
    .join('\n')
    .replace(/\[\d+\]/g, '');
}

export interface ExpectedText {
  id: string;
  text: string;
}

/** The expected texts not found in order (each after the previous one), as "id: start of text". */
export function missingInOrder(text: string, expected: readonly ExpectedText[]): string[] {
  const haystack = normalise(text);
  const missing: string[] = [];
  let from = 0;
  for (const { id, text: wanted } of expected) {
    const needle = normalise(wanted);
    const at = haystack.indexOf(needle, from);
    if (at < 0) missing.push(`${id}: ${wanted.slice(0, 50)}…`);
    else from = at + needle.length;
  }
  return missing;
}

/**
 * The two columns of a side-by-side PDF, each read on its own (a paragraph pair
 * split by a page break would otherwise interleave): each column is cropped out
 * (-x/-W). The right column starts where most lines right of the page's middle start.
 */
export function columnTexts(file: string): { left: string; right: string } {
  const bbox = run('pdftotext', ['-bbox-layout', file, '-']);
  const width = Number(/<page width="([\d.]+)"/.exec(bbox)?.[1]);
  const starts = [...bbox.matchAll(/<line xMin="([\d.]+)"/g)].map((match) => Math.round(Number(match[1]))).filter((x) => x > width / 2);
  const rightStart = [...Map.groupBy(starts, (x) => x)].sort((a, b) => b[1].length - a[1].length)[0]?.[0] ?? width / 2;
  // pdftotext takes whole points; the columns are about 17 pt apart, so 2 pt either way is safe.
  const crop = (x: number, w: number) => pdfText(file, ['-x', String(Math.round(x)), '-y', '0', '-W', String(Math.round(w)), '-H', '2000']);
  return { left: crop(0, rightStart - 2), right: crop(rightStart - 2, width) };
}

/** The text of each page, without spaces and line ends. */
export function pageTexts(file: string, pages: number): string[] {
  return Array.from({ length: pages }, (_, index) => pdfText(file, ['-f', String(index + 1), '-l', String(index + 1)]).replace(/\s+/g, ''));
}

/** Rows of `pdffonts` for fonts that are not embedded, or have no ToUnicode map (text that cannot be selected or searched). */
export function unembeddedFonts(file: string): string[] {
  const rows = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  if (rows.length === 0) return ['no fonts at all'];
  return rows.filter((row) => !/\byes\s+(yes|no)\s+yes\s+\d+\s+\d+\s*$/.test(row));
}

/** A text as a reader reads it; with `markers`, each glossary marker stays as printed in a PDF, `[n]`. */
const plain = (markdown: string, options: { markers?: boolean } = {}) =>
  markdownToPlainText(options.markers ? markdown.replace(/<sup>(\[\d+\])<\/sup>/g, '$1') : markdown);

/** What a report's PDFs must say, read from its files (zh.mdx, en.json, glossary.json) in a content folder. */
export interface ReportText {
  /** Every paragraph, in order. */
  zh: ExpectedText[];
  /** Every translated paragraph, in order (a pending one prints in Chinese, with a label). */
  en: ExpectedText[];
  zhNotes: ExpectedText[];
  enNotes: ExpectedText[];
  /** Headings in order with their depth (2 = part, 3 = section) and English when translated. */
  headings: { id: string; depth: number; zh: string; en?: string }[];
  /** The first glossary marker in each language as printed, with a few characters before it: `“惠商保”[1]`. */
  zhMarker: string | undefined;
  enMarker: string | undefined;
}

export function reportText(contentDir: string, reportId: string): ReportText {
  const files = readReport(contentDir, reportId);
  const { blocks, glossary } = files;
  const translation = files.translation?.file;
  const english = new Map((translation?.blocks ?? []).filter((block) => block.en.trim() !== '').map((block) => [block.id, block.en]));
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const marker = (markdown: string | undefined) => {
    if (!markdown) return undefined;
    const text = plain(markdown, { markers: true }).replace(/\s+/g, '');
    const at = /\[\d+\]/.exec(text);
    return at ? text.slice(Math.max(0, at.index - 6), at.index + at[0].length) : undefined;
  };
  const firstMarked = paragraphs.find((block) => /<sup>\[\d+\]<\/sup>/.test(block.markdown));
  return {
    zh: paragraphs.map((block) => ({ id: block.id, text: plain(block.markdown) })),
    en: paragraphs.flatMap((block) => {
      const text = english.get(block.id);
      return text ? [{ id: block.id, text: plain(text) }] : [];
    }),
    zhNotes: glossary.map((entry) => ({ id: entry.key, text: plain(entry.definition) })),
    enNotes: (translation?.glossary ?? []).map((entry) => ({ id: entry.key, text: plain(entry.definition) })),
    headings: blocks
      .filter((block) => block.kind === 'heading')
      .map((block) => {
        const en = english.get(block.id);
        return { id: block.id, depth: block.depth, zh: plain(block.markdown), ...(en ? { en: plain(en) } : {}) };
      }),
    zhMarker: marker(firstMarked?.markdown),
    enMarker: marker(firstMarked && english.get(firstMarked.id)),
  };
}
