/**
 * In-page observers for layout stability and largest paint, installed before
 * any of the page's own scripts run (as an init script): CLS as the sum of
 * layout-shift values without recent input (each shift's moved elements kept,
 * so a CLS above 0 says what moved), and the latest LCP candidate.
 */
import type { BrowserContext, Page } from 'playwright-core';

export interface LayoutShiftRecord {
  value: number;
  startTime: number;
  /** The moved elements, as tag#id.class. */
  sources: string[];
}

export interface Vitals {
  cls: number;
  shifts: LayoutShiftRecord[];
  lcpMs: number;
  lcpElement: string;
}

// Not in TypeScript's DOM library (Chromium-only entry types).
interface LayoutShiftEntry extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

function installObservers(): void {
  const vitals: Vitals = { cls: 0, shifts: [], lcpMs: 0, lcpElement: '' };
  (window as unknown as { benchVitals: Vitals }).benchVitals = vitals;
  // tag#id.class, and for a bare element its nearest named ancestor too ("li in nav.toc").
  const name = (element: Element): string =>
    `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ''}${[...element.classList].map((c) => `.${c}`).join('')}`;
  const describe = (node: Node | null | undefined): string => {
    if (!(node instanceof Element)) return node?.nodeName ?? '';
    if (node.id || node.classList.length > 0) return name(node);
    const named = node.parentElement?.closest('[id], [class]');
    return named ? `${name(node)} in ${name(named)}` : name(node);
  };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries() as LayoutShiftEntry[]) {
      if (entry.hadRecentInput) continue;
      vitals.cls += entry.value;
      vitals.shifts.push({ value: entry.value, startTime: entry.startTime, sources: entry.sources.map((source) => describe(source.node)) });
    }
  }).observe({ type: 'layout-shift', buffered: true });
  new PerformanceObserver((list) => {
    const latest = list.getEntries().at(-1) as LargestContentfulPaint | undefined;
    if (!latest) return;
    vitals.lcpMs = latest.startTime;
    vitals.lcpElement = describe(latest.element);
  }).observe({ type: 'largest-contentful-paint', buffered: true });
}

export async function installVitalsProbe(context: BrowserContext): Promise<void> {
  await context.addInitScript(installObservers);
}

export async function readVitals(page: Page): Promise<Vitals> {
  return page.evaluate(() => (window as unknown as { benchVitals: Vitals }).benchVitals);
}
