/**
 * What a report page costs a reader before they touch it, on a cold cache:
 * JavaScript loaded (files, plus inline scripts) and the time spent running
 * scripts (Chromium's ScriptDuration, via CDP Performance.getMetrics, read once
 * the page is idle), all bytes of the page load, LCP, and CLS after load and a
 * scroll through the whole page.
 */
import type { Browser } from 'playwright-core';
import { recordNetwork, sumBytes } from './network-recorder.ts';
import { scrollThrough } from './scroll-through.ts';
import { VIEWPORT } from './site-pages.ts';
import { medianOf, repeat } from './stats.ts';
import { installVitalsProbe, readVitals, type LayoutShiftRecord } from './vitals-probe.ts';

export interface ReportPageRun {
  jsBytes: number;
  jsRequests: number;
  inlineScriptBytes: number;
  scriptMs: number;
  totalBytes: number;
  totalGzipBytes: number;
  requests: number;
  /** Bytes fetched only while scrolling (lazy content). */
  scrollBytes: number;
  lcpMs: number;
  lcpElement: string;
  cls: number;
  shifts: LayoutShiftRecord[];
  screens: number;
}

export interface ReportPageFigures {
  path: string;
  runs: ReportPageRun[];
  median: Omit<ReportPageRun, 'lcpElement' | 'shifts'>;
  lcpElement: string;
}

async function reportPageOnce(browser: Browser, url: string): Promise<ReportPageRun> {
  const context = await browser.newContext({ viewport: VIEWPORT });
  try {
    await installVitalsProbe(context);
    const network = recordNetwork(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(url, { waitUntil: 'networkidle' });
    await network.settled();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
    const inlineScriptBytes = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src])')]
        .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
        .reduce((sum, script) => sum + new TextEncoder().encode(script.textContent).byteLength, 0),
    );
    // LCP stops being reported at the first scroll, so it is read before.
    const { lcpMs, lcpElement } = await readVitals(page);
    network.setPhase('scroll');
    const screens = await scrollThrough(page);
    await network.settled();
    const { cls, shifts } = await readVitals(page);
    const load = network.responses().filter((response) => response.phase === 'load');
    const scripts = load.filter((response) => response.type === 'script');
    return {
      jsBytes: sumBytes(scripts),
      jsRequests: scripts.length,
      inlineScriptBytes,
      scriptMs,
      totalBytes: sumBytes(load),
      totalGzipBytes: sumBytes(load, 'gzipBytes'),
      requests: load.length,
      scrollBytes: sumBytes(network.responses().filter((response) => response.phase === 'scroll')),
      lcpMs,
      lcpElement,
      cls,
      shifts,
      screens,
    };
  } finally {
    await context.close();
  }
}

export async function measureReportPage(browser: Browser, siteUrl: string, path: string, runs: number): Promise<ReportPageFigures> {
  const all = await repeat(runs, () => reportPageOnce(browser, siteUrl + path));
  const fields = ['jsBytes', 'jsRequests', 'inlineScriptBytes', 'scriptMs', 'totalBytes', 'totalGzipBytes', 'requests', 'scrollBytes', 'lcpMs', 'cls', 'screens'] as const;
  return {
    path,
    runs: all,
    median: Object.fromEntries(fields.map((field) => [field, medianOf(all, (run) => run[field])])) as ReportPageFigures['median'],
    lcpElement: all[0]?.lcpElement ?? '',
  };
}
