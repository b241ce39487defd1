/**
 * Astro content loader for the standard indicators: one entry per indicator of
 * content/indicators.json (keyed by `key`), read by indicators-fs.ts, so a
 * broken entry fails the build naming the file and the field.
 */
import type { Loader } from 'astro/loaders';
import { readIndicators } from './indicators-fs.ts';

export function indicatorsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'baogao-indicators',
    load: async (context) => {
      context.store.clear();
      for (const indicator of readIndicators(options.contentDir)) {
        const data = await context.parseData({ id: indicator.key, data: indicator });
        context.store.set({ id: indicator.key, data, digest: context.generateDigest(data) });
      }
    },
  };
}
