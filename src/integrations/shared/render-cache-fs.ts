/**
 * A cache of rendered files (the PDF editions, the preview images) outside the built
 * site, so that a rebuild with unchanged content renders none of them again. Node
 * APIs; build steps and `npm run pdf` only.
 *
 * An entry is named by the hash of every input that decides its bytes (render-inputs-fs.ts
 * and the callers' keys), so a changed input is a new name and can never be served in
 * place of a fresh render. The folder, `<cacheDir>/baogao/` (Astro's cacheDir,
 * node_modules/.astro by default; BAOGAO_CACHE_DIR overrides it), holds:
 *
 *     <kind>/<key>.<ext>             the entries (kind: pdf, og)
 *     sites/<kind>-<site hash>.json  which entries the last build of each output folder used
 *
 * Pruning: when a step finishes, it records the keys its build used for its output
 * folder, forgets the records of output folders that no longer exist, and deletes every
 * entry of its kind that no record names. So the cache holds exactly what the last build
 * of each existing output folder used: a changed paragraph's old PDF goes at the next
 * build, and builds of other folders (the tests' sites, a benchmark's) keep theirs.
 */
import { hashParts } from '../../lib/hash-parts.ts';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface RenderCache {
  /** The folder of this cache (all kinds). */
  dir: string;
  /** The cached bytes for this key, or undefined; either way, the key counts as used by this build. */
  read(key: string): Promise<Uint8Array | undefined>;
  /** Stores a fresh render under its key (atomically: a reader never sees half a file). */
  write(key: string, bytes: Uint8Array): Promise<void>;
  /** Records the keys this build used and deletes the entries no existing output folder uses; returns how many went. */
  prune(): Promise<number>;
}

export interface RenderCacheOptions {
  /** The cache folder: `resolveCacheDir(...)`. */
  dir: string;
  /** What is cached: a folder name, `pdf` or `og`. */
  kind: string;
  /** File extension of the entries, without the dot. */
  ext: string;
  /** The built site's output folder the entries are for. */
  site: string;
}

/**
 * The cache folder: BAOGAO_CACHE_DIR if set, else `baogao/` in Astro's cacheDir (given by the
 * build's config; `npm run pdf`, outside Astro, uses Astro's default, node_modules/.astro).
 */
export function resolveCacheDir(env: Record<string, string | undefined>, astroCacheDir?: URL): string {
  const override = env['BAOGAO_CACHE_DIR'];
  if (override) return resolve(override);
  return astroCacheDir ? join(fileURLToPath(astroCacheDir), 'baogao') : resolve('node_modules/.astro/baogao');
}

const KEY = /^[0-9a-f]{64}$/;

interface SiteRecord {
  site: string;
  keys: string[];
}

export function openRenderCache({ dir, kind, ext, site }: RenderCacheOptions): RenderCache {
  const entries = join(dir, kind);
  const sites = join(dir, 'sites');
  const used = new Set<string>();
  const entryFile = (key: string) => {
    if (!KEY.test(key)) throw new Error(`render cache: not a SHA-256 key: ${key}`);
    return join(entries, `${key}.${ext}`);
  };
  const siteRecord = (outDir: string) => join(sites, `${kind}-${hashParts([resolve(outDir)]).slice(0, 16)}.json`);

  return {
    dir,
    async read(key) {
      const file = entryFile(key);
      used.add(key);
      try {
        return new Uint8Array(await readFile(file));
      } catch {
        return undefined;
      }
    },
    async write(key, bytes) {
      used.add(key);
      await mkdir(entries, { recursive: true });
      const file = entryFile(key);
      const partial = `${file}.${process.pid}.partial`;
      await writeFile(partial, bytes);
      await rename(partial, file);
    },
    async prune() {
      await mkdir(sites, { recursive: true });
      const record: SiteRecord = { site: resolve(site), keys: [...used].sort() };
      await writeFile(siteRecord(site), `${JSON.stringify(record, null, 1)}\n`);
      const keep = new Set<string>();
      for (const name of await readdir(sites)) {
        if (!name.startsWith(`${kind}-`) || !name.endsWith('.json')) continue;
        const file = join(sites, name);
        let other: SiteRecord;
        try {
          other = JSON.parse(await readFile(file, 'utf8')) as SiteRecord;
        } catch {
          await rm(file, { force: true });
          continue;
        }
        if (!existsSync(other.site)) {
          await rm(file, { force: true });
          continue;
        }
        for (const key of other.keys) keep.add(key);
      }
      let pruned = 0;
      for (const name of existsSync(entries) ? await readdir(entries) : []) {
        const key = name.slice(0, name.indexOf('.'));
        if (keep.has(key) || name.endsWith('.partial')) continue;
        await rm(join(entries, name), { force: true });
        pruned++;
      }
      return pruned;
    },
  };
}
