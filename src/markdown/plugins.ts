/**
 * The one list of remark/rehype plugins. astro.config.mjs hands it to Astro's
 * unified processor (for .md/.mdx pages) and block-processor.ts uses it for
 * report blocks, so a page and a report render Markdown the same way. The two
 * differ in the allow-list of their sanitizer (sanitize-schema.ts): report text
 * comes from outside, the pages are written in this repository; and report
 * blocks also record their plain text and math (rehype-block-text.ts).
 */
import type { RehypePlugins } from '@astrojs/markdown-remark';
import type { Schema } from 'hast-util-sanitize';
import rehypeKatex from 'rehype-katex';
import rehypeRaw from 'rehype-raw';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMath from 'remark-math';
import { rehypeBlockText } from './rehype-block-text.ts';
import { rehypeCellAlign } from './rehype-cell-align.ts';
import { remarkGlossaryRefs } from './remark-glossary-refs.ts';
import { rehypeUntranslatedGaps } from './rehype-untranslated-gaps.ts';
import { MDX_NODE_TYPES, rehypeSanitizeMarkdown } from './rehype-sanitize-markdown.ts';
import { pageSanitizeSchema, reportSanitizeSchema } from './sanitize-schema.ts';

// remark-gfm is on by default in Astro's unified processor (its `gfm` option).
export const remarkPlugins = [remarkCjkFriendly, remarkMath, remarkGlossaryRefs];

function rehypePluginsWith(schema: Schema, afterSanitizer: RehypePlugins = []): RehypePlugins {
  return [
    // Raw HTML in the Markdown (<sup>, <sub>, a pasted <table> … or a <script>) becomes elements here, so the
    // sanitizer sees and judges them; Astro's own rehype-raw would only run after every plugin of ours.
    // In an .mdx page MDX has parsed it already and its own nodes pass through.
    [rehypeRaw, { passThrough: [...MDX_NODE_TYPES] }],
    // Before KaTeX: the sanitizer sees remark-math's <code class="language-math …"> placeholders, and
    // KaTeX's own output needs no allow-list (see sanitize-schema.ts).
    [rehypeSanitizeMarkdown, schema],
    ...afterSanitizer,
    // Table cells' checked align="right" becomes class="align-right" (align is obsolete HTML).
    rehypeCellAlign,
    // MathML output: browsers render it natively and screen readers read it, and it needs no inline
    // style attributes, so pages keep a strict Content Security Policy. `trust: false` (KaTeX's default,
    // stated here): no \href, \url, \includegraphics or \html… commands from report text.
    [rehypeKatex, { output: 'mathml', trust: false }],
  ];
}

/** Rehype plugins of the site's .md/.mdx pages (astro.config.mjs). */
export const rehypePlugins = rehypePluginsWith(pageSanitizeSchema);
/** Rehype plugins of report content: blocks, translations, glossary definitions (block-processor.ts). */
export const reportRehypePlugins = rehypePluginsWith(reportSanitizeSchema, [
  // A partial draft's sentences left in Chinese (⟦not yet translated: …⟧) are marked as Chinese.
  rehypeUntranslatedGaps,
  // Reads the text and math from the sanitised tree (what a reader gets), with math still as TeX.
  rehypeBlockText,
]);

/** SmartyPants would rewrite the source's punctuation; the text must stay verbatim. */
export const smartypants = false;
