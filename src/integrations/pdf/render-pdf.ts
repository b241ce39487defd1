/**
 * Print one page of the served site to PDF with Chromium: the page's print
 * stylesheet (src/styles/print.css) does the layout, running head and page
 * numbers, so a reader's own print and the published PDF look alike.
 */
import type { Browser } from 'playwright-core';
import type { PdfEditionManifest } from './editions.ts';
import { collectOutlineTitles } from './outline-titles.ts';

export interface RenderedPdf {
  pdf: Uint8Array;
  /** Clean titles of the page's headings, for the PDF's bookmarks. */
  outlineTitles: string[];
}

export async function renderPdf(browser: Browser, origin: string, edition: PdfEditionManifest): Promise<RenderedPdf> {
  // A fresh light-scheme context: no stored theme or view from an earlier page.
  const context = await browser.newContext({ colorScheme: 'light' });
  try {
    const page = await context.newPage();
    const url = new URL(edition.page, origin).href;
    const response = await page.goto(url, { waitUntil: 'load' });
    if (!response?.ok())
      throw new Error(`${url}: HTTP ${response?.status() ?? 'no response'} (was the site built from this content, for this base?)`);
    await page.emulateMedia({ media: 'print', colorScheme: 'light' });
    await page.evaluate(async (runningHead) => {
      // print.css shows this in the page's top margin box.
      document.documentElement.dataset['runningHead'] = runningHead;
      // Lay out for print first, so fonts needed only in print (KaTeX's) start loading, then wait for them.
      // eslint-disable-next-line @typescript-eslint/no-meaningless-void-operator -- reading offsetHeight forces layout; void marks the read as deliberate
      void document.body.offsetHeight;
      await document.fonts.ready;
    }, edition.title);
    const outlineTitles = await page.evaluate(collectOutlineTitles);
    const pdf = await page.pdf({
      format: 'A4',
      // print.css's @page (A4, margins, margin boxes) rules the page box.
      preferCSSPageSize: true,
      printBackground: true,
      // Bookmarks from the headings (title, parts, sections, glossary) and a tagged, accessible PDF.
      outline: true,
      tagged: true,
    });
    return { pdf: new Uint8Array(pdf), outlineTitles };
  } finally {
    await context.close();
  }
}
