/**
 * A Markdown text's plain text (and the text its figures are read from), for code that runs outside rendering (ingest's
 * fidelity check and readers, the translation workflow's figure check): the same parse and
 * plugins as the site's rendering (block-processor.ts), so "the text" of a
 * block is defined once, in rehype-block-text.ts. The site itself takes the
 * text from the render it does anyway (renderBlockMarkdown).
 */
import { processBlock } from './block-processor.ts';

/** Markdown → plain text: markup and glossary markers removed, escapes resolved. */
export function markdownToPlainText(markdown: string): string {
  return processBlock(markdown).text;
}

/** The text figures are read from: the plain text without sup/sub content (PM2.5, m², markers). */
export function markdownToFigureText(markdown: string): string {
  return processBlock(markdown).figureText;
}
