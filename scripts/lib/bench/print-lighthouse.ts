/**
 * The Lighthouse table (every category's score per page and form factor) and,
 * for each category below 100, the audits that cost it points.
 */
import { renderTable } from './format.ts';
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

function failingLines(run: LighthouseRun): string[] {
  const lines = run.error ? [`  ${run.page} (${run.formFactor}): ${run.error}`] : [];
  for (const [category, audits] of Object.entries(run.failing)) {
    const score = run.scores[category];
    if (score === 100) continue;
    lines.push(`  ${run.page} (${run.formFactor}), ${category} ${score ?? '–'}:`, ...audits.map(auditLine));
  }
  return lines;
}

export function formatLighthouse(figures: LighthouseFigures, reportsDir: string): string {
  const categories = [...new Set(figures.runs.flatMap((run) => Object.keys(run.scores)))];
  const table = renderTable(
    `Lighthouse ${figures.lighthouseVersion} (scores 0–100; reports in ${reportsDir})`,
    ['page', 'form factor', ...categories],
    figures.runs.map((run) => [run.page, run.formFactor, ...categories.map((id) => String(run.scores[id] ?? (run.error ? 'error' : '–')))]),
  );
  const lines = figures.runs.flatMap(failingLines);
  const heading = 'Audits that keep a category below 100 ([hosting]: decided by the host, not the site):';
  return lines.length > 0 ? `${table}\n\n${heading}\n${lines.join('\n')}` : `${table}\n\nEvery category scored 100.`;
}
