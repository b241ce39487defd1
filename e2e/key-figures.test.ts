/**
 * Key figures as a reader meets them, on the built sites: a report's
 * "Key figures" page with results and targets linked into the text, the CSV
 * download, a region's targets beside its results over the years (met and
 * missed only where unambiguous, a renamed indicator, a missing year), one
 * year across regions, search by indicator name in both languages; and over
 * the whole of both built sites, every figure a key-figures or targets page
 * quotes appears literally in the paragraph it links to.
 *
 * The fixture region jinyang-qingyuan (e2e/fixtures/sources, its figures in
 * hand-edited/jinyang-qingyuan-<year>/figures.json) states: GDP targets 6% 左右
 * for 2023 (result 5.2%: missed beyond the half-point tolerance) and 5.5% 左右
 * for 2024 (5.6%: met), named 区域地区生产总值 in 2023 and 地区生产总值 after;
 * fixed-asset investment 10% 以上 (12.5%: met) and 8% (7.1%: missed); retail
 * sales 6%—7% (6.4%: met) and nothing for 2024; revenue +5% for 2023 against a
 * level of 8.1 亿元 (no verdict: a change against a level).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate, type ConfigData } from 'html-validate';
import { JSDOM } from 'jsdom';
import type { Page } from 'playwright-core';
import { normalise, pdfText } from './pdf-reading.ts';
import { axeViolations, describe, expect, searchResults, siteDir, siteUrl, test, type Site } from './test-utils.ts';

const BASE = '/sub/path/';
const SITE_ORIGIN = 'https://baogao.example.org';

/** The cells of the row of a table whose row header is `header`, as text. */
async function rowCells(page: Page, table: string, header: string): Promise<string[]> {
  return page
    .locator(`${table} tr`, { has: page.getByRole('rowheader', { name: header, exact: true }) })
    .first()
    .locator('td')
    .allInnerTexts();
}

describe('a report\u2019s key figures (fixture site)', () => {
  test('a reader follows "Key figures" from the report and sees last year\u2019s results and this year\u2019s targets, linked into the text', async ({
    open,
  }) => {
    const page = await open('/jinyang-qingyuan/2024/');
    await page.getByRole('link', { name: '主要指标：完成情况与预期目标' }).click();
    await page.waitForURL((url) => url.pathname === `${BASE}jinyang-qingyuan/2024/figures/`);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('zh-CN');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toContain('主要指标');
    await expect(page.getByRole('navigation', { name: '当前位置' }).getByRole('link').allTextContents()).resolves.toEqual([
      '首页',
      '晋阳市清源县 · 2024 · 政府工作报告',
    ]);
    const results = page.getByRole('region', { name: '2023年完成情况' });
    const targets = page.getByRole('region', { name: '2024年预期目标' });
    const gdpResult = await results
      .locator('tr', { has: page.getByRole('rowheader', { name: '地区生产总值' }) })
      .locator('td')
      .allInnerTexts();
    expect(gdpResult.slice(0, 2)).toEqual(['158.3 亿元', '增长 5.2%']);
    const gdpTarget = await targets
      .locator('tr', { has: page.getByRole('rowheader', { name: '地区生产总值' }) })
      .locator('td')
      .allInnerTexts();
    expect(gdpTarget.slice(0, 2)).toEqual(['未提及', '增长 5.5%左右']);
    // The source of the result: its phrase, linked to its paragraph; following it lands on the paragraph.
    const source = results.locator('tr', { has: page.getByRole('rowheader', { name: '地区生产总值' }) }).getByRole('link');
    const phrase = (await source.locator('q').textContent()) ?? '';
    await source.click();
    await page.waitForURL((url) => url.pathname === `${BASE}jinyang-qingyuan/2024/` && url.hash === '#p2');
    await expect(page.locator(':target > p').textContent()).resolves.toContain(phrase);
  });

  test('in English, values are written as English writes them and rows link to the English report page', async ({ open }) => {
    const page = await open('/en/jinyang-qingyuan/2024/figures/');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en');
    const results = page.getByRole('region', { name: 'Results for 2023' });
    const gdp = results.locator('tr', { has: page.getByRole('rowheader', { name: /^gross regional product$/i }) });
    await expect(gdp.locator('td').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['15.83 billion yuan', 'up 5.2%']));
    await expect(gdp.getByRole('link').getAttribute('href')).resolves.toBe(`${BASE}en/jinyang-qingyuan/2024/#p2`);
    const targets = page.getByRole('region', { name: 'Targets for 2024' });
    await expect(targets.locator('td').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['up about 5.5%', 'up 8%']));
    // The quote is the report's Chinese, marked as such.
    await expect(gdp.locator('q').getAttribute('lang')).resolves.toBe('zh-CN');
    // Other figures (no standard indicator) by paragraph, and the cite box.
    await expect(page.getByRole('heading', { name: 'Other figures' }).isVisible()).resolves.toBe(true);
    await expect(page.getByRole('cell', { name: '1.24 million yuan' }).count()).resolves.toBe(0);
    await expect(page.getByRole('cell', { name: '124 million yuan' }).count()).resolves.toBe(1);
    await expect(page.getByRole('heading', { name: 'How to cite these data' }).isVisible()).resolves.toBe(true);
    await expect(page.locator('.cite-box').count()).resolves.toBe(1);
  });

  test('the CSV download opens in Excel as UTF-8 (BOM), has a header and every row\u2019s permalink', async ({ open }) => {
    const page = await open('/jinyang-qingyuan/2024/figures/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'CSV（电子表格）' }).click()]);
    expect(download.suggestedFilename()).toBe('jinyang-qingyuan-2024-figures.csv');
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]?.split(',')).toEqual(expect.arrayContaining(['indicator', 'kind', 'year', 'change_value', 'phrase', 'permalink']));
    const gdp = lines.find((line) => line.includes('地区生产总值完成 158.3 亿元'));
    expect(gdp?.split(',').at(-1)).toBe(`${SITE_ORIGIN}${BASE}jinyang-qingyuan/2024/#p2`);
    expect(gdp).toContain(',gdp,地区生产总值,gross regional product,');
    // The JSON has the same rows.
    const json = (await (await page.request.get(siteUrl('/jinyang-qingyuan/2024/figures.json'))).json()) as {
      figures: { permalink: string }[];
    };
    expect(json.figures.map((row) => row.permalink)).toContain(`${SITE_ORIGIN}${BASE}jinyang-qingyuan/2024/#p2`);
    expect(json.figures).toHaveLength(lines.filter(Boolean).length - 1);
  });

  test('a report without figures.json (jinyang-hexi/2024, left unextracted by the collection) has no key-figures link', async ({
    open,
  }) => {
    const page = await open('/jinyang-hexi/2024/');
    await expect(page.getByRole('link', { name: '主要指标：完成情况与预期目标' }).count()).resolves.toBe(0);
  });
});

