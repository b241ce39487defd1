/**
 * Fill the PDF size placeholders of the built pages (PdfLinks.astro renders
 * `<span data-pdf-size="<id>" data-pdf-size-template="(PDF, {size})">PDF</span>`)
 * with the real file sizes, once the PDFs exist. Idempotent: running it again
 * after regenerating the PDFs rewrites the sizes.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SIZE_ATTRIBUTE, SIZE_TEMPLATE_ATTRIBUTE } from './editions.ts';

/** "850 KB", "1.2 MB": one decimal below 10 MB, as file managers show sizes. */
export function formatFileSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024))} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${megabytes < 10 ? megabytes.toFixed(1) : Math.round(megabytes)} MB`;
}

// An element with the size attribute (attributes in any order) and its text content.
const PLACEHOLDER = new RegExp(`(<[a-z]+\\b[^>]*\\b${SIZE_ATTRIBUTE}="([^"]+)"[^>]*>)[^<]*(</)`, 'g');
const TEMPLATE = new RegExp(`\\b${SIZE_TEMPLATE_ATTRIBUTE}="([^"]*)"`);

/** The HTML with every placeholder whose edition has a size filled in. */
export function fillSizePlaceholders(html: string, sizes: ReadonlyMap<string, number>): string {
  return html.replace(PLACEHOLDER, (whole, openTag: string, id: string, closing: string) => {
    const bytes = sizes.get(id);
    const template = TEMPLATE.exec(openTag)?.[1];
    if (bytes === undefined || template === undefined) return whole;
    // The template is attribute text, already HTML-escaped, so it is valid element text as is.
    return `${openTag}${template.replace('{size}', formatFileSize(bytes))}${closing}`;
  });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

/** Fill the sizes into every built page that links a PDF; returns the number of such pages. */
export async function patchSizePlaceholders(dir: string, sizes: ReadonlyMap<string, number>): Promise<number> {
  let pages = 0;
  for (const file of await htmlFiles(dir)) {
    const html = await readFile(file, 'utf8');
    if (!html.includes(`${SIZE_ATTRIBUTE}=`)) continue;
    pages++;
    const patched = fillSizePlaceholders(html, sizes);
    if (patched !== html) await writeFile(file, patched);
  }
  return pages;
}
