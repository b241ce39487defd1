/**
 * The one list of remark/rehype plugins. astro.config.mjs hands it to Astro's
 * unified processor (for .md/.mdx pages) and render-block.ts uses it for report
 * blocks, so a page and a report render Markdown the same way.
 */
import rehypeKatex from 'rehype-katex';
import remarkCjkFriendly from 'remark-cjk-friendly';
import remarkMath from 'remark-math';
import { remarkGlossaryRefs } from './remark-glossary-refs.ts';

// remark-gfm is on by default in Astro's unified processor (its `gfm` option).
export const remarkPlugins = [remarkCjkFriendly, remarkMath, remarkGlossaryRefs];
// MathML output: browsers render it natively and screen readers read it, and it
// needs no inline style attributes, so pages keep a strict Content Security Policy.
export const rehypePlugins: [typeof rehypeKatex, { output: 'mathml' }][] = [[rehypeKatex, { output: 'mathml' }]];

/** SmartyPants would rewrite the source's punctuation; the text must stay verbatim. */
export const smartypants = false;
