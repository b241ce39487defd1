/**
 * Time and size of every PDF edition: the same generatePdfEditions() the build
 * and `npm run pdf` run, made again on an already built site (it overwrites the
 * PDFs with equal ones). buildSite() keeps the build's log to itself, so the
 * build's own per-PDF lines cannot be read from there.
 */
import { basename } from 'node:path';
import { CONTENT_DIR } from '../../../src/content-dir.ts';
import { generatePdfEditions } from '../../../src/integrations/pdf/generate-editions.ts';
import { describeSiteEditions } from '../../../src/integrations/pdf/site-editions.ts';
import { readSiteModel } from '../../../src/integrations/shared/site-model-fs.ts';

export interface PdfEditionFigures {
  totalMs: number;
  totalBytes: number;
  pdfs: { file: string; bytes: number; ms: number }[];
}

/** The site in siteDir is the real one (content/), built for the base `/`. */
export async function measurePdfEditions(siteDir: string): Promise<PdfEditionFigures> {
  const editions = describeSiteEditions(readSiteModel(CONTENT_DIR), '/');
  const result = await generatePdfEditions({ dir: siteDir, base: '/', editions });
  return {
    totalMs: result.durationMs,
    totalBytes: result.pdfs.reduce((sum, pdf) => sum + pdf.bytes, 0),
    pdfs: result.pdfs.map((pdf) => ({ file: basename(pdf.file), bytes: pdf.bytes, ms: pdf.durationMs })),
  };
}
