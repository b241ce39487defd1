/**
 * Renders each report's social preview image (dist/og/<region>-<year>.png)
 * with Debian's Chromium after the build, from the content model in memory.
 * Images whose card is unchanged come from the render cache outside dist/
 * (Astro's cacheDir; see render-cards.ts).
 */
import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { rendererFingerprint } from '../shared/render-inputs-fs.ts';
import type { SiteModel } from '../shared/site-model-fs.ts';
import { describeOgCards } from './cards.ts';

export interface OgImagesOptions {
  /** The content model the cards are described from. */
  siteModel: () => Promise<SiteModel>;
}

export function ogImages({ siteModel }: OgImagesOptions): AstroIntegration {
  let cacheDir: URL | undefined;
  return {
    name: 'baogao-og-images',
    hooks: {
      'astro:config:done': ({ config }) => {
        cacheDir = config.cacheDir;
      },
      'astro:build:start': () => {
        // Chromium's version and the fonts (part of every image's cache key) take about 0.5 s to read, in
        // child processes: started now, they are read while Astro builds the pages rather than after.
        void rendererFingerprint();
      },
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here, not at the top: `astro dev` and `astro check` never need Chromium.
        const { renderOgCards } = await import('./render-cards.ts');
        const { openRenderCache, resolveCacheDir } = await import('../shared/render-cache-fs.ts');
        const outDir = fileURLToPath(dir);
        const cache = openRenderCache({ dir: resolveCacheDir(process.env, cacheDir), kind: 'og', ext: 'png', site: outDir });
        const result = await renderOgCards(outDir, describeOgCards(await siteModel()), cache);
        logger.info(
          `${result.cards} preview image(s): ${result.rendered} rendered, ${result.cards - result.rendered} from the cache (${result.pruned} stale entries pruned)`,
        );
      },
    },
  };
}
