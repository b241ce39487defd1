/**
 * Search in real Chromium against the fixture collection's Pagefind index,
 * under /sub/path/: what the index holds, the search page (URL state, filters
 * with counts, sort, keyboard, IME, hostile queries), the highlight on the
 * landing page, and multi-year, multi-region search. (The evaluation set over
 * the real report is in real-report.test.ts.)
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { readIndicators } from '../src/content/indicators-fs.ts';
import { readReport } from '../src/content/report-files-fs.ts';
import { displayText } from '../src/search/index-text.ts';
import { contentDir, plainText, reportFiles } from './report-files.ts';
import { allResultLinks, axeViolations, describe, expect, resultLinks, searchDone, searchResults, siteDir, test } from './test-utils.ts';

/** Every report of the fixture collection, as region/year. */
const REPORT_IDS = readdirSync(join(contentDir(), 'reports')).flatMap((region) =>
  readdirSync(join(contentDir(), 'reports', region)).map((year) => `${region}/${year}`),
);
/** The poisoned report keeps its markup as text in the index (it is sanitised when shown); its texts are not compared. */
const POISONED = 'jinyang-hexi/2025';

/**
 * Every record of the built index in one language, read through Pagefind's own
 * client as the search page loads it (a filter-only search returns them all).
 * A string: Vite would rewrite an import() written in the test's source.
 */
const readIndex = (lang: 'zh' | 'en', base = '/sub/path/') => `(async () => {
  const pagefind = await import('${base}pagefind/pagefind.js?all');
  await pagefind.options({ basePath: '${base}pagefind/', baseUrl: '/' });
  const html = document.documentElement;
  const pageLang = html.lang;
  html.lang = 'en';
  const ready = pagefind.init();
  html.lang = pageLang;
  await ready;
  // Every shard the page names (src/search/search-shards.ts), merged as the page merges them.
  const shards = Number(document.querySelector('baogao-search').dataset.shards);
  for (let shard = 2; shard <= shards; shard++) await pagefind.mergeIndex('${base}pagefind/shard-' + shard + '/', { baseUrl: '/' });
  const search = await pagefind.search(null, { filters: { language: '${lang}' } });
  return Promise.all(search.results.map(async (result) => {
    const data = await result.data();
    return { url: data.url, content: data.content };
  }));
})()`;

/**
 * Holds back the page's requests matching `pattern` until the returned function is called; those for which
 * `passes` (given each request's URL) returns true go through at once.
 */
async function holdBack(page: Page, pattern: string, passes: (url: string) => boolean = () => false): Promise<() => void> {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(pattern, async (route) => {
    if (!passes(route.request().url())) await released;
    await route.continue();
  });
  return () => release();
}
/** What the index must hold for one report in one language: its blocks' and glossary entries' text, under their addresses. */
function expectedRecords(reportId: string, lang: 'zh' | 'en'): { url: string; content: string }[] {
  const files = reportFiles(reportId);
  const page = `/sub/path/${lang === 'en' ? 'en/' : ''}${reportId}/`;
  if (lang === 'zh')
    return [
      ...files.blocks.map((block) => ({ url: `${page}#${block.id}`, content: plainText(block.markdown) })),
      ...files.glossary.map((entry) => ({ url: `${page}#g-${entry.key}`, content: `${entry.term}：${plainText(entry.definition)}` })),
    ];
  const translation = files.translation;
  if (!translation) return [];
  return [
    ...files.blocks.flatMap((block) => {
      const en = translation.blocks.find((candidate) => candidate.id === block.id)?.en ?? '';
      return en.trim() ? [{ url: `${page}#${block.id}`, content: plainText(en) }] : [];
    }),
    ...translation.glossary.map((entry) => ({
      url: `${page}#g-${entry.key}`,
      content: `${entry.term} (${files.glossary.find((zh) => zh.key === entry.key)?.term ?? ''}): ${plainText(entry.definition)}`,
    })),
  ];
}

/** The key-figures page's record of a report with figures.json: its address, and the indicator names it must be found by. */
function expectedFiguresRecords(reportId: string, lang: 'zh' | 'en'): { url: string; names: string[] }[] {
  const keys = new Set(
    readReport(contentDir(), reportId).figures?.file.figures.flatMap((figure) => (figure.indicator ? [figure.indicator] : [])),
  );
  const names = readIndicators(contentDir()).flatMap((indicator) =>
    keys.has(indicator.key) ? [lang === 'en' ? indicator.en : indicator.zh] : [],
  );
  return names.length > 0 ? [{ url: `/sub/path/${lang === 'en' ? 'en/' : ''}${reportId}/figures/`, names }] : [];
}

