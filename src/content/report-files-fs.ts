/**
 * Config-time file reader (Node APIs; never imported by pages): finds every
 * report under a content folder and reads its files. Pages use `astro:content`.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ReportFiles {
  /** e.g. reports/taiyuan-xiaodian/2024 */
  dir: string;
  region: string;
  year: string;
  reportJson: string;
  body: string;
  glossaryJson: string;
  /** `en.json` when a translation exists. */
  translation?: { path: string; raw: string };
}

export function listReportFiles(contentDir: string): ReportFiles[] {
  const reportsDir = join(contentDir, 'reports');
  if (!existsSync(reportsDir)) return [];
  const found: ReportFiles[] = [];
  for (const region of readdirSync(reportsDir).sort()) {
    for (const year of readdirSync(join(reportsDir, region)).sort()) {
      const dir = join('reports', region, year);
      const abs = join(contentDir, dir);
      if (!existsSync(join(abs, 'report.json'))) continue;
      const translationPath = join(abs, 'en.json');
      found.push({
        dir: join(contentDir, dir),
        region,
        year,
        reportJson: readFileSync(join(abs, 'report.json'), 'utf8'),
        body: readFileSync(join(abs, 'zh.mdx'), 'utf8'),
        glossaryJson: existsSync(join(abs, 'glossary.json')) ? readFileSync(join(abs, 'glossary.json'), 'utf8') : '[]',
        ...(existsSync(translationPath) ? { translation: { path: translationPath, raw: readFileSync(translationPath, 'utf8') } } : {}),
      });
    }
  }
  return found;
}
