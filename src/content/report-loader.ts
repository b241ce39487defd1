/**
 * Astro content loader for reports: one entry per report (`taiyuan-xiaodian/2024`)
 * holding the whole aligned model built by build-report.ts. It also enforces
 * the anchor registry: a published anchor that disappeared without a declared
 * redirect fails the build.
 */
import type { Loader } from 'astro/loaders';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { aliasesByTarget, checkAnchorRegistry, type AnchorRegistry } from '../lib/anchor-registry.ts';
import { parseBlocks } from '../lib/block-syntax.ts';
import { buildReport, ContentError } from './build-report.ts';
import { listReportFiles, type ReportFiles } from './report-files-fs.ts';

function currentAnchors(files: ReportFiles): Set<string> {
  const ids = parseBlocks(files.body).blocks.map((block) => block.id);
  const keys = (JSON.parse(files.glossaryJson) as { key: string }[]).map((entry) => `g-${entry.key}`);
  return new Set([...ids, ...keys]);
}

export function reportLoader(options: { contentDir: string }): Loader {
  return {
    name: 'baogao-reports',
    load: async ({ store, parseData, generateDigest }) => {
      store.clear();
      const all = listReportFiles(options.contentDir);
      const registryPath = join(options.contentDir, 'anchors.json');
      const registry: AnchorRegistry = existsSync(registryPath) ? JSON.parse(readFileSync(registryPath, 'utf8')) : { reports: {} };
      const problems = checkAnchorRegistry(registry, new Map(all.map((files) => [`${files.region}/${files.year}`, currentAnchors(files)])));
      if (problems.length > 0) throw new ContentError(problems.map((problem) => `${registryPath}: error: ${problem.message}`).join('\n'));
      for (const files of all) {
        const id = `${files.region}/${files.year}`;
        const report = await buildReport(files, aliasesByTarget(registry, id, files.region, Number(files.year)));
        const data = await parseData({ id, data: report as unknown as Record<string, unknown> });
        store.set({ id, data, digest: generateDigest(data) });
      }
    },
  };
}
