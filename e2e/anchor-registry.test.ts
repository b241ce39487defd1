/**
 * The anchor registry guards published links: the real build fails when a
 * published anchor disappears, passes once a redirect is declared, and the
 * redirect then works in a browser; a renamed region keeps its old URLs.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { buildSite } from '../scripts/lib/build-site.ts';
import { startStaticServer, type StaticServer } from '../src/integrations/shared/static-server.ts';
import { buildFixtureCollection } from './fixtures/collection.ts';
import { useBrowser } from './browser.ts';

const browser = useBrowser();
const servers: StaticServer[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => server.close()));
});

/** A fixture content folder whose registry says p99 and g-old-key were published too. */
function contentWithRegistry(registry: object): string {
  const content = mkdtempSync(join(tmpdir(), 'baogao-registry-'));
  cpSync(buildFixtureCollection(), content, { recursive: true });
  writeFileSync(join(content, 'anchors.json'), JSON.stringify(registry));
  return content;
}

const published = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p99'];

describe('anchor registry in the build', () => {
  test('a removed published anchor fails the build, naming the anchor and the fix', () => {
    const content = contentWithRegistry({ reports: { 'jinyang-fenhe/2025': { anchors: published } } });
    expect(() => buildSite({ outDir: join(content, 'dist'), contentDir: content, pdf: false })).toThrow(
      /anchors\.json: error: published anchor #p99 of jinyang-fenhe\/2025 no longer exists; declare where it went: "redirects": \{ "p99": "<present id>" \}/,
    );
  }, 120_000);

  test('a declared redirect passes the build, and the old link lands on the new paragraph; a renamed region keeps its URLs', async () => {
    const content = contentWithRegistry({
      reports: { 'fenhe/2025': { anchors: published, redirects: { p99: 'p5' } } },
      regionRenames: { fenhe: 'jinyang-fenhe' },
    });
    const outDir = join(content, 'dist');
    buildSite({ outDir, contentDir: content, pdf: false });
    expect(readFileSync(join(outDir, 'jinyang-fenhe/2025/index.html'), 'utf8')).toContain('<span id="p99" class="anchor-alias"');
    const server = await startStaticServer(outDir);
    servers.push(server);
    const page = await browser().newPage();
    await page.goto(`${server.url}fenhe/2025/#p99`);
    await page.waitForURL(/\/jinyang-fenhe\/2025\/#p99$/);
    const top = await page.locator('#p5').evaluate((element) => element.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);
    await page.close();
  }, 120_000);
});
