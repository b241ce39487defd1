/**
 * A PDF's text layer, read with pdfjs-dist (Mozilla's PDF reader: no external
 * service, no network): every text item of every page with its position, size
 * and font name, and how many images each page paints (a page with images and
 * no text is a scan). Errors say what is wrong with the file and what to do.
 */
import { getDocument, OPS, Util, type PDFDocumentProxy, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

export interface PdfTextItem {
  text: string;
  /** Left end of the baseline, in PDF points from the page's lower-left corner. */
  x: number;
  y: number;
  /** Advance width of the whole item, in points. */
  width: number;
  /** Font size in points (the text matrix's vertical scale). */
  size: number;
  /**
   * The embedded font's name without its subset prefix (ABCDEF+SimHei → SimHei); '' when the PDF names none,
   * or only with a producer's resource label (F1, TT2, R12), which says nothing about the face.
   */
  font: string;
  /** True when the text runs sideways or upside down on the page as a reader sees it. */
  rotated: boolean;
}

export interface PdfPage {
  /** 1-based page number. */
  number: number;
  width: number;
  height: number;
  items: PdfTextItem[];
  images: number;
  /** Text-showing operators on the page: text drawn, whether or not it maps to characters. */
  textOperators: number;
}

export type PdfReadResult = { pages: PdfPage[]; producer: string } | { error: string };

/** Font resource labels some producers give instead of names (F1, TT2, R12, C0_0, T1_3). */
const RESOURCE_LABEL = /^(?:[A-Z]{1,3}\d+(?:_\d+)?|[A-Z]\d+_\d+)$/;

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
  const textOperators = operators.fnArray.filter(
    (fn) => fn === OPS.showText || fn === OPS.showSpacedText || fn === OPS.nextLineShowText || fn === OPS.nextLineSetSpacingShowText,
  ).length;
  const fonts = new Map<string, string>();
  const fontName = (id: string): string => {
    if (!fonts.has(id)) {
      let name = '';
      try {
        const font = page.commonObjs.get(id) as { name?: unknown } | undefined;
        name = typeof font?.name === 'string' ? font.name.replace(/^[A-Z]{6}\+/, '') : '';
        if (RESOURCE_LABEL.test(name)) name = '';
      } catch {
        // Not resolved: a font pdfjs could not load. Its text is still read; only its name is unknown.
      }
      fonts.set(id, name);
    }
    return fonts.get(id) ?? '';
  };
  // Positions as a reader sees the page: the viewport applies the page's /Rotate and its crop box.
  const viewport = page.getViewport({ scale: 1 });
  const items: PdfTextItem[] = [];
  for (const item of content.items) {
    if (!('str' in item) || item.str === '') continue;
    const [a, b, c, d, e, f] = Util.transform(viewport.transform, item.transform) as number[] as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    items.push({
      text: item.str,
      x: e,
      // Device space runs downwards; the reader's steps count baselines upwards from the foot of the page.
      y: viewport.height - f,
      width: item.width,
      size: Math.hypot(c, d) || Math.hypot(a, b),
      font: fontName(item.fontName),
      rotated: a <= 0 || Math.abs(b) > Math.abs(a) * 0.2,
    });
  }
  page.cleanup();
  return { number, width: viewport.width, height: viewport.height, items, images, textOperators };
}
