import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { sitemapFilter } from '../sitemap-filter.ts';

/** A content folder with one report of a renamed region and one declared page redirect (only what the filter reads). */
const contentDir = mkdtempSync(join(tmpdir(), 'sitemap-filter-'));
mkdirSync(join(contentDir, 'reports', 'jinyang-fenhe', '2025'), { recursive: true });
writeFileSync(join(contentDir, 'reports', 'jinyang-fenhe', '2025', 'zh.mdx'), '');
writeFileSync(
  join(contentDir, 'anchors.json'),
  JSON.stringify({ reports: {}, regionRenames: { fenhe: 'jinyang-fenhe' }, pageRedirects: { '/old/about/': '/about/' } }),
);
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

describe('sitemapFilter', () => {
  test.for(['/', '/sub/path/'])('under %s, leaves out the redirect pages content/anchors.json makes, in both languages', (base) => {
    const listed = sitemapFilter({ contentDir, base });
    const url = (path: string) => `https://baogao.example.org${base}${path}`;
    for (const path of ['fenhe/2025/', 'fenhe/2025/parallel/', 'en/fenhe/2025/', 'en/fenhe/2025/interleaved/', 'old/about/'])
      expect(listed(url(path)), path).toBe(false);
    for (const path of ['', 'jinyang-fenhe/2025/', 'en/jinyang-fenhe/2025/parallel/', 'about/', 'fenhe/', 'fenhe/2024/'])
      expect(listed(url(path)), path).toBe(true);
  });

  test('leaves out share pages, cite pages (a paragraph’s and a report’s) and 404', () => {
    const listed = sitemapFilter({ contentDir, base: '/' });
    for (const path of ['jinyang-fenhe/2025/p3/', 'en/jinyang-fenhe/2025/cite/p3/', 'jinyang-fenhe/2025/cite/', '404/'])
      expect(listed(`https://baogao.example.org/${path}`), path).toBe(false);
  });
});
