/**
 * Astro content loader for regions: one entry per region of content/regions.json
 * (keyed by slug), read by regions-fs.ts, so a broken entry fails the build
 * naming the file and the field, and a slug the site uses itself is refused.
 * In `astro dev` an edit of the file reloads it, as Astro's file() loader did.
 */
import type { Loader, LoaderContext } from 'astro/loaders';
import { readRegions, regionsPath } from './regions-fs.ts';

export function regionsLoader(options: { contentDir: string }): Loader {
  const sync = async (context: LoaderContext) => {
    const regions = readRegions(options.contentDir);
    context.store.clear();
    for (const region of regions) {
      const data = await context.parseData({ id: region.id, data: region });
      context.store.set({ id: region.id, data, digest: context.generateDigest(data) });
    }
  };
  return {
    name: 'baogao-regions',
    load: async (context) => {
      await sync(context);
      const path = regionsPath(options.contentDir);
      context.watcher?.add(path);
      context.watcher?.on('change', (changed) => {
        // A broken edit is reported and the last good regions stay, as with any content error in dev.
        if (changed === path) sync(context).catch((error: unknown) => context.logger.error((error as Error).message));
      });
    },
  };
}
