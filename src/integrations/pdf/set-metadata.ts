/**
 * Document metadata of a PDF edition, written with pdf-lib: Chromium sets only
 * the title (from <title>) and the language.
 */
import type { PDFDocument } from 'pdf-lib';
import type { PdfEditionManifest } from './editions.ts';

export function setMetadata(document: PDFDocument, edition: PdfEditionManifest): void {
  document.setTitle(edition.title, { showInWindowTitleBar: true });
  document.setAuthor(edition.author);
  document.setSubject(edition.subject);
  document.setKeywords(edition.keywords);
  document.setLanguage(edition.lang);
  document.setCreator('Baogao');
}
