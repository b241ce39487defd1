/**
 * Astro content loader for reports: one entry per report (`taiyuan-xiaodian/2024`)
 * holding the whole aligned model built by build-report.ts.
 */
import type { Loader } from 'astro/loaders';
import { buildReport } from './build-report.ts';
import { listReportFiles } from './report-files-fs.ts';

export function reportLoader(options: { contentDir: string }): Loader {
  return {
    name: 'baogao-reports',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      for (const files of listReportFiles(options.contentDir)) {
        const report = await buildReport(files);
        const id = `${files.region}/${files.year}`;
        const data = await parseData({ id, data: report as unknown as Record<string, unknown> });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  };
}
