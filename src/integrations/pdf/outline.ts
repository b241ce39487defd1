/**
 * The bookmark outline of a PDF, read and retitled with pdf-lib. Chromium
 * writes the outline from the page's headings (outline: true); we keep its
 * entries and targets and only replace their titles (see outline-titles.ts).
 */
import { PDFDict, PDFHexString, PDFName, PDFString, type PDFDocument, type PDFObject } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** 0 for top-level bookmarks. */
  depth: number;
}

const TITLE = PDFName.of('Title');

/** Outline items depth-first, in reading order. */
function outlineItems(document: PDFDocument): { item: PDFDict; depth: number }[] {
  const items: { item: PDFDict; depth: number }[] = [];
  const walk = (first: PDFObject | undefined, depth: number) => {
    let item = first ? document.context.lookup(first) : undefined;
    // The guard stops a malformed, cyclic outline.
    for (let guard = 0; item instanceof PDFDict && guard < 10_000; guard++) {
      items.push({ item, depth });
      walk(item.get(PDFName.of('First')), depth + 1);
      item = item.lookup(PDFName.of('Next'));
    }
  };
  const outlines = document.catalog.lookup(PDFName.of('Outlines'));
  if (outlines instanceof PDFDict) walk(outlines.get(PDFName.of('First')), 0);
  return items;
}

export function readOutline(document: PDFDocument): OutlineEntry[] {
  return outlineItems(document).map(({ item, depth }) => {
    const title = item.lookup(TITLE);
    return { title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '', depth };
  });
}

/** Give the outline's entries these titles, in order; the counts must agree, or the titles would shift. */
export function retitleOutline(document: PDFDocument, titles: readonly string[], name: string): void {
  const items = outlineItems(document);
  if (items.length !== titles.length)
    throw new Error(`${name}: the PDF outline has ${items.length} entries but the page has ${titles.length} headings`);
  items.forEach(({ item }, index) => item.set(TITLE, PDFHexString.fromText(titles[index] ?? '')));
}
