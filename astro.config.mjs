// @ts-check
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { katexAssets } from './src/integrations/katex-assets.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { pdfEditions } from './src/integrations/pdf-editions.ts';
import { rehypePlugins, remarkPlugins, smartypants } from './src/markdown/plugins.ts';

/**
 * BAOGAO_BASE deploys the site under a sub-path (e.g. /baogao/); BAOGAO_SITE is
 * the public origin used in canonical links and citations.
 */
const base = process.env.BAOGAO_BASE ?? '/';
const site = process.env.BAOGAO_SITE ?? 'https://baogao.example.org';

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7's default Markdown engine skips remark/rehype plugins; ours need the unified processor.
  markdown: { processor: unified({ remarkPlugins, rehypePlugins, smartypants }) },
  integrations: [mdx(), katexAssets(), pdfEditions(), ogImages(), pagefindIndex()],
  devToolbar: { enabled: false },
});
