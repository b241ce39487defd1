/**
 * The cache key of a PDF edition (render-cache-fs.ts): a hash of everything that decides
 * its bytes. Node APIs; the PDF step only.
 *
 * - the edition as described (page, file, title, author, subject, keywords, language,
 *   date): its metadata, running head and bookmarks;
 * - the printed page's HTML as the build wrote it, with the PDF size placeholders set to
 *   one fixed size (they are filled in after printing, and `npm run pdf` meets them filled);
 * - every file of the built site that a page can load and that the site does not derive
 *   from the pages (all but the pages, pdf/, og/, pagefind/ and the sitemaps): stylesheets
 *   with print.css, scripts, fonts, KaTeX, images. More than one page loads, so a change
 *   to any of them remakes every PDF: never a stale one;
 * - the renderer: Chromium's version and flags, the installed fonts, the source of the
 *   PDF step's own modules and the versions of pdf-lib and playwright-core.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { hashParts } from '../../lib/hash-parts.ts';
import { packageVersion, rendererFingerprint, sourceFingerprint } from '../shared/render-inputs-fs.ts';
import type { PdfEditionManifest } from './editions.ts';
import { withPlaceholderSizes } from './fill-sizes.ts';

/** Bump when the key's make-up changes. */
const KEY_VERSION = 'baogao-pdf-1';

/** Folders of the built site that later build steps derive from the pages; a printed page loads none of them. */
const DERIVED = new Set(['pdf', 'og', 'pagefind']);

const isDerived = (path: string) => DERIVED.has(path.split(sep)[0] ?? '') || /^sitemap.*\.xml$/.test(path);

/** The modules whose code decides a PDF's bytes. */
const STEP_SOURCES = [
  './render-pdf.ts',
  './outline-titles.ts',
  './finish-pdf.ts',
  './outline.ts',
  './set-metadata.ts',
  '../shared/chromium.ts',
  './pdf-inputs-fs.ts',
];

/** What every edition of one build shares: the renderer and the site's assets, hashed once. */
export async function sharedPdfInputs(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const assets = entries
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.html'))
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .filter((path) => !isDerived(path))
    .sort();
  const parts: (string | Uint8Array)[] = [
    KEY_VERSION,
    await rendererFingerprint(),
    sourceFingerprint(STEP_SOURCES.map((file) => new URL(file, import.meta.url))),
    packageVersion('pdf-lib'),
    packageVersion('playwright-core'),
  ];
  for (const path of assets) parts.push(path, await readFile(join(dir, path)));
  return hashParts(parts);
}

/** The page of an edition in the built site: its path under the base, as index.html. */
export function editionPageFile(dir: string, base: string, edition: PdfEditionManifest): string {
  const prefix = base.replace(/\/?$/, '/');
  if (!edition.page.startsWith(prefix)) throw new Error(`${edition.id}: page ${edition.page} is not under the base ${base}`);
  return join(dir, edition.page.slice(prefix.length), 'index.html');
}

/** The cache key of one edition. */
export async function pdfKey(dir: string, base: string, edition: PdfEditionManifest, shared: string): Promise<string> {
  const html = await readFile(editionPageFile(dir, base, edition), 'utf8');
  return hashParts([shared, JSON.stringify(edition), withPlaceholderSizes(html)]);
}
