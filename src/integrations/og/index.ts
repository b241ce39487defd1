/**
 * Renders each report's social preview image (dist/og/<region>-<year>.png)
 * with Debian's Chromium after the build.
 */
import type { AstroIntegration } from 'astro';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../shared/chromium.ts';
import type { OgCard } from '../../pages/og-cards.json.ts';
import { ogCardHtml } from './card-html.ts';

export function ogImages(): AstroIntegration {
  return {
    name: 'baogao-og-images',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const outDir = fileURLToPath(dir);
        const cardsPath = join(outDir, 'og-cards.json');
        const cards = JSON.parse(await readFile(cardsPath, 'utf8')) as OgCard[];
        await rm(cardsPath);
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
