/**
 * A report page in one language carries that language only; the other language's
 * text of a paragraph is loaded when the reader asks for it, from one file per
 * report and language (src/pages/[...lang]/[region]/[year]/blocks.json.ts), which
 * holds each paragraph as the page in that language renders it.
 *
 * One rule says which paragraphs offer the other language, so the control in the
 * page (ReportBlock.astro) and the file it loads from always agree.
 */
import type { UiLang } from '../i18n/langs.ts';
import type { ReportBlock } from '../schemas/report.ts';

/**
 * Whether a paragraph read in `readingLang` offers its text in the other language: a Chinese paragraph
 * whose translation exists, an English paragraph that is translated (a pending one already shows the Chinese).
 */
export function offersOtherLanguage(block: ReportBlock, readingLang: UiLang): boolean {
  if (block.kind === 'heading') return false;
  return readingLang === 'en' ? block.enStatus !== 'pending' : block.en !== undefined;
}

/**
 * What blocks.json holds: the HTML of each paragraph, keyed by block id, as the page in `lang`
 * shows it (its text and its labels), and that language.
 */
export interface OtherLanguageBlocks {
  lang: UiLang;
  blocks: Record<string, string>;
}
