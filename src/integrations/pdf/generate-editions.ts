/**
 * Make the PDF editions of a built site: serve the site under its base, print
 * each edition's page with Chromium, set its metadata and bookmark titles,
 * write <dir>/pdf/<id>.pdf, then fill the sizes into the pages that link them.
 * Shared by the build (index.ts) and `npm run pdf`, which both describe the
 * editions from the content model (site-editions.ts).
 *
 * With a cache (render-cache-fs.ts), an edition whose inputs (pdf-inputs-fs.ts) are
 * unchanged since a build of the same inputs is copied from it, not printed; Chromium
 * and the server start only if some edition must be printed. `force` prints every
 * edition (and refreshes the cache): `npm run pdf` does.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../shared/chromium.ts';
import type { RenderCache } from '../shared/render-cache-fs.ts';
import { startStaticServer, type StaticServer } from '../shared/static-server.ts';
import { PDF_DIR, type PdfEditionManifest } from './editions.ts';
import { fillPdfSizes } from './fill-sizes.ts';
import { finishPdf } from './finish-pdf.ts';
import { pdfKey, sharedPdfInputs } from './pdf-inputs-fs.ts';
import { renderPdf } from './render-pdf.ts';

export interface GeneratedPdf {
  edition: PdfEditionManifest;
  file: string;
  bytes: number;
  durationMs: number;
  /** Copied from the cache rather than printed. */
  cached: boolean;
}

export interface GenerateOptions {
  /** The built site. */
  dir: string;
  /** The base the site was built for (`/`, `/sub/path/`); its pages' links include it. */
  base: string;
  /** The editions to make, with their pages under that base. */
  editions: readonly PdfEditionManifest[];
  /** Where printed PDFs are kept between builds; without one, every edition is printed. */
  cache?: RenderCache;
  /** Print every edition even if the cache has it (the fresh PDFs still go into the cache). */
  force?: boolean;
  /** Called as each PDF is written, for progress lines. */
  onPdf?: (pdf: GeneratedPdf) => void;
}

export interface GenerateResult {
  pdfs: GeneratedPdf[];
  /** How many were printed with Chromium (the others came from the cache). */
  printed: number;
  /** Cache entries no built site uses any more, deleted. */
  pruned: number;
  /** Built pages that link the PDFs (their sizes now filled in). */
  filledPages: number;
  durationMs: number;
}

/** Chromium and the static server, started the first time an edition must be printed. */
function lazyPrinter(dir: string, base: string) {
  let started: Promise<{ browser: Browser; server: StaticServer }> | undefined;
  return {
    get: () =>
      (started ??= (async () => {
        const server = await startStaticServer(dir, { base });
        return { server, browser: await launchChromium() };
      })()),
    async close() {
      if (!started) return;
      const { browser, server } = await started;
      await browser.close();
      await server.close();
    },
  };
}

export async function generatePdfEditions({ dir, base, editions, cache, force = false, onPdf }: GenerateOptions): Promise<GenerateResult> {
  const started = performance.now();
  const pdfs: GeneratedPdf[] = [];
  if (editions.length === 0) return { pdfs, printed: 0, pruned: 0, filledPages: 0, durationMs: performance.now() - started };
  await mkdir(join(dir, PDF_DIR), { recursive: true });
  const shared = cache ? await sharedPdfInputs(dir) : '';
  const printer = lazyPrinter(dir, base);
  try {
    // One at a time: printing is CPU-bound, and a parallel run was no faster on two cores.
    for (const edition of editions) {
      const editionStarted = performance.now();
      const key = cache ? await pdfKey(dir, base, edition, shared) : undefined;
      let pdf = cache && key && !force ? await cache.read(key) : undefined;
      const cached = pdf !== undefined;
      if (pdf === undefined) {
        const { browser, server } = await printer.get();
        const { pdf: rendered, outlineTitles } = await renderPdf(browser, server.url, edition);
        pdf = await finishPdf(rendered, outlineTitles, edition);
        if (cache && key) await cache.write(key, pdf);
      }
      const file = join(dir, PDF_DIR, `${edition.id}.pdf`);
      await writeFile(file, pdf);
      const generated = { edition, file, bytes: pdf.byteLength, durationMs: performance.now() - editionStarted, cached };
      pdfs.push(generated);
      onPdf?.(generated);
    }
  } finally {
    await printer.close();
  }
  const pruned = cache ? await cache.prune() : 0;
  const filledPages = await fillPdfSizes(dir, new Map(pdfs.map((pdf) => [pdf.edition.id, pdf.bytes])));
  const printed = pdfs.filter((pdf) => !pdf.cached).length;
  return { pdfs, printed, pruned, filledPages, durationMs: performance.now() - started };
}
