/**
 * The anchor registry guards published links. The fixture collection's registry
 * (e2e/fixtures/anchors.json) declares that its region was renamed from `fenhe`
 * and that a published #p99 of 2025 now lives at #p5: the fixture site built
 * with it, and old links land on the new paragraph. Without the redirect, the
 * report loader (which fails the build) refuses the content, naming the anchor
 * and the fix: checked on a copy of the fixture content, without a build.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { inject } from 'vitest';
import { reportLoader } from '../src/content/report-loader.ts';
import { describe, expect, siteDir, test } from './test-utils.ts';

const registry = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures/anchors.json'), 'utf8')) as {
  reports: Record<string, { anchors: string[]; redirects?: Record<string, string> }>;
};
const published = registry.reports['fenhe/2025']?.anchors ?? [];

/** Runs the report loader on a copy of the fixture content with another anchors.json; resolves when it accepts it. */
async function loadWithRegistry(anchors: object): Promise<void> {
  const content = mkdtempSync(join(tmpdir(), 'baogao-registry-'));
  cpSync(inject('fixturesContent'), content, { recursive: true });
  writeFileSync(join(content, 'anchors.json'), JSON.stringify(anchors));
  const entries = new Map<string, unknown>();
  const context = {
    store: { clear: () => entries.clear(), set: ({ id, data }: { id: string; data: unknown }) => entries.set(id, data) },
    parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
    generateDigest: () => '',
  };
  await reportLoader({ contentDir: content }).load(context as unknown as LoaderContext);
}

describe('anchor registry', () => {
  test('a removed published anchor without a redirect fails the build, naming the anchor and the fix', async () => {
    await expect(loadWithRegistry({ reports: { 'jinyang-fenhe/2025': { anchors: published } } })).rejects.toThrow(
      /anchors\.json: error: published anchor #p99 of jinyang-fenhe\/2025 no longer exists; declare where it went: "redirects": \{ "p99": "<present id>" \}/,
    );
    // The same registry with the redirect declared is accepted.
    await expect(
      loadWithRegistry({ reports: { 'jinyang-fenhe/2025': { anchors: published, redirects: { p99: 'p5' } } } }),
    ).resolves.toBeUndefined();
  });

  test('a declared redirect keeps the old anchor in the page, inside the paragraph it now points to', () => {
    const html = readFileSync(join(siteDir(), 'jinyang-fenhe/2025/index.html'), 'utf8');
    expect(html).toMatch(/<div class="block[^"]*" id="p5"[^>]*>(?:(?!<div class="block).)*<span id="p99" class="anchor-alias"/s);
  });

  test('an old link (renamed region, redirected anchor) lands on the new paragraph at the top of the window', async ({ open }) => {
    // A low window, so the short fixture report can scroll its paragraph to the top.
    const page = await open('/fenhe/2025/#p99', { viewport: { width: 1280, height: 400 } });
    await page.waitForURL(/\/sub\/path\/jinyang-fenhe\/2025\/#p99$/);
    await expect(page.locator('#p99').evaluate((element) => element.matches(':target'))).resolves.toBe(true);
    const top = await page.locator('#p5').evaluate((element) => element.getBoundingClientRect().top);
    // Scrolled to the top, give or take a subpixel.
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(200);
  });

  test('every view of the renamed region redirects, in both languages, without JavaScript too', async ({ open }) => {
    for (const [from, to] of [
      ['/fenhe/2024/', '/sub/path/jinyang-fenhe/2024/'],
      ['/en/fenhe/2025/parallel/', '/sub/path/en/jinyang-fenhe/2025/parallel/'],
    ] as const) {
      const page = await open(from, { javaScriptEnabled: false });
      await page.waitForURL((url) => url.pathname === to);
    }
  });
});
