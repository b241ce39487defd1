/**
 * The browser tests' `test`: one Chromium per test file, and an `open` fixture
 * that opens a page in a fresh browser context and closes every context it
 * opened when the test ends, passed or failed. Pages come from the two sites
 * e2e/global-setup.ts built: the fixture collection under /sub/path/ (the
 * default: behaviour is tested there) and the real site (`site: 'real'`).
 *
 *     test('…', async ({ open }) => {
 *       const page = await open('/jinyang-fenhe/2025/', { viewport: { width: 320, height: 640 } });
 *     });
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { test as base, expect, inject } from 'vitest';
import { launchChromium } from '../src/integrations/shared/chromium.ts';

export { describe } from 'vitest';
export { expect };

export type Site = 'fixtures' | 'real';

/** The desktop window every page opens in unless a test asks for another (the benchmarks use it too). */
export const DESKTOP = { width: 1280, height: 900 } as const;

/** URL of a page of the fixture collection (under its sub-path), or of the real site. */
export function siteUrl(path: string, site: Site = 'fixtures'): string {
  return inject(site === 'real' ? 'siteUrl' : 'fixturesUrl') + path.replace(/^\//, '');
}

/** The built site's folder. */
export function siteDir(site: Site = 'fixtures'): string {
  return inject(site === 'real' ? 'siteDir' : 'fixturesDir');
}

export interface OpenOptions extends BrowserContextOptions {
  /** Which built site (default: the fixture collection). */
  site?: Site;
  /** Called with the page before it loads, to listen from the first request. */
  before?: (page: Page) => void;
}

export type Open = (path: string, options?: OpenOptions) => Promise<Page>;

export const test = base
  // Vitest reads a fixture's dependencies from its first parameter's pattern: this one has none.
  // eslint-disable-next-line no-empty-pattern
  .extend('browser', { scope: 'file' }, async ({}, { onCleanup }): Promise<Browser> => {
    const browser = await launchChromium();
    onCleanup(() => browser.close());
    return browser;
  })
  .extend('open', ({ browser }, { onCleanup }): Open => {
    const contexts: BrowserContext[] = [];
    onCleanup(async () => {
      await Promise.all(contexts.map((context) => context.close()));
    });
    return async (path, { site, before, ...options } = {}) => {
      const context = await browser.newContext({ viewport: DESKTOP, ...options });
      contexts.push(context);
      const page = await context.newPage();
      before?.(page);
      await page.goto(siteUrl(path, site));
      return page;
    };
  });

/**
 * Search as a reader does, by the address (?q=…&…), and wait until the page has
 * searched; returns the results' links as site paths with their #anchor.
 */
export async function searchResults(page: Page, query: string, { site, params = '' }: { site?: Site; params?: string } = {}) {
  await page.goto(`${siteUrl('/search/', site)}?q=${encodeURIComponent(query)}${params}`);
  await searchDone(page);
  return allResultLinks(page);
}

/** Every result's link, pressing "more results" until all are shown. */
export async function allResultLinks(page: Page): Promise<string[]> {
  const more = page.locator('[data-more]');
  for (let shown = await resultLinks(page).then((links) => links.length); await more.isVisible();) {
    await more.click();
    await expect.poll(async () => (await resultLinks(page)).length).toBeGreaterThan(shown);
    shown = (await resultLinks(page)).length;
  }
  return resultLinks(page);
}

/** Wait until the search page has shown the results of its current query, and then its facet counts. */
export async function searchDone(page: Page, query?: string): Promise<void> {
  await page.waitForSelector(
    query === undefined ? '.search-page[data-searched][data-counted]' : `.search-page[data-searched="${query}"][data-counted="${query}"]`,
  );
}

/** The search results' links, as site paths with their #anchor. */
export function resultLinks(page: Page): Promise<string[]> {
  // The results list has no name of its own (the status line above it counts the results).
  return page
    .locator('[data-results]')
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((link) => {
        const url = new URL((link as HTMLAnchorElement).href);
        return url.pathname + url.hash;
      }),
    );
}

/** axe violations on the page, as "rule: target" strings so a failure says where. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
    .analyze();
  return results.violations.flatMap((violation) =>
    violation.nodes.map((node) => `${violation.id}: ${node.target.join(' ')} — ${node.failureSummary?.split('\n')[1] ?? ''}`),
  );
}
