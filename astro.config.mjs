// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import { defineConfig } from 'astro/config';
import { CONTENT_DIR } from './src/content-dir.ts';
import { cspOwnHashes } from './src/integrations/csp/index.ts';
import { citationCache } from './src/integrations/citation-cache.ts';
import { katexAssets } from './src/integrations/katex-assets.ts';
import { ogImages } from './src/integrations/og/index.ts';
import { pagefindIndex } from './src/integrations/pagefind-index.ts';
import { pdfEditions } from './src/integrations/pdf/index.ts';
import { lazySiteModel } from './src/integrations/shared/site-model-fs.ts';
import { sitemapFilter } from './src/integrations/sitemap-filter.ts';
import { rehypePlugins, remarkPlugins, smartypants } from './src/markdown/plugins.ts';

/**
 * BAOGAO_BASE deploys the site under a sub-path (e.g. /baogao/); BAOGAO_SITE is
 * the public origin used in canonical links and citations.
 */
const base = process.env.BAOGAO_BASE ?? '/';
const site = process.env.BAOGAO_SITE ?? 'https://baogao.example.org';

/**
 * The build steps after the pages (PDFs, preview images, search index) work from
 * the content model in memory, built from content/ by the loader's own functions,
 * once, when the first of them asks for it.
 */
const siteModel = lazySiteModel(CONTENT_DIR);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  // Astro 7's default Markdown engine skips remark/rehype plugins; ours need the unified processor.
  markdown: { processor: unified({ remarkPlugins, rehypePlugins, smartypants }), syntaxHighlight: false },
  integrations: [
    mdx(),
    // The sitemap lists the pages people read; share, cite and redirect pages are not canonical.
    sitemap({ filter: sitemapFilter({ contentDir: CONTENT_DIR, base }) }),
    katexAssets(),
    // citeproc's output, kept between builds: a rebuild with unchanged citations builds no citeproc engine.
    citationCache(),
    pdfEditions({ siteModel }),
    ogImages({ siteModel }),
    pagefindIndex({ siteModel }),
    // Astro lists every page's inline hashes in every page's policy; each page keeps its own (1.2 kB less per page).
    cspOwnHashes(),
  ],
  devToolbar: { enabled: false },
  // Every page's stylesheets go inline (style-src allows them by Astro's hashes): a report page's CSS is about 5.5 kB
  // gzip, and a cold page then costs one request for it rather than four (measured: npm run bench -- --pages).
  build: { format: 'directory', inlineStylesheets: 'always' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      // Pagefind runs WebAssembly; 'wasm-unsafe-eval' allows that and nothing else (no JavaScript eval).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
