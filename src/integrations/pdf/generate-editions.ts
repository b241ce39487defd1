/**
 * Make the PDF editions of a built site: serve the site under its base, print
 * each edition's page with Chromium, set its metadata and bookmark titles,
 * write <dir>/pdf/<id>.pdf, then fill the sizes into the pages that link them.
 * Shared by the build (index.ts) and `npm run pdf`, which both describe the
 * editions from the content model (site-editions.ts).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../shared/chromium.ts';
import { startStaticServer } from '../shared/static-server.ts';
import { PDF_DIR, type PdfEditionManifest } from './editions.ts';
import { fillPdfSizes } from './fill-sizes.ts';
import { retitleOutline } from './outline.ts';
import { renderPdf } from './render-pdf.ts';
import { setMetadata } from './set-metadata.ts';

export interface GeneratedPdf {
  edition: PdfEditionManifest;
  file: string;
  bytes: number;
  durationMs: number;
}

export interface GenerateOptions {
  /** The built site. */
  dir: string;
  /** The base the site was built for (`/`, `/sub/path/`); its pages' links include it. */
  base: string;
  /** The editions to make, with their pages under that base. */
  editions: readonly PdfEditionManifest[];
  /** Called as each PDF is written, for progress lines. */
  onPdf?: (pdf: GeneratedPdf) => void;
}

export interface GenerateResult {
  pdfs: GeneratedPdf[];
  /** Built pages that link the PDFs (their sizes now filled in). */
  filledPages: number;
  durationMs: number;
}

/** Chromium's PDF with our metadata and clean bookmark titles (one pdf-lib pass). */
async function finishPdf(rendered: Uint8Array, outlineTitles: readonly string[], edition: PdfEditionManifest): Promise<Uint8Array> {
  // updateMetadata: false keeps Chromium's producer and dates instead of pdf-lib's.
  const document = await PDFDocument.load(rendered, { updateMetadata: false });
  setMetadata(document, edition);
  if (outlineTitles.length === 0) throw new Error(`${edition.id}: the page has no headings, so the PDF would have no bookmarks`);
  retitleOutline(document, outlineTitles, `${edition.id}.pdf`);
  return document.save();
}

export async function generatePdfEditions({ dir, base, editions, onPdf }: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const pdfs: GeneratedPdf[] = [];
  if (editions.length === 0) return { pdfs, filledPages: 0, durationMs: performance.now() - started };
  await mkdir(join(dir, PDF_DIR), { recursive: true });
  const server = await startStaticServer(dir, { base });
  const browser = await launchChromium();
  try {
    // One at a time: printing is CPU-bound, and a parallel run was no faster on two cores.
    for (const edition of editions) {
      const editionStarted = performance.now();
      const { pdf: rendered, outlineTitles } = await renderPdf(browser, server.url, edition);
      const pdf = await finishPdf(rendered, outlineTitles, edition);
      const file = join(dir, PDF_DIR, `${edition.id}.pdf`);
      await writeFile(file, pdf);
      const generated = { edition, file, bytes: pdf.byteLength, durationMs: performance.now() - editionStarted };
      pdfs.push(generated);
      onPdf?.(generated);
    }
  } finally {
    await browser.close();
    await server.close();
  }
  const filledPages = await fillPdfSizes(dir, new Map(pdfs.map((pdf) => [pdf.edition.id, pdf.bytes])));
  return { pdfs, filledPages, durationMs: performance.now() - started };
}
