/**
 * npm run anchors -- record    add every current anchor of every report to content/anchors.json
 * npm run anchors -- check     check the registry (the build runs the same check)
 *
 * Run `record` when a report is published, and commit the registry: from then
 * on its anchors can only be removed with a declared redirect.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkAnchorRegistry, recordAnchors, type AnchorRegistry } from '../src/lib/anchor-registry.ts';
import { listReportIds, readReport } from './lib/translate/report-paths.ts';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { content: { type: 'string', default: resolve(import.meta.dirname, '..', 'content') } },
});
const contentDir = resolve(values.content);
const registryPath = join(contentDir, 'anchors.json');
const registry: AnchorRegistry = existsSync(registryPath) ? JSON.parse(readFileSync(registryPath, 'utf8')) : { reports: {} };
const current = new Map(
  listReportIds(contentDir).map((id) => {
    const report = readReport(contentDir, id);
    return [id, new Set([...report.blocks.map((block) => block.id), ...report.glossary.map((entry) => `g-${entry.key}`)])] as const;
  }),
);

if (positionals[0] === 'record') {
  const updated = recordAnchors(registry, current);
  writeFileSync(`${registryPath}.tmp`, `${JSON.stringify(updated, null, 2)}\n`);
  renameSync(`${registryPath}.tmp`, registryPath);
  const count = Object.values(updated.reports).reduce((sum, entry) => sum + entry.anchors.length, 0);
  console.log(`${registryPath}: ${count} published anchors in ${Object.keys(updated.reports).length} report(s)`);
} else if (positionals[0] === 'check') {
  const problems = checkAnchorRegistry(registry, current);
  for (const problem of problems) console.error(`${registryPath}: error: ${problem.message}`);
  console.log(
    problems.length === 0 ? 'anchor registry: every published anchor resolves' : `anchor registry: ${problems.length} problem(s)`,
  );
  process.exitCode = problems.length === 0 ? 0 : 1;
} else {
  console.error('usage: npm run anchors -- <record|check> [--content <dir>]');
  process.exitCode = 2;
}
