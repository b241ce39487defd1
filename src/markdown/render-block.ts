/**
 * Renders one report block's Markdown to HTML with the site's plugin list
 * (block-processor.ts), with what the same parse learnt of it: plain text, math
 * and glossary references. A block that is a single paragraph comes back as
 * inline HTML (its `<p>` unwrapped), so each view chooses its own wrapper
 * element, id and number.
 */
import { processBlock, type ProcessedBlock } from './block-processor.ts';
import type { GlossaryRefTarget } from './remark-glossary-refs.ts';

export interface RenderedBlock extends ProcessedBlock {
  /** True when `html` is phrasing content (no block-level wrapper). */
  inline: boolean;
}

export function renderBlockMarkdown(markdown: string, glossary: Record<string, GlossaryRefTarget> = {}): RenderedBlock {
  const processed = processBlock(markdown, glossary);
  const html = processed.html.trim();
  const inner = /^<p>([\s\S]*)<\/p>$/.exec(html)?.[1];
  const inline = inner !== undefined && !inner.includes('<p>');
  return { ...processed, html: inline ? inner : html, inline };
}