describe('the index', () => {
  test.for(['zh', 'en'] as const)(
    'holds, in %s, one record per block and glossary entry of every report, with exactly its text: no navigation, labels or numbers; and one per key-figures page, with its indicators\u2019 names',
    async (lang, { open }) => {
      const page = await open('/search/');
      const records = await page.evaluate<{ url: string; content: string }[]>(readIndex(lang));
      const expected = REPORT_IDS.flatMap((reportId) => expectedRecords(reportId, lang));
      const figures = REPORT_IDS.flatMap((reportId) => expectedFiguresRecords(reportId, lang));
      expect(figures.length).toBeGreaterThan(0);
      expect(records.map((record) => record.url).sort()).toEqual([...expected, ...figures].map((record) => record.url).sort());
      // The index holds each text as index-text.ts writes it; what a reader is shown is that text again.
      const byUrl = new Map(records.map((record) => [record.url, displayText(record.content)]));
      for (const record of expected.filter((candidate) => !candidate.url.includes(`/${POISONED}/`)))
        expect(byUrl.get(record.url), record.url).toBe(record.content.replace(/\s+/gu, ' ').trim());
      for (const record of figures) for (const name of record.names) expect(byUrl.get(record.url), record.url).toContain(name);
    },
  );

  test('信创 finds the paragraph that says 信创, not a decoy with 诚信 … 创新', async ({ open }) => {
    const page = await open('/search/');
    await expect(searchResults(page, '信创')).resolves.toEqual(['/sub/path/jinyang-hexi/2024/#p2']);
  });
});

