/**
 * Lighthouse on the built site: every page of LIGHTHOUSE_PAGES (or those asked
 * for), as a phone (Lighthouse's default config) and as a desktop (its desktop
 * config), `runs` times each (the issue's target is 100 in three runs out of
 * three: one run can hide a score that varies). Each run's JSON and HTML
 * reports are saved; the scores of every category and the audits that keep a
 * category below 100 are returned.
 *
 * The machine is offline and everything the site loads is local; a run that
 * hangs anyway (an audit waiting on the network, a stuck page) is abandoned
 * after RUN_TIMEOUT_MS and its Chromium replaced, so one page cannot stall the rest.
 */
import lighthouse, { desktopConfig, type Config, type Result, type RunnerResult } from 'lighthouse';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Log } from './log.ts';
import { launchChromeForLighthouse } from './lighthouse-chrome.ts';
import { LIGHTHOUSE_PAGES } from './site-pages.ts';

export const FORM_FACTORS = ['mobile', 'desktop'] as const;
export type FormFactor = (typeof FORM_FACTORS)[number];
export type LighthousePage = (typeof LIGHTHOUSE_PAGES)[number];

export interface LighthouseOptions {
  /** How many times each page is audited in each form factor (default 1). */
  runs?: number;
  /** The pages to audit (default: every page of LIGHTHOUSE_PAGES). */
  pages?: readonly LighthousePage[];
  /** The form factors (default: mobile and desktop). */
  formFactors?: readonly FormFactor[];
}
const RUN_TIMEOUT_MS = 120_000;

export interface FailingAudit {
  id: string;
  title: string;
  /** 0–1; below 1 is failing or, for metrics, less than perfect. */
  score: number;
  displayValue?: string;
}

export interface LighthouseRun {
  page: string;
  path: string;
  formFactor: FormFactor;
  /** 1, 2 … : which run of this page and form factor. */
  run: number;
  /** Category id → score 0–100 (null when Lighthouse could not score it). */
  scores: Record<string, number | null>;
  /** Category id → audits that cost it points. */
  failing: Record<string, FailingAudit[]>;
  reports: string[];
  error?: string;
}

export interface LighthouseFigures {
  lighthouseVersion: string;
  runs: LighthouseRun[];
}

/** Audits of a category that scored below 1 (not the informative, manual or not-applicable ones). */
function failingAudits(lhr: Result, categoryId: string): FailingAudit[] {
  const category = lhr.categories[categoryId];
  if (!category) return [];
  return category.auditRefs.flatMap((ref) => {
    const audit = lhr.audits[ref.id];
    if (!audit || audit.score === null || audit.score >= 1) return [];
    if (!['binary', 'numeric', 'metricSavings'].includes(audit.scoreDisplayMode)) return [];
    return [{ id: audit.id, title: audit.title, score: audit.score, ...(audit.displayValue ? { displayValue: audit.displayValue } : {}) }];
  });
}

function summarise(lhr: Result): Pick<LighthouseRun, 'scores' | 'failing'> {
  const scores: LighthouseRun['scores'] = {};
  const failing: LighthouseRun['failing'] = {};
  for (const [id, category] of Object.entries(lhr.categories)) {
    scores[id] = category.score === null ? null : Math.round(category.score * 100);
    const audits = failingAudits(lhr, id);
    if (audits.length > 0) failing[id] = audits;
  }
  return { scores, failing };
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} did not finish within ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function saveReports(result: RunnerResult, outDir: string, slug: string): string[] {
  // The reports come in the order of the `output` flag: JSON, then HTML.
  const [json, html] = Array.isArray(result.report) ? result.report : [result.report];
  const files: string[] = [];
  for (const [content, extension] of [
    [json, 'json'],
    [html, 'html'],
  ] as const) {
    if (!content) continue;
    const file = join(outDir, `${slug}.report.${extension}`);
    writeFileSync(file, content);
    files.push(file);
  }
  return files;
}

export async function runLighthouse(
  siteUrl: string,
  outDir: string,
  log: Log,
  { runs: times = 1, pages = LIGHTHOUSE_PAGES, formFactors = FORM_FACTORS }: LighthouseOptions = {},
): Promise<LighthouseFigures> {
  mkdirSync(outDir, { recursive: true });
  const runs: LighthouseRun[] = [];
  let version = '';
  let chrome = await launchChromeForLighthouse();
  try {
    // Run after run of the whole set, so a passing load on the machine touches every page alike.
    for (let run = 1; run <= times; run++)
      for (const formFactor of formFactors) {
        for (const page of pages) {
          const slug = `${page.slug}-${formFactor}${times > 1 ? `-run${run}` : ''}`;
          log(`lighthouse: ${page.name} (${formFactor})${times > 1 ? `, run ${run} of ${times}` : ''}`);
          const config: Config | undefined = formFactor === 'desktop' ? desktopConfig : undefined;
          const flags = {
            port: chrome.port,
            output: ['json', 'html'] as ('json' | 'html')[],
            logLevel: 'error' as const,
            maxWaitForLoad: 30_000,
          };
          try {
            const result = await withTimeout(lighthouse(siteUrl + page.path, flags, config), RUN_TIMEOUT_MS, `Lighthouse on ${page.path}`);
            if (!result) throw new Error('Lighthouse returned no result');
            const { lhr } = result;
            version = lhr.lighthouseVersion;
            runs.push({
              page: page.name,
              path: page.path,
              formFactor,
              run,
              ...summarise(lhr),
              reports: saveReports(result, outDir, slug),
              ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
            });
          } catch (error) {
            runs.push({ page: page.name, path: page.path, formFactor, run, scores: {}, failing: {}, reports: [], error: String(error) });
            // A timed-out run may leave Chromium in any state: start the next one afresh.
            chrome.kill();
            chrome = await launchChromeForLighthouse();
          }
        }
      }
  } finally {
    chrome.kill();
  }
  return { lighthouseVersion: version, runs };
}