describe('targets and results over the years (fixture region jinyang-qingyuan)', () => {
  const series = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
  const row = (page: Page, name: string, year: number) => series(page, name).locator(`tr[data-year="${year}"]`);

  test('the table says met or missed where the comparison is unambiguous, and nothing where it is not', async ({ open }) => {
    const page = await open('/jinyang-qingyuan/targets/');
    const verdict = (name: string, year: number) => row(page, name, year).locator('.series-verdict').innerText();
    // 6% 左右 against 5.2%: short by more than half a point. 5.5% 左右 against 5.6%: met.
    await expect(verdict('地区生产总值', 2023)).resolves.toBe('未完成');
    await expect(verdict('地区生产总值', 2024)).resolves.toBe('完成');
    // 10% 以上 against 12.5%; 8% against 7.1%; the range 6%—7% against 6.4%.
    await expect(verdict('固定资产投资', 2023)).resolves.toBe('完成');
    await expect(verdict('固定资产投资', 2024)).resolves.toBe('未完成');
    await expect(verdict('社会消费品零售总额', 2023)).resolves.toBe('完成');
    await expect(row(page, '社会消费品零售总额', 2023).locator('.series-target').innerText()).resolves.toContain('增长 6%—7%');
    // A change set against a level: no verdict, both still shown.
    await expect(verdict('一般公共预算收入', 2023)).resolves.toBe('');
    await expect(row(page, '一般公共预算收入', 2023).locator('.series-result').innerText()).resolves.toContain('8.1 亿元');
    // A target stated for the next year only: no verdict yet.
    await expect(verdict('地区生产总值', 2025)).resolves.toBe('');
  });

  test('an indicator renamed between reports is one series; a year no report mentions is a gap, not a zero', async ({ open }) => {
    const page = await open('/jinyang-qingyuan/targets/');
    const gdp2023 = row(page, '地区生产总值', 2023);
    await expect(gdp2023.locator('.series-target q').textContent()).resolves.toContain('区域地区生产总值');
    await expect(gdp2023.locator('.series-result q').textContent()).resolves.toMatch(/^地区生产总值/);
    const retail2024 = row(page, '社会消费品零售总额', 2024);
    await expect(retail2024.locator('td').allInnerTexts()).resolves.toEqual(['未提及', '未提及', '']);
    // The CSV leaves the year's values empty.
    const csv = await (await page.request.get(siteUrl('/jinyang-qingyuan/targets.csv'))).text();
    expect(csv.split('\r\n').find((line) => line.includes(',retail-sales,') && line.includes(',2024,'))).toMatch(
      /,2024,change,percent,,,,,,,,,,$/,
    );
  });

  test('each chart is an SVG made at build time with a text summary, and no charting script is sent', async ({ open }) => {
    const scripts: string[] = [];
    const page = await open('/en/jinyang-qingyuan/targets/', {
      before: (blank) => blank.on('request', (request) => request.resourceType() === 'script' && scripts.push(request.url())),
    });
    const chart = page.locator('section[data-indicator="gdp"] svg[role="img"]');
    await expect(chart.getAttribute('aria-label')).resolves.toBe(
      'gross regional product, change on the year before (%): targets and results, 2022–2025. Met in 2024. Missed in 2023. The table below gives every value.',
    );
    await expect(chart.locator('title').textContent()).resolves.toBe(await chart.getAttribute('aria-label'));
    // By file name without its content hash: a hash can spell "d3" (Base…CtptkD3C.js did).
    const names = scripts.map((url) => (new URL(url).pathname.split('/').pop() ?? '').replace(/\.[\w-]+\.js$/, ''));
    expect(names).not.toEqual([]);
    expect(names.filter((name) => /plot|d3|chart/i.test(name))).toEqual([]);
    // Drawn in the theme's colours: in dark mode the axis text follows the page's text colour.
    await page.emulateMedia({ colorScheme: 'dark' });
    const [fill, text] = await chart.evaluate((svg) => [getComputedStyle(svg).color, getComputedStyle(document.body).color]);
    expect(fill).toBe(text);
  });

  test('one year\u2019s targets of every region, side by side', async ({ open }) => {
    const page = await open('/targets/2025/');
    const header = await page.getByRole('columnheader').allInnerTexts();
    expect(header).toEqual(['指标', '晋阳市汾河县', '晋阳市清源县']);
    await expect(rowCells(page, 'table', '固定资产投资')).resolves.toEqual([
      expect.stringContaining('增长 8%左右'),
      expect.stringContaining('增长 6%'),
    ]);
  });
});

