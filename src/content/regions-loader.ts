/**
 * Astro content loader for regions: one entry per region of content/regions.json
 * (keyed by slug), read by regions-fs.ts, so a broken entry fails the build
 * naming the file and the field, and a slug the site uses itself is refused.
 */
import type { Loader } from 'astro/loaders';
import { readRegions } from './regions-fs.ts';

export function regionsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'baogao-regions',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const region of readRegions(options.contentDir)) {
        const data = await parseData({ id: region.id, data: region });
        store.set({ id: region.id, data, digest: generateDigest(data) });
      }
    },
  };
}
