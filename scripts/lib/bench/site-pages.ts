/** The pages the benchmarks open, as paths below the site's base. */

export const SEARCH_PAGE = 'search/';

/** A first query in each index language, both found in the real report. */
export const FIRST_QUERIES = { zh: '信创', en: 'parks' } as const;

/** The report in Chinese, in English and side by side. */
export const REPORT_PAGES = ['taiyuan-xiaodian/2024/', 'en/taiyuan-xiaodian/2024/', 'taiyuan-xiaodian/2024/parallel/'] as const;

/**
 * The targets for the report pages (issue 15): all bytes a cold page load transfers (gzip), its requests,
 * and the JavaScript it loads before any interaction. Printed beside the figures; nothing passes or fails.
 */
export const PAGE_TARGETS: Record<(typeof REPORT_PAGES)[number], { bytes: number; requests: number; jsBytes: number }> = {
  'taiyuan-xiaodian/2024/': { bytes: 34 * 1024, requests: 4, jsBytes: 5 * 1024 },
  'en/taiyuan-xiaodian/2024/': { bytes: 34 * 1024, requests: 4, jsBytes: 5 * 1024 },
  'taiyuan-xiaodian/2024/parallel/': { bytes: 55 * 1024, requests: 4, jsBytes: 5 * 1024 },
};

/** Desktop-sized window, as in the browser tests (DESKTOP in e2e/test-utils.ts). */
export const VIEWPORT = { width: 1280, height: 900 };

/**
 * The two devices report pages are loaded on. Layout shifts depend on the width
 * and on timing: a script that changes the layout shifts the page only if it
 * painted before the script arrived, which a phone's network makes likely (on
 * our loopback server everything arrives before the first paint). So the phone
 * is Lighthouse's mobile device: its screen (a Moto G Power), its 4× CPU
 * slowdown and its "slow 4G" network (150 ms round trip, 1.6 Mbit/s down).
 */
export const DEVICES = {
  desktop: { context: { viewport: VIEWPORT }, cpuSlowdown: 1, network: undefined },
  phone: {
    context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
    cpuSlowdown: 4,
    network: { latencyMs: 150, downloadBytesPerSecond: (1638.4 * 1024) / 8, uploadBytesPerSecond: (750 * 1024) / 8 },
  },
} as const;
export type DeviceName = keyof typeof DEVICES;

/** The pages Lighthouse audits: home, the report in each view, and search with a query in the URL. */
export const LIGHTHOUSE_PAGES = [
  { name: 'home', slug: 'home', path: '' },
  { name: 'report zh', slug: 'report-zh', path: 'taiyuan-xiaodian/2024/' },
  { name: 'report en', slug: 'report-en', path: 'en/taiyuan-xiaodian/2024/' },
  { name: 'report side by side', slug: 'report-parallel', path: 'taiyuan-xiaodian/2024/parallel/' },
  { name: `search ?q=${FIRST_QUERIES.zh}`, slug: 'search', path: `search/?q=${encodeURIComponent(FIRST_QUERIES.zh)}` },
] as const;
