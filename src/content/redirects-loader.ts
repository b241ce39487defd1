/**
 * Astro content loader for the redirect pages content/anchors.json declares
 * (old page paths, renamed regions), read by anchors-fs.ts: one entry,
 * `anchors.json`, always present, so pages get the declarations from the
 * `redirects` collection and never from the file system.
 */
import type { Loader } from 'astro/loaders';
import { DECLARED_REDIRECTS } from '../schemas/anchor-registry.ts';
import { readAnchorRegistry } from './anchors-fs.ts';

export function redirectsLoader(options: { contentDir: string }): Loader {
  return {
    name: 'baogao-redirects',
    load: async (context) => {
      context.store.clear();
      const { regionRenames, pageRedirects } = readAnchorRegistry(options.contentDir);
      const data = await context.parseData({
        id: DECLARED_REDIRECTS,
        data: { ...(regionRenames ? { regionRenames } : {}), ...(pageRedirects ? { pageRedirects } : {}) },
      });
      context.store.set({ id: DECLARED_REDIRECTS, data, digest: context.generateDigest(data) });
    },
  };
}
