/**
 * The one Markdown pipeline of report text (blocks, translations, glossary
 * definitions): one parse per block gives its HTML and, in `file.data`, its
 * plain text, math and glossary references (rehype-block-text.ts,
 * remark-glossary-refs.ts).
 *
 * It is a unified pipeline of our own rather than Astro's createMarkdownProcessor
 * because that processor's `render()` returns only the HTML and `metadata`
 * (headings, image paths, frontmatter): the rest of `file.data` stays inside.
 * Carrying our facts out through `metadata.frontmatter` would disguise them as
 * frontmatter, the way the glossary's options used to travel in. Being our own,
 * the pipeline also runs synchronously, so ingest reads a line's plain text
 * (plain-text.ts) through the very plugins the site renders with.
 *
 * The steps are Astro's (astro's @astrojs/markdown-remark createMarkdownProcessor,
 * which .md/.mdx pages still use) with our plugin lists from plugins.ts: parse,
 * GFM, our remark plugins, remark-rehype keeping raw HTML for our rehype-raw and
 * sanitizer, our rehype plugins, stringify. Astro's other steps do nothing for
 * report text and are left out: SmartyPants is off (plugins.ts), syntax
 * highlighting too; image collection and optimisation find no image (the
 * sanitizer removes `<img>`); heading ids find no heading (a block's heading
 * marks are stored apart and the allow-list has no h1–h6).
 */
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { remarkPlugins, reportRehypePlugins } from './plugins.ts';
import type { GlossaryRef, GlossaryRefTarget } from './remark-glossary-refs.ts';

/** What one parse of a block's Markdown gives. */
export interface ProcessedBlock {
  /** The HTML, as a whole (render-block.ts unwraps a single paragraph). */
  html: string;
  /** Plain text as a reader reads it (rehype-block-text.ts). */
  text: string;
  /** The text without sup/sub content, which figures are read from (rehype-block-text.ts). */
  figureText: string;
  /** True when the block contains math (the page then loads KaTeX's CSS). */
  math: boolean;
  /** The glossary references made, in reading order. */
  glossaryRefs: GlossaryRef[];
}

const processor = unified()
  .use(remarkParse)
  .use(remarkGfm)
  .use(remarkPlugins)
  .use(remarkRehype, { allowDangerousHtml: true })
  .use(reportRehypePlugins as PluggableList)
  .use(rehypeStringify, { allowDangerousHtml: true })
  .freeze();

/** Run the pipeline on one block's Markdown, with the glossary targets its markers may refer to. */
export function processBlock(markdown: string, glossaryTargets: Record<string, GlossaryRefTarget> = {}): ProcessedBlock {
  const file = new VFile({ value: markdown, data: { glossaryTargets } });
  const html = String(processor.processSync(file));
  return {
    html,
    text: file.data.blockText ?? '',
    figureText: file.data.figureText ?? '',
    math: file.data.hasMath ?? false,
    glossaryRefs: file.data.glossaryRefs ?? [],
  };
}
