/**
 * The PDF editions, made as part of every `astro build`: once the pages are
 * written, each report's Chinese, English and side-by-side pages are printed
 * with Chromium into dist/pdf/<region>-<year>-<zh|en|bilingual>.pdf and the
 * pages' size placeholders are filled (the steps are in this folder;
 * `npm run pdf` runs the same steps on an existing dist/). BAOGAO_PDF=0 skips
 * them; the pages then link no PDF (see PdfLinks.astro).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { pdfEditionsEnabled } from './editions.ts';
import { vitePluginPdfSettings } from './vite-virtual-module.ts';

export function pdfEditions(): AstroIntegration {
  // The pages' links include the base, so the built site is served under it while printing.
  let base = '/';
  let linkPdfs = false;
  return {
    name: 'baogao-pdf-editions',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        // The dev server makes no PDFs, so its pages link none; PdfLinks.astro reads this from the virtual module.
        linkPdfs = command !== 'dev' && pdfEditionsEnabled(process.env);
        updateConfig({ vite: { plugins: [vitePluginPdfSettings({ linkPdfs })] } });
      },
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!linkPdfs) {
          logger.info('BAOGAO_PDF=0: no PDF editions made, and the pages link none');
          return;
        }
        // Loaded here, not at the top: `astro dev` and `astro check` never need Chromium.
        const { generatePdfEditions } = await import('./generate-editions.ts');
        const { pdfLine, summaryLine } = await import('./progress.ts');
        const outDir = fileURLToPath(dir);
        const result = await generatePdfEditions({ dir: outDir, base, onPdf: (pdf) => logger.info(pdfLine(pdf, outDir)) });
        logger.info(summaryLine(result));
      },
    },
  };
}
