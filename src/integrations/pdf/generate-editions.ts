/**
 * Make every PDF edition of a built site: serve the site under its base, print
 * each edition's page with Chromium, set its metadata and bookmark titles,
 * write <dir>/pdf/<id>.pdf, then fill the sizes into the pages that link them.
 * Shared by the build (src/integrations/pdf/index.ts) and `npm run pdf`.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { launchChromium } from '../shared/chromium.ts';
import { startStaticServer } from '../shared/static-server.ts';
import { PDF_DIR, type PdfEditionManifest } from './editions.ts';
import { findReportManifests } from './find-editions.ts';
import { retitleOutline } from './outline.ts';
import { patchSizePlaceholders } from './patch-sizes.ts';
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
  /** Called as each PDF is written, for progress lines. */
  onPdf?: (pdf: GeneratedPdf) => void;
}

export interface GenerateResult {
  pdfs: GeneratedPdf[];
  /** Built pages that link the PDFs (their sizes now filled in). */
  patchedPages: number;
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

export async function generatePdfEditions({ dir, base, onPdf }: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const editions = findReportManifests(dir).flatMap((manifest) => manifest.editions);
  const pdfs: GeneratedPdf[] = [];
  if (editions.length === 0) return { pdfs, patchedPages: 0, durationMs: performance.now() - started };
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
  const patchedPages = await patchSizePlaceholders(dir, new Map(pdfs.map((pdf) => [pdf.edition.id, pdf.bytes])));
  return { pdfs, patchedPages, durationMs: performance.now() - started };
}
