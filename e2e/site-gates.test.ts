/**
 * Site-wide quality gates on the built sites: every internal link, anchor and
 * asset resolves (also under a sub-path), valid HTML and no axe violations on
 * every page of the sitemap in both themes, a strict Content Security Policy,
 * no third-party requests, and offline rereading of an opened report.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, test } from 'vitest';
import { axeViolations, openPage, siteUrl, useBrowser } from './browser.ts';

const browser = useBrowser();
const SITE_ORIGIN = 'https://baogao.example.org';

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.html'))
    .map((file) => join(dir, file));
}

/** The file a site path serves, or undefined. */
function fileFor(dir: string, base: string, pathname: string): string | undefined {
  if (!pathname.startsWith(base)) return undefined;
  const path = join(dir, decodeURIComponent(pathname.slice(base.length)));
  if (existsSync(path) && statSync(path).isFile()) return path;
  const index = join(path, 'index.html');
  return existsSync(index) ? index : undefined;
}

function idsIn(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ''));
}

function brokenLinks(dir: string, base: string): string[] {
  const problems: string[] = [];
  const idCache = new Map<string, Set<string>>();
  for (const file of htmlFiles(dir)) {
    const html = readFileSync(file, 'utf8');
    const pagePath = base + relative(dir, file).replace(/index\.html$/, '');
    for (const match of html.matchAll(/\s(?:href|src|action|content)="([^"]*)"/g)) {
      const raw = match[1] ?? '';
      if (match[0].startsWith(' content=') && !raw.startsWith(SITE_ORIGIN) && !/^0; url=/.test(raw)) continue;
      const value = raw.replace(/^0; url=/, '');
      if (/^(mailto:|tel:|data:|javascript:)/.test(value) || value === '') continue;
      const url = new URL(value.replaceAll('&amp;', '&'), `${SITE_ORIGIN}${pagePath}`);
      if (url.origin !== SITE_ORIGIN) {
        problems.push(`${relative(dir, file)}: third-party link ${value}`);
        continue;
      }
      const target = fileFor(dir, base, url.pathname);
      if (!target) {
        problems.push(`${relative(dir, file)}: ${value} does not resolve`);
        continue;
      }
      if (url.hash && target.endsWith('.html')) {
        const ids = idCache.get(target) ?? idsIn(readFileSync(target, 'utf8'));
        idCache.set(target, ids);
        const id = decodeURIComponent(url.hash.slice(1));
        if (!ids.has(id)) problems.push(`${relative(dir, file)}: ${value} — no #${id} in ${relative(dir, target)}`);
      }
    }
  }
  return problems;
}

function sitemapPaths(dir: string): string[] {
  const xml = readFileSync(join(dir, 'sitemap-0.xml'), 'utf8');
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? '').pathname);
}

describe('links', () => {
  test('every internal link, anchor and asset of the site resolves', () => {
    expect(brokenLinks(inject('siteDir'), '/')).toEqual([]);
  });

  test('… and of a site built under the sub-path /sub/path/', () => {
    expect(brokenLinks(inject('fixturesDir'), '/sub/path/')).toEqual([]);
  });
});

describe('every page in the sitemap', () => {
  const paths = sitemapPaths(inject('siteDir'));

  test('the sitemap lists the home pages, every report view in both languages, the glossary, search and about pages', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        '/',
        '/en/',
        '/taiyuan-xiaodian/2024/',
        '/en/taiyuan-xiaodian/2024/parallel/',
        '/glossary/hui-shang-bao/',
        '/en/search/',
        '/about/',
      ]),
    );
    expect(paths.length).toBeGreaterThan(40);
  });

  test('is valid HTML (html-validate)', async () => {
    // The project's rules (.htmlvalidate.json): Astro writes <meta … />, and long bilingual titles are intended.
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../.htmlvalidate.json'), 'utf8')));
    const problems: string[] = [];
    for (const path of paths) {
      const file = fileFor(inject('siteDir'), '/', path) ?? '';
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${path}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  test('has no axe violations, in the light and the dark theme', async () => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser().newContext({ colorScheme, viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      for (const path of paths) {
        await page.goto(siteUrl(path));
        for (const violation of await axeViolations(page)) problems.push(`${colorScheme} ${path}: ${violation}`);
      }
      await context.close();
    }
    expect(problems).toEqual([]);
  }, 600_000);
});

describe('security', () => {
  test('every page carries a Content Security Policy without unsafe-inline scripts or eval', () => {
    for (const file of htmlFiles(inject('siteDir'))) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(csp, file).toBeDefined();
      const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? '';
      expect(scriptSrc, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(csp, file).toContain("default-src 'self'");
    }
  });

  test('pages work under the policy (no violations) and make no third-party requests', async () => {
    for (const path of ['/', '/taiyuan-xiaodian/2024/', '/en/taiyuan-xiaodian/2024/parallel/', '/search/?q=信创', '/about/']) {
      const context = await browser().newContext();
      const page = await context.newPage();
      const violations: string[] = [];
      const foreign: string[] = [];
      page.on('console', (message) => {
        if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
      });
      page.on('request', (request) => {
        if (!request.url().startsWith(siteUrl('/')) && !request.url().startsWith('data:')) foreign.push(request.url());
      });
      await page.goto(siteUrl(path));
      if (path.startsWith('/search/')) await page.waitForSelector('.search-page[data-searched]');
      if (path.includes('2024')) await page.locator('#p6 a.gloss-ref').first().click();
      expect(violations, path).toEqual([]);
      expect(foreign, path).toEqual([]);
      await context.close();
    }
  });
});

describe('offline', () => {
  test('a reader who has opened a report can reread it offline', async () => {
    const page = await openPage(browser(), '/taiyuan-xiaodian/2024/');
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit installs the worker; the page is kept once it is controlled.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.reload();
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.locator('h1').textContent()).resolves.toContain('政府工作报告');
    await expect(page.locator('[data-block]').count()).resolves.toBe(62);
    const styled = await page.locator('.view-switch').evaluate((element) => getComputedStyle(element).position);
    expect(styled).toBe('sticky');
    await page.context().close();
  });
});
