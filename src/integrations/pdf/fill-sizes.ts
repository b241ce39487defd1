/**
 * Fill the PDF size placeholders of the built pages with the real file sizes, once
 * the PDFs exist. PdfLinks.astro renders
 * `<span data-pdf-size="<id>" data-pdf-size-template="(PDF, {{size}})">PDF</span>`;
 * each page that has one is parsed as HTML (rehype-parse, with the source position
 * of every tag) and only the placeholders' text is replaced, so every other byte
 * stays as Astro wrote it. Idempotent: running it again after regenerating the
 * PDFs rewrites the sizes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { selectAll } from 'hast-util-select';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { interpolate } from '../../i18n/interpolate.ts';
import { escapeHtml } from '../../lib/escape-html.ts';
import { SIZE_ATTRIBUTE } from './editions.ts';

/** "850 KB", "1.2 MB": one decimal below 10 MB, as file managers show sizes. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

// verbose: every element also gets the positions of its start and end tags.
const parser = unified().use(rehypeParse, { verbose: true });

interface Edit {
  start: number;
  end: number;
  text: string;
}

export interface FilledPage {
  /** The page with every placeholder whose edition has a size filled in. */
  html: string;
  /** How many placeholders the page has. */
  placeholders: number;
}

/** Fill the placeholders of one page; `name` names the page in errors. */
export function fillSizePlaceholders(html: string, sizes: Pick<ReadonlyMap<string, number>, 'get'>, name = 'page'): FilledPage {
  const placeholders = selectAll(`[${SIZE_ATTRIBUTE}]`, parser.parse(html));
  const edits: Edit[] = [];
  for (const placeholder of placeholders) {
    const { dataPdfSize: id, dataPdfSizeTemplate: template } = placeholder.properties;
    const bytes = typeof id === 'string' ? sizes.get(id) : undefined;
    if (bytes === undefined || typeof template !== 'string') continue;
    const start = placeholder.data?.position.opening?.end.offset;
    const end = placeholder.data?.position.closing?.start.offset;
    if (start === undefined || end === undefined) throw new Error(`${name}: the PDF size placeholder for ${String(id)} is not closed`);
    edits.push({ start, end, text: escapeHtml(interpolate(template, { size: formatFileSize(bytes) })) });
  }
  // From the end backwards, so the earlier offsets stay valid.
  const filled = edits
    .sort((a, b) => b.start - a.start)
    .reduce((result, edit) => result.slice(0, edit.start) + edit.text + result.slice(edit.end), html);
  return { html: filled, placeholders: placeholders.length };
}

/**
 * The page with every placeholder set to one fixed size, whatever it held: the same text before
 * and after the sizes are filled in, for the PDF cache's keys (pdf-inputs-fs.ts).
 */
export function withPlaceholderSizes(html: string): string {
  return html.includes(SIZE_ATTRIBUTE) ? fillSizePlaceholders(html, { get: () => 0 }).html : html;
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Fill the sizes into every built page that links a PDF; returns the number of such pages. */
export async function fillPdfSizes(dir: string, sizes: ReadonlyMap<string, number>): Promise<number> {
  let pages = 0;
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    // Most pages link no PDF: only those that mention the attribute are parsed.
    if (!html.includes(SIZE_ATTRIBUTE)) continue;
    const filled = fillSizePlaceholders(html, sizes, file);
    if (filled.placeholders > 0) pages++;
    if (filled.html !== html) await writeFile(file, filled.html);
  }
  return pages;
}
