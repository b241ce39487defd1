/**
 * Render the preview cards to dist/og/<file>.png with Chromium, or copy them from the
 * render cache (render-cache-fs.ts) when nothing that decides their pixels changed: the
 * card's HTML (text and styles), Chromium and the fonts, and this module's code (viewport,
 * screenshot options). Chromium starts only if some card must be rendered.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../shared/chromium.ts';
import { hashParts } from '../../lib/hash-parts.ts';
import type { RenderCache } from '../shared/render-cache-fs.ts';
import { packageVersion, rendererFingerprint, sourceFingerprint } from '../shared/render-inputs-fs.ts';
import { ogCardHtml } from './card-html.ts';
import type { OgCard } from './cards.ts';

/** Bump when the key's make-up changes. */
const KEY_VERSION = 'baogao-og-1';

export interface RenderCardsResult {
  cards: number;
  /** Rendered with Chromium; the others came from the cache. */
  rendered: number;
  pruned: number;
}

export async function renderOgCards(outDir: string, cards: readonly OgCard[], cache: RenderCache): Promise<RenderCardsResult> {
  await mkdir(join(outDir, 'og'), { recursive: true });
  const shared = hashParts([
    KEY_VERSION,
    await rendererFingerprint(),
    sourceFingerprint([new URL('./render-cards.ts', import.meta.url), new URL('../shared/chromium.ts', import.meta.url)]),
    packageVersion('playwright-core'),
  ]);
  let browser: Browser | undefined;
  let page: Page | undefined;
  let rendered = 0;
  try {
    for (const card of cards) {
      const html = ogCardHtml(card);
      const key = hashParts([shared, html]);
      let png = await cache.read(key);
      if (png === undefined) {
        browser ??= await launchChromium();
        page ??= await browser.newPage({ viewport: { width: 1200, height: 630 } });
        await page.setContent(html);
        await page.evaluate(() => document.fonts.ready);
        png = new Uint8Array(await page.screenshot({ type: 'png' }));
        await cache.write(key, png);
        rendered++;
      }
      await writeFile(join(outDir, 'og', card.file), png);
    }
  } finally {
    await browser?.close();
  }
  return { cards: cards.length, rendered, pruned: await cache.prune() };
}
