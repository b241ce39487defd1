/** Region slugs the site uses itself come from the routes, so a new page reserves its own name. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { reservedRegionSlugs } from '../reserved-slugs-fs.ts';

test('every section of the site is reserved, and no region page is', () => {
  const reserved = reservedRegionSlugs();
  for (const slug of ['search', 'glossary', 'about', 'en', '404', 'pagefind', '_astro', 'katex', 'og', 'pdf', 'reports'])
    expect(reserved.has(slug), slug).toBe(true);
  expect(reserved.get('search')).toBe('a page (src/pages/[...lang]/search.astro)');
  for (const name of reserved.keys()) expect(name).not.toMatch(/^\[|^index$|^taiyuan/);
});

test('a page inside an optional rest folder ([...lang]) reserves its name; a dynamic route does not', () => {
  const root = mkdtempSync(join(tmpdir(), 'baogao-pages-'));
  mkdirSync(join(root, 'src/pages/[...lang]/glossary'), { recursive: true });
  mkdirSync(join(root, 'src/pages/[...lang]/[region]'), { recursive: true });
  writeFileSync(join(root, 'src/pages/[...lang]/compare.astro'), '');
  writeFileSync(join(root, 'src/pages/[...lang]/index.astro'), '');
  writeFileSync(join(root, 'src/pages/[...lang]/[region]/index.astro'), '');
  writeFileSync(join(root, 'src/pages/[...legacy].astro'), '');
  const reserved = reservedRegionSlugs(root);
  expect(reserved.get('compare')).toBe('a page (src/pages/[...lang]/compare.astro)');
  expect(reserved.get('glossary')).toBe('a page (src/pages/[...lang]/glossary/)');
  expect(reserved.has('en')).toBe(true);
  expect([...reserved.keys()].filter((name) => name.includes('[') || name === 'index')).toEqual([]);
});
