/**
 * Layouts the PDF reader does not read, refused with what to do rather than
 * read into scrambled text: pages whose text runs sideways or upside down,
 * and pages set in two columns (their lines would be read across both).
 */
import type { PdfPage } from './pdf-document.ts';
import { lineText, type PdfLine } from './pdf-lines.ts';

/** A page with this share of its characters rotated is a rotated page. */
const ROTATED_SHARE = 0.2;
/** Two-column lines: both halves hold prose, the gap stands near the middle of the page. */
const MIN_COLUMN_TEXT = 6;
const MIDDLE = 0.15;
const MIN_TWO_COLUMN_LINES = 6;

export function layoutError(pages: PdfPage[], lines: PdfLine[][]): { error: string; line: number } | undefined {
  const rotated = pages.filter((page) => {
    const chars = (rotatedOnly: boolean) =>
      page.items.filter((item) => !rotatedOnly || item.rotated).reduce((sum, item) => sum + item.text.trim().length, 0);
    return chars(true) > chars(false) * ROTATED_SHARE;
  });
  if (rotated[0])
    return {
      line: rotated[0].number * 1000,
      error: `the text of page ${rotated.map((page) => page.number).join(', ')} runs sideways or upside down; ingest reads upright text only: rotate the page(s) so the text reads upright (qpdf --rotate=+90:${rotated[0].number} in.pdf out.pdf) and ingest again`,
    };
  const twoColumns = pages.filter((page, index) => {
    const middle = page.width / 2;
    const split = (lines[index] ?? []).filter((line) => {
      if (line.cells.length !== 2) return false;
      const second = line.cells[1]?.[0];
      const cellText = (cell: number) => lineText({ ...line, cells: [line.cells[cell] ?? []] });
      return (
        second !== undefined &&
        Math.abs(second.x - middle) < page.width * MIDDLE &&
        (cellText(0).match(/[\u3400-\u9fff]/g) ?? []).length >= MIN_COLUMN_TEXT &&
        (cellText(1).match(/[\u3400-\u9fff]/g) ?? []).length >= MIN_COLUMN_TEXT
      );
    });
    return split.length >= MIN_TWO_COLUMN_LINES && split.length >= (lines[index]?.length ?? 0) / 2;
  });
  if (twoColumns[0])
    return {
      line: twoColumns[0].number * 1000,
      error: `page ${twoColumns.map((page) => page.number).join(', ')} is set in two columns, which ingest does not read (its lines would run across both columns); extract the text column by column (pdftotext keeps columns apart), or ingest the report's HTML page or Word file`,
    };
  return undefined;
}
