/**
 * Site-wide quality gates on the built sites: every internal link, anchor and
 * asset resolves (also under a sub-path), the sitemap lists every page people
 * read, valid HTML and no axe violations on every page of the real site's
 * sitemap in both themes, a strict Content Security Policy, no third-party
 * requests, and offline rereading of an opened report (under the sub-path).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { readReport } from '../src/content/report-files-fs.ts';
import { contentDir, reportFiles } from './report-files.ts';
import { axeViolations, describe, DESKTOP, expect, searchDone, siteDir, siteUrl, test, type Site } from './test-utils.ts';

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

/**
 * The pages people read, from the site's content: home, about, search and glossary index, every report view and
 * glossary term, the changes page of every report with English, the key figures and targets pages, in both languages.
 */
function readablePages(site: Site, base: string): string[] {
  const reports = readdirSync(join(contentDir(site), 'reports')).flatMap((region) =>
    readdirSync(join(contentDir(site), 'reports', region)).map((year) => `${region}/${year}`),
  );
  const terms = new Set(reports.flatMap((reportId) => reportFiles(reportId, site).glossary.map((entry) => entry.key)));
  // Key figures: a page per report with figures.json, a targets page per region with any, a page per year whose targets two regions or more state.
  const withFigures = reports.filter((reportId) => readReport(contentDir(site), reportId).figures);
  const regionsByYear = new Map<number, Set<string>>();
  for (const reportId of withFigures)
    for (const figure of readReport(contentDir(site), reportId).figures?.file.figures ?? [])
      if (figure.kind === 'target' && figure.indicator)
        regionsByYear.set(figure.year, (regionsByYear.get(figure.year) ?? new Set()).add(reportId.split('/')[0] ?? ''));
  const pages = [
    '',
    'about/',
    'search/',
    'glossary/',
    ...reports.flatMap((reportId) => ['', 'parallel/', 'interleaved/'].map((view) => `${reportId}/${view}`)),
    ...[...terms].map((key) => `glossary/${key}/`),
    ...reports.filter((reportId) => reportFiles(reportId, site).translation).map((reportId) => `${reportId}/changes/`),
    ...withFigures.map((reportId) => `${reportId}/figures/`),
    ...new Set(withFigures.map((reportId) => `${reportId.split('/')[0] ?? ''}/targets/`)),
    ...[...regionsByYear].filter(([, regions]) => regions.size >= 2).map(([year]) => `targets/${year}/`),
  ];
  return pages.flatMap((page) => [`${base}${page}`, `${base}en/${page}`]).sort();
}

describe('links', () => {
  test('every internal link, anchor and asset of the site resolves', () => {
    expect(brokenLinks(siteDir('real'), '/')).toEqual([]);
  });

  test('… and of a site built under the sub-path /sub/path/', () => {
    expect(brokenLinks(siteDir(), '/sub/path/')).toEqual([]);
  });
});

describe('the sitemap', () => {
  test('lists exactly the pages people read: home, about, search, every report view and glossary term, key figures and targets, in both languages', () => {
    expect(sitemapPaths(siteDir('real')).sort()).toEqual(readablePages('real', '/'));
  });

  // The fixture site renames a region: its old slug's redirect pages (noindex, see RedirectPage.astro) are not listed.
  test('… also under a sub-path, where a renamed region leaves redirect pages', () => {
    expect(sitemapPaths(siteDir()).sort()).toEqual(readablePages('fixtures', '/sub/path/'));
  });
});

describe('every page in the sitemap', () => {
  const paths = sitemapPaths(siteDir('real'));

  test('is valid HTML (html-validate)', async () => {
    // The project's rules (.htmlvalidate.json): Astro writes <meta … />, and long bilingual titles are intended.
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../.htmlvalidate.json'), 'utf8')) as ConfigData);
    const problems: string[] = [];
    for (const path of paths) {
      const file = fileFor(siteDir('real'), '/', path) ?? '';
      const report = await validator.validateString(readFileSync(file, 'utf8'), file);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${path}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(problems).toEqual([]);
  });

  test('has no axe violations, in the light and the dark theme', { timeout: 600_000 }, async ({ open }) => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/', { site: 'real', colorScheme, viewport: DESKTOP });
      for (const path of paths) {
        await page.goto(siteUrl(path, 'real'));
        for (const violation of await axeViolations(page)) problems.push(`${colorScheme} ${path}: ${violation}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('security', () => {
  test('every page carries a Content Security Policy without unsafe-inline scripts or eval', () => {
    for (const file of htmlFiles(siteDir('real'))) {
      const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(readFileSync(file, 'utf8'))?.[1];
      expect(csp, file).toBeDefined();
      const scriptSrc = /script-src ([^;]+)/.exec(csp ?? '')?.[1] ?? '';
      expect(scriptSrc, file).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
      expect(csp, file).toContain("default-src 'self'");
    }
  });

  test('pages work under the policy (no violations) and make no third-party requests', async ({ open }) => {
    // The home page, a report in two views (the first in the sitemap), a search with results, a prose page.
    const report = sitemapPaths(siteDir('real')).find((path) => /^\/[\w-]+\/\d{4}\/$/.test(path)) ?? '';
    for (const path of ['/', report, `/en${report}parallel/`, '/search/?q=政府', '/about/']) {
      const violations: string[] = [];
      const foreign: string[] = [];
      const page = await open(path, {
        site: 'real',
        before: (blank) => {
          blank.on('console', (message) => {
            if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
          });
          blank.on('request', (request) => {
            if (!request.url().startsWith(siteUrl('/', 'real')) && !request.url().startsWith('data:')) foreign.push(request.url());
          });
        },
      });
      if (path.startsWith('/search/')) await searchDone(page);
      // A glossary note: the client builds it at runtime, under the same policy.
      if (path.includes(report)) await page.locator('a.gloss-ref').first().click();
      expect(violations, path).toEqual([]);
      expect(foreign, path).toEqual([]);
    }
  });
});

describe('offline (fixture site, under /sub/path/)', () => {
  test('a reader who has opened a report can reread it offline', async ({ open }) => {
    const page = await open('/jinyang-fenhe/2025/');
    const blocks = await page.locator('[data-block]').count();
    expect(blocks).toBeGreaterThan(0);
    const styled = () => page.getByRole('navigation', { name: '阅读方式' }).evaluate((element) => getComputedStyle(element).position);
    const online = await styled();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The first visit installs the worker; the page is kept once it is controlled.
    await page.reload();
    await expect.poll(() => page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
    await page.reload();
    await page.context().setOffline(true);
    await page.reload();
    await expect(page.getByRole('main').getByRole('heading', { level: 1 }).textContent()).resolves.toBe(
      reportFiles('jinyang-fenhe/2025').meta.title,
    );
    await expect(page.locator('[data-block]').count()).resolves.toBe(blocks);
    // The stylesheet came from the cache too.
    await expect(styled()).resolves.toBe(online);
    expect(online).not.toBe('static');
  });
});
