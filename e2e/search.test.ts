/**
 * Search in real Chromium against the real Pagefind index: the evaluation set
 * (precision and recall), the search UI (URL state, filters with counts, sort,
 * keyboard, IME, hostile queries), the highlight on the landing page, and
 * multi-year, multi-region search in the fixture collection under a sub-path.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { axeViolations, openPage, siteUrl, useBrowser } from './browser.ts';

const browser = useBrowser();
const evaluation = JSON.parse(readFileSync(join(import.meta.dirname, 'search-eval/queries.json'), 'utf8')) as {
  query: string;
  kind: string;
  expected: string[];
}[];

async function resultsFor(page: Page, query: string, { fixture = false, params = '' } = {}): Promise<string[]> {
  await page.goto(`${siteUrl('/search/', { fixture })}?q=${encodeURIComponent(query)}${params}`);
  await page.waitForSelector(`.search-page[data-searched]`);
  return page.locator('.search-results a').evaluateAll((links) =>
    links.map((link) => {
      const url = new URL((link as HTMLAnchorElement).href);
      return url.pathname + url.hash;
    }),
  );
}

describe('search quality on the evaluation set', () => {
  test(`has at least 40 queries of every kind`, () => {
    expect(evaluation.length).toBeGreaterThanOrEqual(40);
    expect(new Set(evaluation.map((entry) => entry.kind))).toEqual(new Set(['chinese', 'figure', 'english', 'glossary', 'multi-word']));
  });

  test('precision and recall are 1.0, and the relevant paragraphs come first', async () => {
    const page = await openPage(browser(), '/search/');
    const rows: string[] = [];
    let found = 0;
    let relevantFound = 0;
    let expectedTotal = 0;
    for (const { query, expected } of evaluation) {
      const results = await resultsFor(page, query);
      const relevant = results.filter((url) => expected.includes(url));
      found += results.length;
      relevantFound += relevant.length;
      expectedTotal += expected.length;
      const precision = results.length === 0 ? 1 : relevant.length / results.length;
      const recall = expected.length === 0 ? 1 : relevant.length / expected.length;
      rows.push(`${query}\tP=${precision.toFixed(2)}\tR=${recall.toFixed(2)}\t(${results.length} found, ${expected.length} expected)`);
    }
    const precision = relevantFound / found;
    const recall = relevantFound / expectedTotal;
    console.log(
      `search evaluation: ${evaluation.length} queries, precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}\n${rows.join('\n')}`,
    );
    expect(rows.filter((row) => !row.includes('P=1.00\tR=1.00'))).toEqual([]);
    expect(precision).toBe(1);
    expect(recall).toBe(1);
    await page.context().close();
  }, 180_000);

  test('信创 finds the paragraphs that say 信创, not a decoy with 诚信 … 创新 (fixture)', async () => {
    const page = await openPage(browser(), '/search/', { fixture: true });
    const results = await resultsFor(page, '信创', { fixture: true });
    expect(results).toEqual(['/sub/path/jinyang-hexi/2024/#p2']);
    await page.context().close();
  });
});

describe('search page', () => {
  test('takes its query from the URL, shows the report, year, paragraph and a highlighted excerpt', async () => {
    const page = await openPage(browser(), '/search/?q=草莓');
    await page.waitForSelector('.search-page[data-searched]');
    await expect(page.locator('#search-q').inputValue()).resolves.toBe('草莓');
    const first = page.locator('.search-results li').first();
    await expect(first.locator('a').textContent()).resolves.toMatch(/太原市小店区 · 2024 · 政府工作报告 · 第 \d\.\d(\.\d)? 段/);
    await expect(first.locator('mark').first().textContent()).resolves.toBe('草莓');
    await expect(page.locator('[data-status]').textContent()).resolves.toBe('共 2 条结果');
    await page.context().close();
  });

  test('filters show counts and narrow the results; the URL records them', async () => {
    const page = await openPage(browser(), '/en/search/?q=5G');
    await page.waitForSelector('.search-page[data-searched]');
    const language = page.getByRole('group', { name: 'Filter results' }).locator('fieldset', { hasText: 'Language' });
    await expect(language.textContent()).resolves.toMatch(/English \(1\)/);
    await expect(language.textContent()).resolves.toMatch(/Chinese \(1\)/);
    await language.getByLabel(/English/).check();
    await expect.poll(() => page.locator('.search-results li').count()).toBe(1);
    expect(new URL(page.url()).searchParams.getAll('language')).toEqual(['en']);
    await expect(page.locator('.search-results a').getAttribute('href')).resolves.toMatch(/^\/en\/taiyuan-xiaodian\/2024\/\?hl=5G#p6$/);
    await page.context().close();
  });

  test('the result opens the paragraph with the match highlighted', async () => {
    const page = await openPage(browser(), '/search/?q=惠商保');
    await page.waitForSelector('.search-page[data-searched]');
    await page.locator('.search-results a[href*="#p6"]').click();
    await page.waitForURL(/#p6$/);
    await expect(page.locator('#p6 mark.search-hit').first().textContent()).resolves.toBe('惠商保');
    await page.context().close();
  });

  test('"/" and Ctrl+K focus the search box from any page; the header box submits to the search page', async () => {
    const page = await openPage(browser(), '/taiyuan-xiaodian/2024/');
    await page.keyboard.press('/');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+k');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await page.keyboard.type('楼宇经济');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('.search-page[data-searched]');
    await expect(page.locator('.search-results li').count()).resolves.toBe(3);
    await page.context().close();
  });

  test('no search fires in the middle of an IME composition', async () => {
    const page = await openPage(browser(), '/search/');
    await page.locator('#search-q').focus();
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-q');
      if (!input) return;
      input.dispatchEvent(new CompositionEvent('compositionstart'));
      input.value = 'cao';
      input.dispatchEvent(new InputEvent('input', { isComposing: true, data: 'cao' }));
    });
    await page.waitForTimeout(600);
    await expect(page.locator('.search-page').getAttribute('data-searched')).resolves.toBeNull();
    expect(new URL(page.url()).search).toBe('');
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('#search-q');
      if (!input) return;
      input.value = '草莓';
      input.dispatchEvent(new CompositionEvent('compositionend', { data: '草莓' }));
    });
    await page.waitForSelector('.search-page[data-searched="草莓"]');
    await expect(page.locator('.search-results li').count()).resolves.toBe(2);
    await page.context().close();
  });

  test('a query is only ever text: markup and script in ?q= and in the box do nothing', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const page = await openPage(browser(), `/search/?q=${encodeURIComponent(hostile)}`);
    await page.waitForSelector('.search-page[data-searched]');
    await expect(page.locator('[data-status]').textContent()).resolves.toContain('<img src=x');
    await expect(page.locator('.search-page img, .search-page script:not([src])').count()).resolves.toBe(0);
    await page.locator('#search-q').fill('<b>草莓</b><svg onload=window.__pwned=3>');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('.search-page b, .search-page svg').count()).resolves.toBe(0);
    await page.context().close();
  });

  test('navigation, note controls and paragraph-number labels are not in the index', async () => {
    const page = await openPage(browser(), '/search/');
    for (const query of ['本段链接', '关闭注释', '显示英文译文', 'Show the Chinese original', '跳到正文']) {
      expect(await resultsFor(page, query), query).toEqual([]);
    }
    await page.context().close();
  });

  test('the search page has no axe violations', async () => {
    const page = await openPage(browser(), '/search/?q=信创');
    await page.waitForSelector('.search-page[data-searched]');
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});

describe('across years and regions (fixture collection under /sub/path/)', () => {
  test('finds every year and region, filters by year and region, sorts by year', async () => {
    const page = await openPage(browser(), '/search/', { fixture: true });
    const all = await resultsFor(page, '三创一治', { fixture: true });
    expect(all.filter((url) => url.includes('/jinyang-fenhe/2024/')).length).toBeGreaterThan(0);
    expect(all.filter((url) => url.includes('/jinyang-fenhe/2025/')).length).toBeGreaterThan(0);
    const newest = await resultsFor(page, '草莓', { fixture: true, params: '&sort=newest' });
    expect(newest.length).toBe(2);
    const oldestFirst = await resultsFor(page, '三创一治', { fixture: true, params: '&sort=oldest&language=zh' });
    expect(oldestFirst[0]).toMatch(/\/2024\//);
    expect(oldestFirst.at(-1)).toMatch(/\/2025\//);
    const byYear = await resultsFor(page, '三创一治', { fixture: true, params: '&year=2025' });
    expect(byYear.every((url) => url.includes('/2025/'))).toBe(true);
    const byRegion = await resultsFor(page, '草莓', { fixture: true, params: `&region=${encodeURIComponent('晋阳市河西区')}` });
    expect(byRegion).toEqual(['/sub/path/jinyang-hexi/2024/#p5']);
    await page.context().close();
  });

  test("a glossary term's page lists its occurrences across years", async () => {
    const page = await openPage(browser(), '/glossary/san-chuang-yi-zhi/', { fixture: true });
    const headings = await page.locator('main h2').allTextContents();
    expect(headings).toEqual(['晋阳市汾河县 2025 年报告', '晋阳市汾河县 2024 年报告']);
    await expect(page.locator('main a[href*="/jinyang-fenhe/2024/#p"]').count()).resolves.toBe(1);
    await page.context().close();
  });
});