describe('search page', () => {
  const searchBox = (page: Page) => page.getByRole('searchbox', { name: '搜索全部报告' });
  const status = (page: Page) => page.getByRole('status');
  const results = (page: Page) => page.locator('[data-results] > li');
  /** The fixture's paragraphs that say 草莓: one in each region's 2024 report. */
  const STRAWBERRY = ['/sub/path/jinyang-fenhe/2024/#p2', '/sub/path/jinyang-hexi/2024/#p5'];

  test('takes its query from the URL, shows the report, year, paragraph and a highlighted excerpt', async ({ open }) => {
    const page = await open('/search/?q=草莓');
    await searchDone(page);
    await expect(searchBox(page).inputValue()).resolves.toBe('草莓');
    await expect(resultLinks(page).then((links) => links.sort())).resolves.toEqual(STRAWBERRY);
    await expect(status(page).textContent()).resolves.toBe(`共 ${STRAWBERRY.length} 条结果`);
    const first = results(page).first();
    await expect(first.getByRole('link').textContent()).resolves.toMatch(
      /^晋阳市(汾河县|河西区) · 2024 · 政府工作报告 · 第 \d+(\.\d+)+ 段$/,
    );
    await expect(first.locator('mark').first().textContent()).resolves.toBe('草莓');
  });

  // Every term is searched on its own and Pagefind sets one shared object's positions on each data() call: the
  // excerpt used to mark only the last term (hitData in src/client/pagefind.ts).
  test('a query of two terms marks both in the excerpt and carries both to the page it opens', async ({ open }) => {
    const page = await open('/search/?q=数字经济 品牌');
    await searchDone(page);
    await expect(resultLinks(page)).resolves.toEqual(['/sub/path/jinyang-qingyuan/2024/#p6']);
    const first = results(page).first();
    await expect(first.locator('mark').allTextContents()).resolves.toEqual(['数字经济', '品牌']);
    const href = (await first.getByRole('link').getAttribute('href')) ?? '';
    expect(new URL(href, page.url()).searchParams.get('hl')).toBe('数字经济 品牌');
  });

  test('filters show counts and narrow the results to that many; the URL records them', async ({ open }) => {
    const page = await open('/en/search/?q=三创一治');
    await searchDone(page);
    const all = await resultLinks(page);
    const language = page.getByRole('group', { name: 'Filter results' }).getByRole('group', { name: 'Language' });
    const count = async (name: string) =>
      Number(/\((\d+)\)/.exec((await language.getByLabel(name).locator('..').textContent()) ?? '')?.[1]);
    const english = await count('English');
    const chinese = await count('Chinese');
    expect(english).toBeGreaterThan(0);
    expect(chinese).toBeGreaterThan(0);
    expect(english + chinese).toBe(all.length);
    await language.getByLabel('English').check();
    await expect.poll(() => results(page).count()).toBe(english);
    expect(new URL(page.url()).searchParams.getAll('language')).toEqual(['en']);
    for (const link of await resultLinks(page)) expect(link).toMatch(/^\/sub\/path\/en\/[\w-]+\/\d{4}\/#[\w-]+$/);
    await expect(results(page).getByRole('link').first().getAttribute('href')).resolves.toMatch(/\?hl=%E4%B8%89|\?hl=三创一治/);
  });

  // A traditional query carries the simplified words Pagefind matched, so the opened page marks them.
  test.for(['两清零', '兩清零'])('the result of %s opens the paragraph with 两清零 highlighted', async (query, { open }) => {
    const page = await open(`/search/?q=${query}`);
    await searchDone(page);
    await results(page)
      .getByRole('link', { name: /2025 · 政府工作报告 · 第/ })
      .first()
      .click();
    await page.waitForURL(/\/jinyang-fenhe\/2025\/.*#p4$/);
    // The highlight module loads on demand: wait for its first mark.
    await page.locator('#p4 mark.search-hit').first().waitFor();
    await expect(page.locator('#p4 mark.search-hit').allTextContents()).resolves.toEqual(['两清零']);
  });

  test('an English result opens with the forms Pagefind’s stemmer matched highlighted: productive finds and marks production', async ({
    open,
  }) => {
    const page = await open('/en/search/?q=productive', { site: 'real' });
    await searchDone(page);
    const link = results(page).locator('a[href*="#p16"]');
    await expect(link.getAttribute('href')).resolves.toMatch(/[?&]hl=production(&|#|$)/);
    await link.click();
    await page.waitForURL(/#p16$/);
    await page.locator('#p16 mark.search-hit').first().waitFor();
    const marks = await page.locator('#p16 mark.search-hit').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks.map((mark) => mark.toLowerCase()))).toEqual(new Set(['production']));
  });

  test('"/" and Ctrl+K focus the search box from any page; the header box submits to the search page', async ({ open }) => {
    const page = await open('/jinyang-fenhe/2025/');
    const headerBox = page.getByRole('banner').getByRole('searchbox');
    const focused = () => headerBox.evaluate((element) => element === document.activeElement);
    await page.keyboard.press('/');
    await expect(focused()).resolves.toBe(true);
    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await expect(focused()).resolves.toBe(false);
    await page.keyboard.press('Control+k');
    await expect(focused()).resolves.toBe(true);
    await page.keyboard.type('草莓');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/sub\/path\/search\/\?q=/);
    await searchDone(page);
    await expect(resultLinks(page).then((links) => links.sort())).resolves.toEqual(STRAWBERRY);
  });

  test('no search fires in the middle of an IME composition; its end searches at once, and only once', async ({ open }) => {
    const page = await open('/search/');
    await searchBox(page).focus();
    await page.evaluate(() => {
      const searched: string[] = [];
      (window as unknown as { searched: string[] }).searched = searched;
      new MutationObserver(() => searched.push(document.querySelector('.search-page')?.getAttribute('data-searched') ?? '')).observe(
        document.querySelector('.search-page') as Element,
        { attributes: true, attributeFilter: ['data-searched'] },
      );
    });
    // A digit typed straight into the box, then a composition begun before the typing debounce ends.
    await searchBox(page).evaluate((input: HTMLInputElement) => {
      input.value = '1';
      input.dispatchEvent(new InputEvent('input', { data: '1' }));
      input.dispatchEvent(new CompositionEvent('compositionstart'));
      input.value = '1cao';
      input.dispatchEvent(new InputEvent('input', { isComposing: true, data: 'cao' }));
    });
    await page.waitForTimeout(600);
    await expect(page.locator('.search-page').getAttribute('data-searched')).resolves.toBeNull();
    expect(new URL(page.url()).search).toBe('');
    // The committed word is searched without waiting for the typing debounce: the query is in the address as the
    // composition ends. The input event some browsers send after compositionend searches nothing more.
    const addressAtEnd = await searchBox(page).evaluate((input: HTMLInputElement) => {
      input.value = '草莓';
      input.dispatchEvent(new CompositionEvent('compositionend', { data: '草莓' }));
      const address = location.search;
      input.dispatchEvent(new InputEvent('input', { data: '草莓' }));
      return address;
    });
    expect(new URLSearchParams(addressAtEnd).get('q')).toBe('草莓');
    await searchDone(page, '草莓');
    await expect(results(page).count()).resolves.toBe(STRAWBERRY.length);
    await page.waitForTimeout(600);
    await expect(page.evaluate(() => (window as unknown as { searched: string[] }).searched)).resolves.toEqual(['草莓']);
    // A change after that is searched as typing is.
    await searchBox(page).press('Backspace');
    await searchDone(page, '草');
    await expect(page.evaluate(() => (window as unknown as { searched: string[] }).searched)).resolves.toEqual(['草莓', '草']);
  });

  test('a query is only ever text: markup and script in ?q= and in the box do nothing', async ({ open }) => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>';
    const page = await open(`/search/?q=${encodeURIComponent(hostile)}`);
    await searchDone(page);
    await expect(status(page).textContent()).resolves.toContain('<img src=x');
    await expect(page.locator('.search-page img, .search-page script:not([src])').count()).resolves.toBe(0);
    await searchBox(page).fill('<b>草莓</b><svg onload=window.__pwned=3>');
    await page.keyboard.press('Enter');
    await page.waitForTimeout(500);
    await expect(page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).resolves.toBeUndefined();
    await expect(page.locator('.search-page b, .search-page svg').count()).resolves.toBe(0);
  });

  test('a poisoned paragraph’s excerpt shows its text, never its markup as elements', async ({ open }) => {
    const page = await open('/search/?q=毒前文');
    await searchDone(page);
    await expect(results(page).count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-results] :is(img, script:not([src]), iframe, svg, style)').count()).resolves.toBe(0);
    await expect(page.evaluate(() => document.querySelectorAll('[data-results] [onerror], [data-results] [onclick]').length)).resolves.toBe(
      0,
    );
  });

  test('the search page has no axe violations', async ({ open }) => {
    const page = await open('/search/?q=信创');
    await searchDone(page);
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('across years and regions', () => {
  test('finds every year and region, filters by year and region, sorts by year', async ({ open }) => {
    const page = await open('/search/');
    const all = await searchResults(page, '三创一治');
    expect(all.filter((url) => url.includes('/jinyang-fenhe/2024/')).length).toBeGreaterThan(0);
    expect(all.filter((url) => url.includes('/jinyang-fenhe/2025/')).length).toBeGreaterThan(0);
    const newest = await searchResults(page, '草莓', { params: '&sort=newest' });
    expect(newest.length).toBe(2);
    const newestFirst = await searchResults(page, '三创一治', { params: '&sort=newest&language=zh' });
    expect(newestFirst[0]).toMatch(/\/2025\//);
    expect(newestFirst.at(-1)).toMatch(/\/2024\//);
    const oldestFirst = await searchResults(page, '三创一治', { params: '&sort=oldest&language=zh' });
    expect(oldestFirst[0]).toMatch(/\/2024\//);
    expect(oldestFirst.at(-1)).toMatch(/\/2025\//);
    const byYear = await searchResults(page, '三创一治', { params: '&year=2025' });
    expect(byYear.length).toBeGreaterThan(0);
    expect(byYear.every((url) => url.includes('/2025/'))).toBe(true);
    const byRegion = await searchResults(page, '草莓', { params: '&region=jinyang-hexi' });
    expect(byRegion).toEqual(['/sub/path/jinyang-hexi/2024/#p5']);
  });

  test("a glossary term's page lists its occurrences across years", async ({ open }) => {
    const page = await open('/glossary/san-chuang-yi-zhi/');
    const headings = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
    expect(headings).toEqual(['晋阳市汾河县 2025 年报告', '晋阳市汾河县 2024 年报告']);
    await expect(page.getByRole('main').locator('a[href*="/jinyang-fenhe/2024/#p"]').count()).resolves.toBe(1);
  });
});

describe('exact results, in pages, with facets and kinds', () => {
  /** Every record of the fixture collection with its display text, from the report files. */
  const everyRecord = () => REPORT_IDS.flatMap((reportId) => [...expectedRecords(reportId, 'zh'), ...expectedRecords(reportId, 'en')]);
  /** What a term must find: every record whose text contains it as written. */
  const containing = (term: string) =>
    everyRecord()
      .filter((record) => record.content.includes(term))
      .map((record) => record.url)
      .sort();

  test('a common term on the real report: the exact count, 20 results a page, "more results" by keyboard until all are shown', async ({
    open,
  }) => {
    const page = await open('/search/', { site: 'real' });
    // Every record of the index, read through Pagefind (a filter-only search), whose text says 发展.
    const records = [
      ...(await page.evaluate<{ url: string; content: string }[]>(readIndex('zh', '/'))),
      ...(await page.evaluate<{ url: string; content: string }[]>(readIndex('en', '/'))),
    ];
    const expected = records
      .filter((record) => displayText(record.content).includes('发展'))
      .map((record) => record.url)
      .sort();
    expect(expected.length).toBeGreaterThan(20);
    const twoPages = Math.min(40, expected.length);
    await page.goto(`${new URL(page.url()).origin}/search/?q=${encodeURIComponent('发展')}`);
    await searchDone(page);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`共 ${expected.length} 条结果`);
    await expect(resultLinks(page).then((links) => links.length)).resolves.toBe(20);
    const more = page.getByRole('button', { name: /^更多结果/ });
    await more.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => resultLinks(page).then((links) => links.length)).toBe(twoPages);
    // The focus moves to the first added result, and the status line says how many are shown.
    await expect(
      page.evaluate(() => document.activeElement?.closest('li') === document.querySelectorAll('[data-results] > li')[20]),
    ).resolves.toBe(true);
    await expect(page.getByRole('status').textContent()).resolves.toBe(`已显示 ${twoPages} 条，共 ${expected.length} 条结果`);
    await expect(allResultLinks(page).then((links) => links.sort())).resolves.toEqual(expected);
    await expect(more.isVisible()).resolves.toBe(false);
  });

  test.for(['三创一治', '两清零', '草莓', '2024'])(
    'finds exactly the records whose text says %s, in both languages',
    async (term, { open }) => {
      const page = await open('/search/');
      await expect(searchResults(page, term).then((links) => links.sort())).resolves.toEqual(containing(term));
    },
  );

  test('a Chinese term inside English text is found: the English glossary entry quotes its term', async ({ open }) => {
    const page = await open('/en/search/');
    const english = await searchResults(page, '三创一治', { params: '&language=en' });
    expect(english).toContain('/sub/path/en/jinyang-fenhe/2025/#g-san-chuang-yi-zhi');
    expect(english.every((url) => url.startsWith('/sub/path/en/'))).toBe(true);
  });

  test('a query in traditional characters finds the simplified text', async ({ open }) => {
    const page = await open('/search/');
    const simplified = await searchResults(page, '三创一治');
    expect(simplified.length).toBeGreaterThan(0);
    await expect(searchResults(page, '三創一治')).resolves.toEqual(simplified);
    await expect(searchResults(page, '兩清零').then((links) => links.sort())).resolves.toEqual(containing('两清零'));
  });

  test.for([
    ['/search/', '地区', ['晋阳市汾河县', '晋阳市河西区'], '类型', ['段落', '标题', '名词解释条目']],
    [
      '/en/search/',
      'Region',
      ['Fenhe County, Jinyang City', 'Hexi District, Jinyang City'],
      'Kind',
      ['Paragraphs', 'Headings', 'Glossary entries'],
    ],
  ] as const)(
    'facets on %s list each region and kind once, labelled in the page language',
    async ([path, regionName, regions, kindName, kinds], { open }) => {
      const page = await open(`${path}?q=${encodeURIComponent('草莓')}`);
      await searchDone(page);
      const facet = (name: string) =>
        page
          .getByRole('group', { name })
          .locator('label')
          .allTextContents()
          .then((labels) => labels.map((label) => label.replace(/ \(\d+\)$/, '')));
      await expect(facet(regionName)).resolves.toEqual([...regions]);
      // 三创一治 is in Fenhe's Chinese and English records: one region, listed once.
      await page.goto(page.url().replace(/\?.*$/, `?q=${encodeURIComponent('三创一治')}`));
      await searchDone(page, '三创一治');
      await expect(facet(regionName)).resolves.toEqual([regions[0]]);
      const kindLabels = await facet(kindName);
      expect(kindLabels.length).toBeGreaterThan(0);
      expect(kindLabels.every((label) => kinds.includes(label as never))).toBe(true);
    },
  );

  /** Every value a facet lists, with its count, read from its checkbox and label. */
  const listedCounts = (page: Page, facet: string) =>
    page
      .locator(`[data-filters] input[name="${facet}"]`)
      .evaluateAll((boxes) =>
        boxes.map(
          (box) => [(box as HTMLInputElement).value, Number(/\((\d+)\)$/.exec(box.parentElement?.textContent ?? '')?.[1])] as const,
        ),
      );

  // One term (Pagefind's own counts) and two (the intersection counted): the same meaning.
  test.for([
    ['2024', { region: ['jinyang-hexi'], language: ['zh'] }],
    ['2024 工作', { region: ['jinyang-fenhe'], year: ['2024'] }],
  ] as const)(
    'with two facets ticked, each value counts the results it would show: the other facets apply, its own does not (%s)',
    async ([query, ticked], { open }) => {
      const selection: Record<string, readonly string[]> = ticked;
      const params = (chosen: Record<string, readonly string[]>) =>
        Object.entries(chosen)
          .flatMap(([facet, values]) => values.map((value) => `&${facet}=${value}`))
          .join('');
      const page = await open(`/search/?q=${encodeURIComponent(query)}${params(selection)}`);
      await searchDone(page);
      const shown = await allResultLinks(page);
      expect(shown.length).toBeGreaterThan(0);
      const [region] = ticked.region;
      expect(shown.every((url) => url.startsWith(`/sub/path/${region}/`))).toBe(true);
      for (const facet of ['region', 'language', 'year']) {
        const counts = await listedCounts(page, facet);
        // A ticked facet still offers its other values (its own selection does not narrow its counts).
        expect(counts.length, facet).toBeGreaterThan(selection[facet]?.length ?? 0);
        for (const [value, count] of counts) {
          const results = await searchResults(page, query, { params: params({ ...selection, [facet]: [value] }) });
          expect(count, `${facet}=${value}`).toBe(results.length);
        }
        await page.goto(`${page.url().split('?')[0] ?? ''}?q=${encodeURIComponent(query)}${params(selection)}`);
        await searchDone(page);
      }
    },
  );

  test('Pagefind\u2019s runtime is preloaded by the page and fetched once, by the URL the search imports', async ({ open }) => {
    const page = await open('/search/', { serviceWorkers: 'block' });
    const runtimeFetches: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/pagefind/pagefind.js')) runtimeFetches.push(request.url());
    });
    await page.goto(`${page.url()}?q=${encodeURIComponent('草莓')}`);
    await searchDone(page, '草莓');
    await expect(page.locator('head link[rel="modulepreload"][href$="/pagefind/pagefind.js"]').getAttribute('href')).resolves.toBe(
      '/sub/path/pagefind/pagefind.js',
    );
    // The results' runtime is the preloaded file itself; the counts' runtime is the same file under ?counts.
    expect(runtimeFetches.filter((url) => !url.endsWith('?counts'))).toHaveLength(1);
  });

  test('the results are found in the page\u2019s own thread: Pagefind\u2019s worker script is first fetched for the counts, after the results', async ({
    open,
  }) => {
    const page = await open('/search/', { serviceWorkers: 'block' });
    const workerRequests: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.endsWith('/pagefind-worker.js')) workerRequests.push(request.url());
    });
    // The counts' runtime starts as soon as the results are shown, and would race the check below: it is held back
    // until then, so that only the results' runtime has started.
    const release = await holdBack(page, '**/pagefind.js?counts');
    await page.goto(`${page.url()}?q=${encodeURIComponent('发展')}`);
    await page.waitForSelector('.search-page[data-searched="发展"]');
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    expect(workerRequests).toEqual([]);
    release();
    await searchDone(page, '发展');
    // The counts' runtime does use the worker: a long count must not hold up typing or the next query.
    expect(workerRequests).toHaveLength(1);
    await expect.poll(() => page.locator('[data-filters] fieldset').count()).toBe(5);
  });

  test('results come without waiting for any filter file; the counts then load the five facets\u2019 files of each shard only, never the report\u2019s or number\u2019s', async ({
    open,
  }) => {
    // The service worker would answer the page's fetches itself, out of the route's sight.
    const page = await open('/search/', { serviceWorkers: 'block' });
    const filterFiles = new Set<string>();
    // Filter files are held back until the results are on screen.
    const release = await holdBack(page, '**/*.pf_filter', (url) => {
      filterFiles.add(url);
      return false;
    });
    await page.goto(`${page.url()}?q=${encodeURIComponent('发展')}`);
    await page.waitForSelector('.search-page[data-searched="发展"]');
    expect((await resultLinks(page)).length).toBeGreaterThan(0);
    await expect(page.locator('[data-filters]').getAttribute('aria-busy')).resolves.toBe('true');
    release();
    await searchDone(page, '发展');
    await expect(page.locator('[data-filters]').getAttribute('aria-busy')).resolves.toBeNull();
    await expect.poll(() => page.locator('[data-filters] fieldset').count()).toBe(5);
    // Five files in each of the fixtures' three shards (e2e/global-setup.ts).
    const perShard = new Map<string, number>();
    for (const file of filterFiles) {
      const shard = new URL(file).pathname.replace(/filter\/[^/]+$/, '');
      perShard.set(shard, (perShard.get(shard) ?? 0) + 1);
    }
    expect([...perShard].sort()).toEqual([
      ['/sub/path/pagefind/', 5],
      ['/sub/path/pagefind/shard-2/', 5],
      ['/sub/path/pagefind/shard-3/', 5],
    ]);
  });

  test.for([
    ['phone', { width: 390, height: 844 }],
    ['desktop', { width: 1280, height: 900 }],
  ] as const)('the facet counts arriving after the results move no result (%s)', async ([, viewport], { open }) => {
    const page = await open('/search/', { serviceWorkers: 'block', viewport });
    const release = await holdBack(page, '**/*.pf_filter');
    await page.goto(`${page.url()}?q=${encodeURIComponent('年')}`);
    await page.waitForSelector('.search-page[data-searched="年"]');
    const firstResult = page.locator('[data-results] > li').first();
    const before = await firstResult.boundingBox();
    release();
    await searchDone(page, '年');
    await expect.poll(() => page.locator('[data-filters] fieldset').count()).toBe(5);
    expect(await firstResult.boundingBox()).toEqual(before);
    // On a narrow screen the filters follow the results, and the status line links to them.
    const toFilters = page.getByRole('link', { name: '筛选结果' });
    if (viewport.width < 1000) {
      await toFilters.click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('search-filters');
    } else await expect(toFilters.isVisible()).resolves.toBe(false);
  });

  test('the ticked filters stay in the URL when the sort changes before the counts (and their boxes) have come', async ({ open }) => {
    const page = await open('/search/', { serviceWorkers: 'block' });
    // The first six filter files asked for are the two ticked facets' of each of the fixtures' three shards (the
    // results need them); the rest wait.
    const passed = new Set<string>();
    const release = await holdBack(page, '**/*.pf_filter', (url) => {
      if (passed.size >= 6 && !passed.has(url)) return false;
      passed.add(url);
      return true;
    });
    await page.goto(`${page.url()}?q=${encodeURIComponent('年')}&region=jinyang-fenhe&year=2024`);
    await page.waitForSelector('.search-page[data-searched="年"]');
    await expect(page.locator('[data-filters] input').count()).resolves.toBe(0);
    await page.locator('#search-sort').selectOption('newest');
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe('newest');
    const params = new URL(page.url()).searchParams;
    expect(params.getAll('region')).toEqual(['jinyang-fenhe']);
    expect(params.getAll('year')).toEqual(['2024']);
    release();
    await searchDone(page, '年');
    const links = await allResultLinks(page);
    expect(links.length).toBeGreaterThan(0);
    expect(links.every((url) => url.startsWith('/sub/path/jinyang-fenhe/2024/'))).toBe(true);
  });

  // Pagefind only logs a filter file that fails to load. With the index in shards (the fixtures have three), one
  // shard's missing files would otherwise go unseen: the others' counts, summed, look like an answer.
  test.for([
    ['of every shard', '**/*.pf_filter'],
    ['of one shard', '**/pagefind/shard-2/filter/*.pf_filter'],
  ] as const)(
    'when the filter files %s cannot load, the results still show and the filters say so; a filtered search says it failed, never a wrong answer',
    async ([, files], { open }) => {
      const page = await open('/search/', { serviceWorkers: 'block' });
      await page.route(files, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await page.goto(`${page.url()}?q=${encodeURIComponent('年')}`);
      await searchDone(page, '年');
      expect((await resultLinks(page)).length).toBeGreaterThan(0);
      await expect(page.locator('[data-filters]').textContent()).resolves.toBe('筛选项未能加载，请刷新页面后再筛选结果。');
      await expect(page.locator('[data-filters]').getAttribute('aria-busy')).resolves.toBeNull();

      // 年 is in every report; the second shard holds two of 清源县's three.
      await page.goto(page.url().replace(/\?.*$/, `?q=${encodeURIComponent('年')}&region=jinyang-qingyuan`));
      await expect.poll(() => page.locator('[data-status]').textContent(), { timeout: 15_000 }).toBe('搜索加载失败，请刷新页面。');
      expect(await resultLinks(page)).toEqual([]);
    },
  );

  test('a ticked or unticked box keeps the keyboard focus when the boxes are remade, even when its value no longer has results', async ({
    open,
  }) => {
    const page = await open(`/search/?q=${encodeURIComponent('草莓')}&region=jinyang-qingyuan`);
    await searchDone(page);
    const box = (facet: string, value: string) => page.locator(`[data-filters] input[name="${facet}"][value="${value}"]`);
    const focusedBox = () =>
      page.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLInputElement ? `${active.name}=${active.value}:${String(active.checked)}` : active?.tagName;
      });
    // Region: Qingyuan is ticked (no result for 草莓), Hexi is not.
    await box('region', 'jinyang-hexi').focus();
    await page.keyboard.press('Space');
    await searchDone(page);
    await expect.poll(focusedBox).toBe('region=jinyang-hexi:true');
    await box('region', 'jinyang-qingyuan').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('region')).toEqual(['jinyang-hexi']);
    await searchDone(page);
    // Unticked, Qingyuan has no result for 草莓, yet its box stays, with the focus on it.
    await expect.poll(focusedBox).toBe('region=jinyang-qingyuan:false');
  });

  test('results are labelled as what they are: paragraph, heading or glossary entry', async ({ open }) => {
    const page = await open('/search/?q=三创一治');
    await searchDone(page);
    const labels = await page.locator('[data-results] > li > a').allTextContents();
    const links = await allResultLinks(page);
    for (const [at, url] of links.entries()) {
      const label = labels[at] ?? '';
      if (url.includes('#g-')) expect(label, url).toMatch(/ · 名词解释 \d+$/);
      else if (/#s\d+$/.test(url)) expect(label, url).toMatch(/ · 标题 [\d.]+$/);
      else expect(label, url).toMatch(/ · 第 [\d.]+ 段$/);
    }
    expect(links.some((url) => url.includes('#g-'))).toBe(true);
    const headings = await searchResults(page, '工作回顾', { params: '&kind=heading' });
    expect(headings.length).toBeGreaterThan(0);
    await expect(page.locator('[data-results] > li > a').first().textContent()).resolves.toMatch(/ · 标题 [\d.]+$/);
  });
});

describe('an index in shards', () => {
  /** Every result, the count and the facet counts a search shows, with the fragment files it fetched. */
  async function searchAsShown(page: Page, query: string) {
    const fragments = new Set<string>();
    page.on('request', (request) => {
      if (request.url().endsWith('.pf_fragment')) fragments.add(request.url());
    });
    await page.goto(`${page.url().replace(/\?.*$/, '')}?q=${encodeURIComponent(query)}`);
    await searchDone(page, query);
    // Before "more results" opens the rest: what the first page of results fetched.
    const fetched = fragments.size;
    return {
      status: await page.locator('[data-status]').textContent(),
      filters: await page.locator('[data-filters]').innerText(),
      links: (await allResultLinks(page)).sort(),
      fragments: fetched,
    };
  }

  // Pagefind keeps a page's hash (the result's id) unique within one shard only; at 500 reports 16 ids were each
  // held by two shards (src/search/search-shards.ts). The fixtures' few ids do not meet, so the list is made to
  // name every id: each result is then told apart by its URL, and nothing a reader sees may change.
  test('results whose id several shards hold are told apart by URL: with every id listed, the same results and counts', async ({
    open,
  }) => {
    const ids = ['pagefind', 'pagefind/shard-2', 'pagefind/shard-3'].flatMap((dir) =>
      readdirSync(join(siteDir(), dir, 'fragment')).map((name) => name.replace(/\.pf_fragment$/, '')),
    );
    const plain = await searchAsShown(await open('/search/', { serviceWorkers: 'block' }), '年');
    const page = await open('/search/', { serviceWorkers: 'block' });
    await page.route('**/pagefind/shared-ids.json', (route) =>
      route.fulfill({ contentType: 'application/json', body: JSON.stringify(ids) }),
    );
    const listed = await searchAsShown(page, '年');
    expect(listed.links.length).toBeGreaterThan(20);
    expect({ ...listed, fragments: 0 }).toEqual({ ...plain, fragments: 0 });
    // Telling every result apart by URL read each one's fragment before the first page showed: the ids the page saw
    // were the listed ones. Without the list, the first page fetched only its own 20.
    expect(listed.fragments).toBe(listed.links.length);
    expect(plain.fragments).toBe(20);
  });

  test('a list of shared ids that cannot load fails the search, saying so', async ({ open }) => {
    const page = await open('/search/', { serviceWorkers: 'block' });
    await page.route('**/pagefind/shared-ids.json', (route) => route.fulfill({ status: 404, body: 'gone' }));
    await page.goto(`${page.url()}?q=${encodeURIComponent('草莓')}`);
    await expect.poll(() => page.locator('[data-status]').textContent()).toBe('搜索加载失败，请刷新页面。');
    expect(await resultLinks(page)).toEqual([]);
  });
});
