/**
 * What a report page costs a reader before they touch it, on a cold cache, on
 * a desktop or a throttled phone (site-pages.ts DEVICES): JavaScript loaded
 * (files, plus inline scripts) and the time spent running scripts (Chromium's
 * ScriptDuration, via CDP Performance.getMetrics, read once the page is idle),
 * all bytes of the page load, LCP, and CLS after load and a scroll through the
 * whole page.
 */
import type { Browser, Page } from 'playwright-core';
import { emulateDevice } from './device-emulation.ts';
import { formatBytes } from './format.ts';
import { isJavaScript, recordNetwork, sumBytes } from './network-recorder.ts';
import { scrollThrough } from './scroll-through.ts';
import { DEVICES, type DeviceName } from './site-pages.ts';
import { medianOf, repeat } from './stats.ts';
import { installVitalsProbe, readVitals, type LayoutShiftRecord } from './vitals-probe.ts';

export interface ReportPageRun {
  jsBytes: number;
  jsRequests: number;
  inlineScriptBytes: number;
  scriptMs: number;
  totalBytes: number;
  totalUncompressedBytes: number;
  requests: number;
  /** What was requested during the load: its path and bytes, e.g. "/_astro/Base.css 3.0 KB". */
  requestList: string[];
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
  device: DeviceName;
  runs: ReportPageRun[];
  median: Omit<ReportPageRun, 'lcpElement' | 'shifts' | 'requestList'>;
  lcpElement: string;
}

/** Bytes of the page's inline scripts (not JSON data blocks): JavaScript that no response counts. */
function measureInlineScripts(page: Page): Promise<number> {
  return page.evaluate(() =>
    [...document.querySelectorAll('script:not([src])')]
      .filter((script) => !/json/.test(script.getAttribute('type') ?? ''))
      .reduce((sum, script) => sum + new TextEncoder().encode(script.textContent).byteLength, 0),
  );
}

async function reportPageOnce(browser: Browser, url: string, device: DeviceName): Promise<ReportPageRun> {
  const context = await browser.newContext(DEVICES[device].context);
  try {
    await installVitalsProbe(context);
    const network = recordNetwork(context);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    await emulateDevice(cdp, device);
    await page.goto(url, { waitUntil: 'networkidle' });
    await network.settled();
    const { metrics } = await cdp.send('Performance.getMetrics');
    const scriptMs = (metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0) * 1000;
    const inlineScriptBytes = await measureInlineScripts(page);
    // LCP stops being reported at the first scroll, so it is read before.
    const { lcpMs, lcpElement } = await readVitals(page);
    network.setPhase('scroll');
    // The slowdown was for the load; scrolling a long page screen by screen under it takes minutes.
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const screens = await scrollThrough(page);
    await network.settled();
    const { cls, shifts } = await readVitals(page);
    const load = network.responses().filter((response) => response.phase === 'load');
    const scripts = load.filter(isJavaScript);
    return {
      jsBytes: sumBytes(scripts),
      jsRequests: scripts.length,
      inlineScriptBytes,
      scriptMs,
      totalBytes: sumBytes(load),
      totalUncompressedBytes: sumBytes(load, 'uncompressedBytes'),
      requests: load.length,
      requestList: load.map((response) => `${new URL(response.url).pathname} ${formatBytes(response.bytes)}`),
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

export async function measureReportPage(
  browser: Browser,
  siteUrl: string,
  path: string,
  device: DeviceName,
  runs: number,
): Promise<ReportPageFigures> {
  const all = await repeat(runs, () => reportPageOnce(browser, siteUrl + path, device));
  const fields = [
    'jsBytes',
    'jsRequests',
    'inlineScriptBytes',
    'scriptMs',
    'totalBytes',
    'totalUncompressedBytes',
    'requests',
    'scrollBytes',
    'lcpMs',
    'cls',
    'screens',
  ] as const;
  return {
    path,
    device,
    runs: all,
    median: Object.fromEntries(fields.map((field) => [field, medianOf(all, (run) => run[field])])) as ReportPageFigures['median'],
    lcpElement: all[0]?.lcpElement ?? '',
  };
}
