/**
 * A Markdown text's plain text (and the text its figures are read from), for code that runs outside rendering (ingest's
 * fidelity check and readers, the translation workflow's figure check): the same parse and
 * plugins as the site's rendering (block-processor.ts), so "the text" of a
 * block is defined once, in rehype-block-text.ts. The site itself takes the
 * text from the render it does anyway (renderBlockMarkdown).
 */
import { processBlock } from './block-processor.ts';

/**
 * Ingest asks for the text of the same line many times (title block, headings, outline, fidelity), and a
 * full parse costs about a millisecond: the last results are kept, keyed by the Markdown itself.
 */
const MAX_REMEMBERED = 20_000;
const remembered = new Map<string, { text: string; figureText: string }>();

function processed(markdown: string): { text: string; figureText: string } {
  let result = remembered.get(markdown);
  if (!result) {
    const { text, figureText } = processBlock(markdown);
    result = { text, figureText };
    if (remembered.size >= MAX_REMEMBERED) remembered.clear();
    remembered.set(markdown, result);
  }
  return result;
}

/** Markdown → plain text: markup and glossary markers removed, escapes resolved. */
export function markdownToPlainText(markdown: string): string {
  return processed(markdown).text;
}

/** The text figures are read from: the plain text without sup/sub content (PM2.5, m², markers). */
export function markdownToFigureText(markdown: string): string {
  return processed(markdown).figureText;
}
