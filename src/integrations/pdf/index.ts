/**
 * The PDF editions, made as part of every `astro build`: once the pages are
 * written, each report's Chinese, English and side-by-side pages are printed
 * with Chromium into dist/pdf/<region>-<year>-<zh|en|bilingual>.pdf and the
 * pages' size placeholders are filled. The editions are described from the
 * content model in memory (site-editions.ts), by the function the pages link
 * them with; `npm run pdf` runs the same steps on an existing dist/.
 * BAOGAO_PDF=0 skips them, and the pages then link no PDF: PdfLinks.astro reads
 * that from the virtual module this integration provides.
 *
 * Printed PDFs are kept in a cache outside dist/ (Astro's cacheDir, see
 * render-cache-fs.ts), keyed by a hash of their inputs: an edition whose page, assets
 * and renderer are unchanged is copied from there instead of printed again.
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import type { SiteModel } from '../shared/site-model-fs.ts';
import { pdfEditionsEnabled } from './editions.ts';
import { vitePluginPdfSettings } from './vite-virtual-module.ts';

export interface PdfEditionsOptions {
  /** The content model the editions are described from. */
  siteModel: () => Promise<SiteModel>;
}

export function pdfEditions({ siteModel }: PdfEditionsOptions): AstroIntegration {
  // The pages' links include the base, so the built site is served under it while printing.
  let base = '/';
  let linkPdfs = false;
  let cacheDir: URL | undefined;
  return {
    name: 'baogao-pdf-editions',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // The dev server makes no PDFs, so its pages link none.
        linkPdfs = command !== 'dev' && pdfEditionsEnabled(process.env);
        updateConfig({ vite: { plugins: [vitePluginPdfSettings({ linkPdfs })] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
        cacheDir = config.cacheDir;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!linkPdfs) {
          logger.info('BAOGAO_PDF=0: no PDF editions made, and the pages link none');
          return;
        }
        // Loaded here, not at the top: `astro dev` and `astro check` never need Chromium.
        const { generatePdfEditions } = await import('./generate-editions.ts');
        const { describeSiteEditions } = await import('./site-editions.ts');
        const { pdfLine, summaryLine } = await import('./progress.ts');
        const { openRenderCache, resolveCacheDir } = await import('../shared/render-cache-fs.ts');
        const outDir = fileURLToPath(dir);
        const editions = describeSiteEditions(await siteModel(), base);
        const cache = openRenderCache({ dir: resolveCacheDir(process.env, cacheDir), kind: 'pdf', ext: 'pdf', site: outDir });
        const result = await generatePdfEditions({
          dir: outDir,
          base,
          editions,
          cache,
          onPdf: (pdf) => logger.info(pdfLine(pdf, outDir)),
        });
        logger.info(summaryLine(result));
      },
    },
  };
}
