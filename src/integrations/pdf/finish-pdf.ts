/**
 * Chromium's PDF with our metadata, clean bookmark titles and structure IDs that do not
 * depend on print timing (one pdf-lib pass).
 */
import { PDFDocument } from 'pdf-lib';
import type { PdfEditionManifest } from './editions.ts';
import { retitleOutline } from './outline.ts';
import { setMetadata } from './set-metadata.ts';
import { stabiliseStructureIds } from './stable-structure-ids.ts';

export async function finishPdf(rendered: Uint8Array, outlineTitles: readonly string[], edition: PdfEditionManifest): Promise<Uint8Array> {
  // updateMetadata: false keeps Chromium's producer; setMetadata sets the dates.
  const document = await PDFDocument.load(rendered, { updateMetadata: false });
  setMetadata(document, edition);
  stabiliseStructureIds(document);
  if (outlineTitles.length === 0) throw new Error(`${edition.id}: the page has no headings, so the PDF would have no bookmarks`);
  retitleOutline(document, outlineTitles, `${edition.id}.pdf`);
  return document.save();
}
