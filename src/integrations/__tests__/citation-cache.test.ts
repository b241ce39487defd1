import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';
import { afterAll, describe, expect, test } from 'vitest';
import { citeprocService } from '../../lib/citations/citeproc-service.ts';
import { formatCitations } from '../../lib/citations/format.ts';
import type { CitationTarget } from '../../lib/citations/report-item.ts';
import { citationCache } from '../citation-cache.ts';

const work = mkdtempSync(join(tmpdir(), 'baogao-citation-cache-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const target = (lang: CitationTarget['lang']): CitationTarget => ({
  report: {
    title: { zh: '政府工作报告', en: 'Report on the Work of the Government' },
    author: { zh: '合成区人民政府', en: "Synthetic District People's Government" },
    deliveredOn: '2025-01-08',
    place: { zh: '太原', en: 'Taiyuan' },
    publisher: { zh: '合成区人民政府', en: "Synthetic District People's Government" },
  },
  url: `https://baogao.example.org/${lang === 'en' ? 'en/' : ''}synthetic/2025/#p12`,
  accessed: '2026-11-25',
  lang,
  paragraph: { id: 'p12', number: '1.10' },
});

/** Runs the integration's hooks as `astro build` does around its pages; returns what it logged. */
async function build(outDir: string, pages: () => void): Promise<string[]> {
  const logged: string[] = [];
  const hooks = citationCache().hooks as Record<string, (params: unknown) => unknown>;
  const call = (name: keyof AstroIntegration['hooks'], params: object = {}) => Promise.resolve(hooks[name]?.(params));
  await call('astro:config:done', { config: { cacheDir: pathToFileURL(join(work, 'cache/')), outDir: pathToFileURL(`${outDir}/`) } });
  await call('astro:build:start', { logger: { warn: (message: string) => logged.push(message) } });
  pages();
  await call('astro:build:generated');
  await call('astro:build:done', { logger: { info: (message: string) => logged.push(message) } });
  return logged;
}

describe('the citation cache', () => {
  // Formatted outside a build: citeproc in this thread, no cache.
  const direct = { zh: formatCitations(target('zh-CN')), en: formatCitations(target('en')) };

  test('formats in its worker exactly what citeproc formats here, and a rebuild takes all of it from the cache', async () => {
    const made: unknown[] = [];
    const format = () => made.push(formatCitations(target('zh-CN')), formatCitations(target('en')));
    const first = await build(join(work, 'site'), format);
    expect(made).toEqual([direct.zh, direct.en]);
    expect(first).toEqual(['citations: 8 citeproc outputs, 0 of them from the cache']);
    expect(citeprocService()).toBeUndefined();

    made.length = 0;
    // Another output folder (a test's, a benchmark's) reuses them too.
    const second = await build(join(work, 'other-site'), format);
    expect(made).toEqual([direct.zh, direct.en]);
    expect(second).toEqual(['citations: 8 citeproc outputs, 8 of them from the cache']);
  }, 60_000);

  test('a citation whose inputs changed is formatted afresh, and the folders that no longer exist lose their entries', async () => {
    const changed = { ...target('en'), accessed: '2026-11-26' };
    let made: unknown;
    const logged = await build(join(work, 'site'), () => (made = formatCitations(changed)));
    expect(made).toEqual(formatCitations(changed));
    expect(made).not.toEqual(direct.en);
    expect(logged).toEqual(['citations: 4 citeproc outputs, 0 of them from the cache']);
    // Neither site folder was ever made here, so only the file of the build just done is left.
    expect(readdirSync(join(work, 'cache/baogao/citations'))).toHaveLength(1);
  }, 60_000);

  test('a file written on another access date is not read (its day’s engines are made afresh), nor an entry that is not an output', async () => {
    const format = () => [formatCitations(target('zh-CN')), formatCitations(target('en'))];
    const onDay = (day: string) => {
      const before = process.env['SOURCE_DATE_EPOCH'];
      process.env['SOURCE_DATE_EPOCH'] = String(Date.parse(`${day}T12:00:00Z`) / 1000);
      return () => {
        if (before === undefined) delete process.env['SOURCE_DATE_EPOCH'];
        else process.env['SOURCE_DATE_EPOCH'] = before;
      };
    };
    const folder = join(work, 'dated-site');
    let restore = onDay('2026-11-27');
    try {
      expect(await build(folder, format)).toEqual(['citations: 8 citeproc outputs, 0 of them from the cache']);
      expect(await build(folder, format)).toEqual(['citations: 8 citeproc outputs, 8 of them from the cache']);
    } finally {
      restore();
    }
    restore = onDay('2026-11-28');
    try {
      expect(await build(folder, format)).toEqual(['citations: 8 citeproc outputs, 0 of them from the cache']);
      // A damaged entry (a hand edit, a truncated write) is formatted again rather than served or crashing the build.
      const cacheDir = join(work, 'cache/baogao/citations');
      for (const name of readdirSync(cacheDir)) {
        const record = JSON.parse(readFileSync(join(cacheDir, name), 'utf8')) as { entries: Record<string, unknown> };
        for (const key of Object.keys(record.entries)) record.entries[key] = { html: '<b>damaged</b>' };
        writeFileSync(join(cacheDir, name), JSON.stringify(record));
      }
      let made: unknown[] = [];
      const logged = await build(folder, () => (made = format()));
      expect(logged).toEqual(['citations: 8 citeproc outputs, 0 of them from the cache']);
      expect(made).toEqual([direct.zh, direct.en]);
    } finally {
      restore();
    }
  }, 120_000);
});