describe('search finds the key-figures page by indicator name', () => {
  test('固定资产投资 in Chinese; in English by its NBS name, "investment in fixed assets", and as the press says it, "fixed-asset investment"', async ({
    open,
  }) => {
    const page = await open('/search/');
    expect(await searchResults(page, '固定资产投资')).toContain(`${BASE}jinyang-qingyuan/2024/figures/`);
    expect(await searchResults(page, '"investment in fixed assets"')).toContain(`${BASE}en/jinyang-qingyuan/2024/figures/`);
    expect(await searchResults(page, '"fixed-asset investment"')).toContain(`${BASE}en/jinyang-qingyuan/2024/figures/`);
  });
});

/** Every page of a built site that quotes figures: key figures, targets, one year across regions. */
function figurePages(site: Site): string[] {
  const dir = siteDir(site);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /(?:^|\/)(?:\d{4}\/figures|targets(?:\/\d{4})?)\/index\.html$/.test(file))
    .map((file) => join(dir, file));
}

describe('every figure on every key-figures page appears literally in the paragraph it links to', () => {
  for (const site of ['fixtures', 'real'] as const) {
    test(`${site} site`, () => {
      const dir = siteDir(site);
      const base = site === 'real' ? '/' : BASE;
      const pages = figurePages(site);
      expect(pages.length).toBeGreaterThan(0);
      const problems: string[] = [];
      let checked = 0;
      const documents = new Map<string, Document>();
      const load = (file: string) => {
        const cached = documents.get(file) ?? new JSDOM(readFileSync(file, 'utf8')).window.document;
        documents.set(file, cached);
        return cached;
      };
      for (const file of pages) {
        for (const link of load(file).querySelectorAll<HTMLAnchorElement>('a.figure-source')) {
          const phrase = link.querySelector('q')?.textContent ?? '';
          const url = new URL(link.getAttribute('href') ?? '', SITE_ORIGIN);
          const block = url.hash.slice(1);
          const where = `${relative(dir, file)} → ${url.pathname}${url.hash}`;
          const target = load(join(dir, url.pathname.slice(base.length), 'index.html'));
          if (!target.getElementById(block)) problems.push(`${where}: no such paragraph`);
          // The phrase is the report's Chinese: it is in the paragraph of the Chinese page (an English page shows the translation).
          const chinese = load(join(dir, url.pathname.slice(base.length).replace(/^en\//, ''), 'index.html'));
          const text = chinese.getElementById(block)?.querySelector(':scope > p')?.textContent ?? '';
          if (!phrase || !text.includes(phrase)) problems.push(`${where}: “${phrase}” is not in the paragraph`);
          checked++;
        }
      }
      expect(problems).toEqual([]);
      expect(checked).toBeGreaterThan(0);
    });
  }
});

describe('quality gates on the figures pages of the fixture site (the real site\u2019s are in the sitemap gates)', () => {
  const pages = figurePages('fixtures').map((file) => `/${relative(siteDir(), file).replace(/index\.html$/, '')}`);

  test('valid HTML (html-validate)', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(import.meta.dirname, '../.htmlvalidate.json'), 'utf8')) as ConfigData);
    const problems: string[] = [];
    for (const path of pages) {
      const report = await validator.validateString(readFileSync(join(siteDir(), path, 'index.html'), 'utf8'), path);
      for (const result of report.results)
        for (const message of result.messages) problems.push(`${path}:${message.line}: ${message.ruleId}: ${message.message}`);
    }
    expect(pages.length).toBeGreaterThan(5);
    expect(problems).toEqual([]);
  });

  test('no axe violations, in the light and the dark theme', { timeout: 300_000 }, async ({ open }) => {
    const problems: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await open('/', { colorScheme });
      for (const path of pages) {
        await page.goto(siteUrl(path));
        for (const violation of await axeViolations(page)) problems.push(`${colorScheme} ${path}: ${violation}`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('prints as clean tables: no site chrome, the tables whole', async ({ open }) => {
    const page = await open('/jinyang-qingyuan/2024/figures/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.breadcrumbs').isVisible()).resolves.toBe(false);
    await expect(page.locator('.figures-downloads').isVisible()).resolves.toBe(false);
    await expect(page.locator('.figures-table').first().isVisible()).resolves.toBe(true);
    const overflow = await page
      .locator('.figures-table-wrap')
      .first()
      .evaluate((wrap) => getComputedStyle(wrap).overflowX);
    expect(overflow).toBe('visible');
  });
});

describe('print and the PDF editions', () => {
  test('the report page prints the key figures as an annex, hidden on screen; the PDF edition carries it', async ({ open }) => {
    const page = await open('/jinyang-qingyuan/2024/');
    const annex = page.locator('.figures-annex');
    await expect(annex.isVisible()).resolves.toBe(false);
    await page.emulateMedia({ media: 'print' });
    await expect(annex.getByRole('heading', { level: 2 }).textContent()).resolves.toBe('附：主要指标');
    await expect(annex.getByRole('cell', { name: '增长 5.5%左右', exact: true }).isVisible()).resolves.toBe(true);
    const text = normalise(pdfText(join(siteDir(), 'pdf/jinyang-qingyuan-2024-zh.pdf')));
    expect(text).toContain(normalise('附：主要指标'));
    expect(text).toContain(normalise('增长 5.5%左右'));
  });
});

describe('the real 2024 report', () => {
  test('links its key figures; results for 2023 and targets for 2024 are linked to their paragraphs', async ({ open }) => {
    const page = await open('/en/taiyuan-xiaodian/2024/', { site: 'real' });
    await page.getByRole('link', { name: 'Key figures: results and targets' }).click();
    await page.waitForURL((url) => url.pathname === '/en/taiyuan-xiaodian/2024/figures/');
    const results = page.getByRole('region', { name: 'Results for 2023' });
    const targets = page.getByRole('region', { name: 'Targets for 2024' });
    const gdp = results.locator('tr', { has: page.getByRole('rowheader', { name: /^gross regional product$/i }) }).first();
    await expect(gdp.locator('td').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['158.06 billion yuan', 'up 2.1%']));
    await expect(gdp.getByRole('link').getAttribute('href')).resolves.toBe('/en/taiyuan-xiaodian/2024/#p4');
    const gdpTarget = targets.locator('tr', { has: page.getByRole('rowheader', { name: /^gross regional product$/i }) }).first();
    await expect(gdpTarget.locator('td').allInnerTexts()).resolves.toEqual(expect.arrayContaining(['up about 6%']));
    await expect(gdpTarget.getByRole('link').getAttribute('href')).resolves.toBe('/en/taiyuan-xiaodian/2024/#p15');
    // Every row links into the report.
    const hrefs = await page.locator('a.figure-source').evaluateAll((links) => links.map((link) => link.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/en\/taiyuan-xiaodian\/2024\/#[ps]\d+$/);
  });
});
