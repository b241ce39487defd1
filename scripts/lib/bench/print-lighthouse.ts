/**
 * The Lighthouse table (every category's score per page and form factor, each
 * run's and, with several runs, their median) and, for each category below
 * 100, the audits that cost it points in that run.
 */
import { renderTable } from './format.ts';
import { median } from './stats.ts';
import type { FailingAudit, LighthouseFigures, LighthouseRun } from './lighthouse-run.ts';

/**
 * Audits about compression and cache headers: they judge our local static
 * server (its compression and cache headers), not the site; the host decides them.
 */
const HOSTING_AUDITS = new Set(['uses-text-compression', 'uses-long-cache-ttl', 'cache-insight', 'document-latency-insight']);

function auditLine(audit: FailingAudit): string {
  const details = [`score ${audit.score.toFixed(2)}`, ...(audit.displayValue ? [audit.displayValue] : [])].join(', ');
  return `    - ${audit.id}: ${audit.title} (${details})${HOSTING_AUDITS.has(audit.id) ? ' [hosting]' : ''}`;
}

function failingLines(run: LighthouseRun, several: boolean): string[] {
  const which = `${run.page} (${run.formFactor}${several ? `, run ${run.run}` : ''})`;
  const lines = run.error ? [`  ${which}: ${run.error}`] : [];
  for (const [category, audits] of Object.entries(run.failing)) {
    const score = run.scores[category];
    if (score === 100) continue;
    lines.push(`  ${which}, ${category} ${score ?? '–'}:`, ...audits.map(auditLine));
  }
  return lines;
}

/** The median of each category over the runs of one page and form factor ('–' when no run scored it). */
function medianRow(runs: readonly LighthouseRun[], categories: readonly string[]): string[] {
  const [first] = runs;
  return [
    first?.page ?? '',
    first?.formFactor ?? '',
    'median',
    ...categories.map((id) => {
      const scores = runs.flatMap((run) => (typeof run.scores[id] === 'number' ? [run.scores[id]] : []));
      return scores.length > 0 ? String(median(scores)) : '–';
    }),
  ];
}

export function formatLighthouse(figures: LighthouseFigures, reportsDir: string): string {
  const categories = [...new Set(figures.runs.flatMap((run) => Object.keys(run.scores)))];
  const several = figures.runs.some((run) => run.run > 1);
  const score = (run: LighthouseRun, id: string) => String(run.scores[id] ?? (run.error ? 'error' : '–'));
  // With several runs: each page and form factor's runs in a row, then their median.
  const groups = Map.groupBy(figures.runs, (run) => `${run.formFactor} ${run.path}`);
  const rows = several
    ? [...groups.values()].flatMap((runs) => [
        ...runs.map((run) => [run.page, run.formFactor, String(run.run), ...categories.map((id) => score(run, id))]),
        medianRow(runs, categories),
      ])
    : figures.runs.map((run) => [run.page, run.formFactor, ...categories.map((id) => score(run, id))]);
  const table = renderTable(
    `Lighthouse ${figures.lighthouseVersion} (scores 0–100; reports in ${reportsDir})`,
    ['page', 'form factor', ...(several ? ['run'] : []), ...categories],
    rows,
  );
  const lines = figures.runs.flatMap((run) => failingLines(run, several));
  const heading = 'Audits that keep a category below 100 ([hosting]: decided by the host, not the site):';
  return lines.length > 0 ? `${table}\n\n${heading}\n${lines.join('\n')}` : `${table}\n\nEvery category scored 100.`;
}
