/**
 * Plain text of a block's Markdown, as a reader would read it: the markup we
 * allow in report text (bold, sup/sub, glossary markers, escapes) removed.
 * Used by the fidelity check, search keywords and figure checks, so every
 * consumer agrees on what "the text" of a block is.
 */

/** Remove the glossary marker `<sup>[n]</sup>` entirely. */
export function stripGlossaryMarkers(markdown: string): string {
  return markdown.replace(/<sup>\[\d+\]<\/sup>/g, '');
}

/** Markdown → plain text; glossary markers are kept as `[n]` unless `dropMarkers`. */
export function markdownToPlainText(markdown: string, options: { dropMarkers?: boolean } = {}): string {
  const text = options.dropMarkers ? stripGlossaryMarkers(markdown) : markdown;
  return text
    .replace(/<\/?(sup|sub)>/g, '')
    .replace(/\*\*/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>$~|])/g, '$1')
    .replace(/ {2,}\n/g, '')
    .replace(/\n/g, '');
}
