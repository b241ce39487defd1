import { describe, expect, test } from 'vitest';
import type { LighthouseFigures, LighthouseRun } from '../lighthouse-run.ts';
import { formatLighthouse } from '../print-lighthouse.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];

function run(page: string, number: number, performance: number, failing: LighthouseRun['failing'] = {}): LighthouseRun {
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, id === 'performance' ? performance : 100]));
  return { page, path: `${page}/`, formFactor: 'mobile', run: number, scores, failing, reports: [] };
}

/** The table's rows as cells: page, form factor, run, then the four scores. */
function rows(output: string): string[][] {
  return output
    .split('\n')
    .filter((line) => / mobile /.test(line))
    .map((line) => line.trim().split(/\s{2,}/));
}

describe('the Lighthouse table', () => {
  test('with several runs, lists each run of a page and then their median; a category below 100 names its run and audits', () => {
    const tbt = { performance: [{ id: 'total-blocking-time', title: 'Total Blocking Time', score: 0.85, displayValue: '240 ms' }] };
    const figures: LighthouseFigures = {
      lighthouseVersion: '12.8.2',
      // In the order the runs are made: the whole set, run after run.
      runs: [
        run('home', 1, 100),
        run('search', 1, 100),
        run('home', 2, 96, tbt),
        run('search', 2, 99),
        run('home', 3, 100),
        run('search', 3, 100),
      ],
    };
    const output = formatLighthouse(figures, '/reports');
    expect(rows(output)).toEqual([
      ['home', 'mobile', '1', '100', '100', '100', '100'],
      ['home', 'mobile', '2', '96', '100', '100', '100'],
      ['home', 'mobile', '3', '100', '100', '100', '100'],
      ['home', 'mobile', 'median', '100', '100', '100', '100'],
      ['search', 'mobile', '1', '100', '100', '100', '100'],
      ['search', 'mobile', '2', '99', '100', '100', '100'],
      ['search', 'mobile', '3', '100', '100', '100', '100'],
      ['search', 'mobile', 'median', '100', '100', '100', '100'],
    ]);
    expect(output).toContain('home (mobile, run 2), performance 96:\n    - total-blocking-time: Total Blocking Time (score 0.85, 240 ms)');
  });

  test('with one run, has no run column and no median', () => {
    const output = formatLighthouse({ lighthouseVersion: '12.8.2', runs: [run('home', 1, 100)] }, '/reports');
    expect(rows(output)).toEqual([['home', 'mobile', '100', '100', '100', '100']]);
    expect(output).toContain('Every category scored 100.');
  });
});
