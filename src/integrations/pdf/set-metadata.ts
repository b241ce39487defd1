/**
 * Document metadata of a PDF edition, written with pdf-lib: Chromium sets only
 * the title (from <title>) and the language, and dates of the moment it printed.
 *
 * The dates are made deterministic, so that a fresh print of unchanged pages has the
 * same bytes as the cached one (render-cache-fs.ts): SOURCE_DATE_EPOCH (the
 * reproducible-builds convention, as for the citations' access date) when set, else
 * the day the report was delivered, which is when the document it reproduces was made.
 */
import type { PDFDocument } from 'pdf-lib';
import type { PdfEditionManifest } from './editions.ts';

/** The PDF's creation and modification date. */
export function editionDate(edition: PdfEditionManifest, env: Record<string, string | undefined> = process.env): Date {
  const epoch = env['SOURCE_DATE_EPOCH'];
  const date = epoch ? new Date(Number(epoch) * 1000) : new Date(`${edition.date}T00:00:00Z`);
  if (Number.isNaN(date.getTime()))
    throw new Error(`${edition.id}: no valid date (SOURCE_DATE_EPOCH=${String(epoch)}, delivered ${edition.date})`);
  return date;
}

export function setMetadata(document: PDFDocument, edition: PdfEditionManifest): void {
  document.setTitle(edition.title, { showInWindowTitleBar: true });
  document.setAuthor(edition.author);
  document.setSubject(edition.subject);
  document.setKeywords(edition.keywords);
  document.setLanguage(edition.lang);
  document.setCreator('Baogao');
  const date = editionDate(edition);
  document.setCreationDate(date);
  document.setModificationDate(date);
}
