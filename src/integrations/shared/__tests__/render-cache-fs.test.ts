import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { hashParts } from '../../../lib/hash-parts.ts';
import { openRenderCache, resolveCacheDir } from '../render-cache-fs.ts';

const temporary: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baogao-render-cache-'));
  temporary.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of temporary.splice(0)) rmSync(dir, { recursive: true, force: true });
});

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (data: Uint8Array | undefined) => (data ? new TextDecoder().decode(data) : undefined);

describe('render cache', () => {
  test('keys: length-prefixed parts, so moving a boundary changes the key', () => {
    expect(hashParts(['ab', 'c'])).not.toBe(hashParts(['a', 'bc']));
    expect(hashParts(['ab', 'c'])).toBe(hashParts(['ab', bytes('c')]));
    expect(hashParts(['x'])).toMatch(/^[0-9a-f]{64}$/);
  });

  test('a stored render is read back by its key; another key is a miss', async () => {
    const root = tempDir();
    const site = join(root, 'dist');
    mkdirSync(site);
    const cache = openRenderCache({ dir: join(root, 'cache'), kind: 'pdf', ext: 'pdf', site });
    const key = hashParts(['page v1']);
    expect(await cache.read(key)).toBeUndefined();
    await cache.write(key, bytes('%PDF v1'));
    expect(text(await cache.read(key))).toBe('%PDF v1');
    expect(await cache.read(hashParts(['page v2']))).toBeUndefined();
    await expect(cache.read('../../etc/passwd')).rejects.toThrow(/not a SHA-256 key/);
  });

  test('pruning keeps what the last build of each existing site used, and nothing else', async () => {
    const root = tempDir();
    const dir = join(root, 'cache');
    const [siteA, siteB] = [join(root, 'a'), join(root, 'b')];
    mkdirSync(siteA);
    mkdirSync(siteB);
    const [v1, v2, shared] = [hashParts(['v1']), hashParts(['v2']), hashParts(['shared'])];

    const buildA1 = openRenderCache({ dir, kind: 'pdf', ext: 'pdf', site: siteA });
    await buildA1.write(v1, bytes('1'));
    await buildA1.write(shared, bytes('s'));
    expect(await buildA1.prune()).toBe(0);

    const buildB = openRenderCache({ dir, kind: 'pdf', ext: 'pdf', site: siteB });
    expect(text(await buildB.read(shared))).toBe('s');
    expect(await buildB.prune()).toBe(0);

    // Site a's paragraph changed: v1 is replaced by v2; the shared entry is still a's and b's.
    const buildA2 = openRenderCache({ dir, kind: 'pdf', ext: 'pdf', site: siteA });
    expect(text(await buildA2.read(shared))).toBe('s');
    await buildA2.write(v2, bytes('2'));
    expect(await buildA2.prune()).toBe(1);
    expect(readdirSync(join(dir, 'pdf')).sort()).toEqual([`${shared}.pdf`, `${v2}.pdf`].sort());

    // Site a is deleted; the next build of b forgets it and prunes what only a used.
    rmSync(siteA, { recursive: true });
    const buildB2 = openRenderCache({ dir, kind: 'pdf', ext: 'pdf', site: siteB });
    await buildB2.read(shared);
    expect(await buildB2.prune()).toBe(1);
    expect(readdirSync(join(dir, 'pdf'))).toEqual([`${shared}.pdf`]);
    expect(readdirSync(join(dir, 'sites'))).toHaveLength(1);
  });

  test('kinds are pruned apart: a PDF build keeps the preview images', async () => {
    const root = tempDir();
    const dir = join(root, 'cache');
    const site = join(root, 'dist');
    mkdirSync(site);
    const og = openRenderCache({ dir, kind: 'og', ext: 'png', site });
    await og.write(hashParts(['card']), bytes('png'));
    await og.prune();
    expect(await openRenderCache({ dir, kind: 'pdf', ext: 'pdf', site }).prune()).toBe(0);
    expect(readdirSync(join(dir, 'og'))).toHaveLength(1);
  });

  test('the folder: BAOGAO_CACHE_DIR, else baogao/ in Astro’s cacheDir, else in node_modules/.astro', () => {
    expect(resolveCacheDir({ BAOGAO_CACHE_DIR: '/tmp/x' })).toBe('/tmp/x');
    expect(resolveCacheDir({}, new URL('file:///project/node_modules/.astro/'))).toBe('/project/node_modules/.astro/baogao');
    expect(resolveCacheDir({})).toMatch(/node_modules\/\.astro\/baogao$/);
  });
});
