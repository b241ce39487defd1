/**
 * Astro content loader for reports: one entry per report (`taiyuan-xiaodian/2024`)
 * holding the whole aligned model built by build-report.ts, from the files
 * report-files-fs.ts has read and validated. It also enforces the anchor
 * registry: a published anchor that disappeared without a declared redirect
 * fails the build.
 */
import type { Loader } from 'astro/loaders';
import { aliasesByTarget, checkAnchorRegistry, currentAnchors } from '../lib/anchor-registry.ts';
import { anchorRegistryPath, readAnchorRegistry } from './anchors-fs.ts';
import { buildReport, ContentError } from './build-report.ts';
import { checkFigureIndicators } from './figure-indicators.ts';
import { readIndicators } from './indicators-fs.ts';
import { rememberLoadedReports } from './loaded-reports.ts';
import { readReports } from './report-files-fs.ts';
import type { Report } from '../schemas/report.ts';

export function reportLoader(options: { contentDir: string }): Loader {
  return {
    name: 'baogao-reports',
    load: async (context) => {
      context.store.clear();
      const all = readReports(options.contentDir);
      checkFigureIndicators(all, readIndicators(options.contentDir));
      const registry = readAnchorRegistry(options.contentDir);
      const problems = checkAnchorRegistry(registry, new Map(all.map((files) => [files.id, currentAnchors(files.blocks, files.glossary)])));
      if (problems.length > 0) {
        const path = anchorRegistryPath(options.contentDir);
        throw new ContentError(problems.map((problem) => `${path}: error: ${problem.message}`).join('\n'));
      }
      const built: Report[] = [];
      for (const files of all) {
        const report = buildReport(files, aliasesByTarget(registry, files.id, files.report.region, files.report.year));
        const data = await context.parseData({ id: files.id, data: report });
        context.store.set({ id: files.id, data, digest: context.generateDigest(data) });
        // The checked copy the store holds, not `report`, so that the objects and arrays of each model are kept
        // once (their strings are shared by both). The schema must keep every field buildReport makes: a z.object
        // drops keys it does not name (build-report.test.ts checks that the model comes out unchanged).
        built.push(data);
      }
      // For the build steps after the pages (loaded-reports.ts): the same models, not made a second time.
      rememberLoadedReports(options.contentDir, built);
    },
  };
}
