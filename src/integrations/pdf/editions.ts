/**
 * The PDF editions of a report, as both sides see them: PdfLinks.astro links them
 * from the report pages, and the PDF step prints them (both from describeEditions).
 * Pure (no Node APIs), because the site bundles it.
 *
 * Each report gets pdf/<region>-<year>-<edition>.pdf: the Chinese original, the
 * English translation and the two side by side. A report without any English
 * has only the Chinese edition (an "English" PDF would be the Chinese again).
 */

export type PdfEdition = 'zh' | 'en' | 'bilingual';

/** One PDF edition of a report: the page printed, the file, and the document metadata. */
export interface PdfEditionManifest {
  /** File stem and placeholder key, e.g. `taiyuan-xiaodian-2024-zh`. */
  id: string;
  edition: PdfEdition;
  /** Site path (with the base) of the page printed to make it. */
  page: string;
  /** Site path (with the base) of the PDF. */
  href: string;
  /** The day the report was delivered (ISO 8601): the PDF's creation date, unless SOURCE_DATE_EPOCH says otherwise. */
  date: string;
  /** Main language: PDF /Lang and metadata language. */
  lang: 'zh-CN' | 'en';
  /** Document title, also the running head of every page but the first. */
  title: string;
  /** The issuing government, e.g. 太原市小店区人民政府. */
  author: string;
  subject: string;
  keywords: string[];
}

/** Folder of the PDFs in the built site. */
export const PDF_DIR = 'pdf';

/** The attribute of a size placeholder; its value is the edition id. */
export const SIZE_ATTRIBUTE = 'data-pdf-size';

/** The attribute holding the size text with `{{size}}` where the size goes (the UI string's i18next template). */
export const SIZE_TEMPLATE_ATTRIBUTE = 'data-pdf-size-template';

export function editionsOf(hasEnglish: boolean): PdfEdition[] {
  return hasEnglish ? ['zh', 'en', 'bilingual'] : ['zh'];
}

/** Site path of the PDF with this id, e.g. `/pdf/taiyuan-xiaodian-2024-zh.pdf`. */
export function pdfPath(id: string): string {
  return `/${PDF_DIR}/${id}.pdf`;
}

export function editionId(region: string, year: number, edition: PdfEdition): string {
  return `${region}-${year}-${edition}`;
}

/** BAOGAO_PDF=0 builds the site without PDFs (faster); the pages then link none. */
export function pdfEditionsEnabled(env: Record<string, string | undefined>): boolean {
  return env['BAOGAO_PDF'] !== '0';
}
