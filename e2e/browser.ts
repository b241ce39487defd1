/** One Chromium per test file, and helpers to open pages of the built site. */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../src/integrations/shared/chromium.ts';

let browser: Browser | undefined;

export function useBrowser(): () => Browser {
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('browser not started');
    return browser;
  };
}

/** URL of a page of the real site, or (fixture: true) of the fixture collection under its sub-path. */
export function siteUrl(path: string, { fixture = false } = {}): string {
  return inject(fixture ? 'fixturesUrl' : 'siteUrl') + path.replace(/^\//, '');
}

export async function openPage(
  browserInstance: Browser,
  path: string,
  options: BrowserContextOptions & { fixture?: boolean } = {},
): Promise<Page> {
  const { fixture = false, ...contextOptions } = options;
  const context = await browserInstance.newContext({ viewport: { width: 1280, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  await page.goto(siteUrl(path, { fixture }));
  return page;
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
