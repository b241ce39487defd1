/**
 * Renders each report's social preview image (dist/og/<region>-<year>.png)
 * with Debian's Chromium after the build, from the content model in memory.
 */
import type { AstroIntegration } from 'astro';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SiteModel } from '../shared/site-model-fs.ts';
import { ogCardHtml } from './card-html.ts';
import { describeOgCards } from './cards.ts';

export interface OgImagesOptions {
  /** The content model the cards are described from. */
  siteModel: () => Promise<SiteModel>;
}

export function ogImages({ siteModel }: OgImagesOptions): AstroIntegration {
  return {
    name: 'baogao-og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, not at the top: `astro dev` and `astro check` never need Chromium.
        const { launchChromium } = await import('../shared/chromium.ts');
        const outDir = fileURLToPath(dir);
        const cards = describeOgCards(await siteModel());
        await mkdir(join(outDir, 'og'), { recursive: true });
        const browser = await launchChromium();
        try {
          const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
          for (const card of cards) {
            await page.setContent(ogCardHtml(card));
            await page.evaluate(() => document.fonts.ready);
            await page.screenshot({ path: join(outDir, 'og', card.file), type: 'png' });
          }
        } finally {
          await browser.close();
        }
        logger.info(`rendered ${cards.length} preview image(s)`);
      },
    },
  };
}
