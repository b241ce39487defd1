/**
 * A PDF's text layer, read with pdfjs-dist (Mozilla's PDF reader: no external
 * service, no network): every text item of every page with its position, size
 * and font name, and how many images each page paints (a page with images and
 * no text is a scan). Errors say what is wrong with the file and what to do.
 */
import { getDocument, OPS, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  text: string;
  /** Left end of the baseline, in PDF points from the page's lower-left corner. */
  x: number;
  y: number;
  /** Advance width of the whole item, in points. */
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  /** The embedded font's name without its subset prefix (ABCDEF+SimHei → SimHei); '' when the PDF names none. */
  font: string;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  images: number;
}

export type PdfReadResult = { pages: PdfPage[]; producer: string } | { error: string };

/** Everything pdfjs logs is about fonts it substitutes for display; we only read text. */
const QUIET = 0;

export async function readPdfDocument(bytes: Uint8Array): Promise<PdfReadResult> {
  let document: PDFDocumentProxy;
  const loading = getDocument({
    // pdfjs takes ownership of (and detaches) the buffer it is given.
    data: new Uint8Array(bytes),
    disableFontFace: true,
    useSystemFonts: false,
    // Font names (SimHei, FangSong_GB2312, NotoSerifCJKsc-Bold) are "extra" properties in pdfjs.
    fontExtraProperties: true,
    verbosity: QUIET,
  });
  try {
    document = await loading.promise;
  } catch (error) {
    await loading.destroy();
    return { error: openError(error as Error) };
  }
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) pages.push(await readPage(await document.getPage(number), number));
    const metadata = await document.getMetadata().catch(() => undefined);
    const info = (metadata?.info ?? {}) as { Producer?: string; Creator?: string };
    return { pages, producer: [info.Creator, info.Producer].filter(Boolean).join(' / ') };
  } catch (error) {
    return { error: `the PDF could not be read (damaged?): ${(error as Error).message}` };
  } finally {
    await loading.destroy();
  }
}

function openError(error: Error): string {
  if (error.name === 'PasswordException')
    return 'this PDF is encrypted with a password; open it with the password and save or print an unprotected copy (qpdf --decrypt --password=… in.pdf out.pdf), then ingest that';
  if (error.name === 'InvalidPDFException')
    return `this file is not a readable PDF (damaged or truncated: ${error.message}); download it again`;
  return `the PDF could not be opened: ${error.message}`;
}

async function readPage(page: PDFPageProxy, number: number): Promise<PdfPage> {
  const content = await page.getTextContent();
  // Fonts are only resolved once the page's operators are parsed; the same list counts the images.
  const operators = await page.getOperatorList();
  const images = operators.fnArray.filter(
    (fn) => fn === OPS.paintImageXObject || fn === OPS.paintInlineImageXObject || fn === OPS.paintImageMaskXObject,
  ).length;
  const fonts = new Map<string, string>();
  const fontName = (id: string): string => {
    if (!fonts.has(id)) {
      let name = '';
      try {
        const font = page.commonObjs.get(id) as { name?: unknown } | undefined;
        name = typeof font?.name === 'string' ? font.name.replace(/^[A-Z]{6}\+/, '') : '';
      } catch {
        // Not resolved: a font pdfjs could not load. Its text is still read; only its name is unknown.
      }
      fonts.set(id, name);
    }
    return fonts.get(id) ?? '';
  };
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, , d, e, f] = item.transform as [number, number, number, number, number, number];
    items.push({
      text: item.str,
      x: e - x0,
      y: f - y0,
      width: item.width,
      size: Math.abs(d) || Math.hypot(a, b),
      font: fontName(item.fontName),
    });
  }
  page.cleanup();
  return { number, width: x1 - x0, height: y1 - y0, items, images };
}
