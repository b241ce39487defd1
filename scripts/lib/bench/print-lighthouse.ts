/** The Lighthouse table (every category's score per page and form factor) and the audits that cost points. */
import { renderTable } from './format.ts';
import type { LighthouseFigures } from './lighthouse-run.ts';

export function formatLighthouse(figures: LighthouseFigures, reportsDir: string): string {
  const categories = [...new Set(figures.runs.flatMap((run) => Object.keys(run.scores)))];
  const table = renderTable(
    `Lighthouse ${figures.lighthouseVersion} (scores 0–100; reports in ${reportsDir})`,
    ['page', 'form factor', ...categories],
    figures.runs.map((run) => [
      run.page,
      run.formFactor,
      ...categories.map((id) => (run.error && run.scores[id] === undefined ? 'error' : String(run.scores[id] ?? '–'))),
    ]),
  );
  const lines: string[] = [];
  for (const run of figures.runs) {
    if (run.error) lines.push(`  ${run.page} (${run.formFactor}): ${run.error}`);
    for (const [category, audits] of Object.entries(run.failing)) {
      lines.push(`  ${run.page} (${run.formFactor}), ${category} ${run.scores[category] ?? '–'}:`);
      for (const audit of audits)
        lines.push(`    - ${audit.id}: ${audit.title} (score ${audit.score.toFixed(2)}${audit.displayValue ? `, ${audit.displayValue}` : ''})`);
    }
  }
  return lines.length > 0 ? `${table}\n\nAudits below a perfect score:\n${lines.join('\n')}` : `${table}\n\nEvery audit passed.`;
}
