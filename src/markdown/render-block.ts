/**
 * Renders one report block's Markdown to HTML with the site's plugin list.
 * A block that is a single paragraph comes back as inline HTML (its `<p>`
 * unwrapped), so each view chooses its own wrapper element, id and number.
 */
import { createMarkdownProcessor, type MarkdownRenderer } from '@astrojs/markdown-remark';
import { remarkPlugins, reportRehypePlugins, smartypants } from './plugins.ts';
import type { GlossaryRefTarget } from './remark-glossary-refs.ts';

export interface RenderedBlock {
  html: string;
  /** True when `html` is phrasing content (no block-level wrapper). */
  inline: boolean;
  /** True when the block contains KaTeX math (the page then loads KaTeX's CSS). */
  math: boolean;
}

let processor: Promise<MarkdownRenderer> | undefined;

function getProcessor(): Promise<MarkdownRenderer> {
  processor ??= createMarkdownProcessor({ remarkPlugins, rehypePlugins: reportRehypePlugins, smartypants, syntaxHighlight: false });
  return processor;
}

export async function renderBlockMarkdown(markdown: string, glossary: Record<string, GlossaryRefTarget> = {}): Promise<RenderedBlock> {
  const { code } = await (await getProcessor()).render(markdown, { frontmatter: { glossary } });
  const html = code.trim();
  const single = /^<p>([\s\S]*)<\/p>$/.exec(html);
  const inline = single?.[1] !== undefined && !single[1].includes('<p>');
  return { html: inline && single?.[1] !== undefined ? single[1] : html, inline, math: html.includes('class="katex') };
}
