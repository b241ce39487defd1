/**
 * Time from the last keystroke to the results on a warm search page: Pagefind
 * and its indexes are already loaded by a warm-up query, then each query of the
 * sample is typed and timed inside the page, from the input event of its last
 * character to the first frame after the page marked the results as shown
 * (`data-searched` set to that query). The page's input debounce is included:
 * it is part of what a reader waits for.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { SEARCH_PAGE, VIEWPORT } from './site-pages.ts';
import { median } from './stats.ts';

const QUERIES_FILE = resolve(import.meta.dirname, '../../../e2e/search-eval/queries.json');
const WARM_UP_QUERY = '政府';
/** The search page waits this long after a keystroke before it searches (src/client/search-page.ts); shown with the figures. */
const PAGE_DEBOUNCE_MS = 150;

export interface QueryLatency {
  query: string;
  ms: number;
  results: number;
}

export interface SearchLatencyFigures {
  warmUpQuery: string;
  debounceMs: number;
  queries: QueryLatency[];
  medianMs: number;
}

/** `count` queries spread evenly over the evaluation set, so every kind (Chinese, figures, English, multi-word) is in. */
export function sampleQueries(count: number): string[] {
  const all = (JSON.parse(readFileSync(QUERIES_FILE, 'utf8')) as { query: string }[]).map((entry) => entry.query);
  return Array.from({ length: Math.min(count, all.length) }, (_, index) => all[Math.floor((index * all.length) / count)] ?? '');
}

interface Probe {
  lastInputAt: number;
  shown?: { query: string; at: number };
}

/** Installs the in-page timing: the last input event, and the frame after `data-searched` changes. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { lastInputAt: 0 };
    (window as unknown as { benchProbe: Probe }).benchProbe = probe;
    const root = document.querySelector<HTMLElement>('.search-page');
    document.querySelector('#search-q')?.addEventListener('input', () => (probe.lastInputAt = performance.now()), { capture: true });
    if (!root) return;
    new MutationObserver(() => {
      const query = root.dataset['searched'] ?? '';
      requestAnimationFrame(() => (probe.shown = { query, at: performance.now() }));
    }).observe(root, { attributes: true, attributeFilter: ['data-searched'] });
  });
}

async function timeQuery(page: Page, query: string): Promise<QueryLatency> {
  await page.fill('#search-q', '');
  await page.keyboard.type(query);
  const handle = await page.waitForFunction((expected) => {
    const probe = (window as unknown as { benchProbe: Probe }).benchProbe;
    return probe.shown?.query === expected ? probe.shown.at - probe.lastInputAt : undefined;
  }, query);
  return { query, ms: (await handle.jsonValue()) ?? Number.NaN, results: await page.locator('[data-results] > li').count() };
}

export async function measureSearchLatency(browser: Browser, siteUrl: string, queries: readonly string[]): Promise<SearchLatencyFigures> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    const page = await context.newPage();
    await page.goto(siteUrl + SEARCH_PAGE, { waitUntil: 'networkidle' });
    await installProbe(page);
    await timeQuery(page, WARM_UP_QUERY);
    const timed: QueryLatency[] = [];
    for (const query of queries) timed.push(await timeQuery(page, query));
    return { warmUpQuery: WARM_UP_QUERY, debounceMs: PAGE_DEBOUNCE_MS, queries: timed, medianMs: median(timed.map((entry) => entry.ms)) };
  } finally {
    await context.close();
  }
}
