/**
 * npm run anchors -- record    add every current anchor of every report to content/anchors.json
 * npm run anchors -- check     check the registry (the build runs the same check)
 *
 * Run `record` when a report is published, and commit the registry: from then
 * on its anchors can only be removed with a declared redirect.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { anchorRegistryPath, readAnchorRegistry, writeAnchorRegistry } from '../src/content/anchors-fs.ts';
import { readReports } from '../src/content/report-files-fs.ts';
import { checkAnchorRegistry, currentAnchors, recordAnchors } from '../src/lib/anchor-registry.ts';
import { StoredFileError } from '../src/schemas/stored-file.ts';

function main(): number {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { content: { type: 'string', default: resolve(import.meta.dirname, '..', 'content') } },
  });
  const contentDir = resolve(values.content);
  const registryPath = anchorRegistryPath(contentDir);
  const registry = readAnchorRegistry(contentDir);
  const current = new Map(readReports(contentDir).map((report) => [report.id, currentAnchors(report.blocks, report.glossary)]));

  if (positionals[0] === 'record') {
    const updated = recordAnchors(registry, current);
    writeAnchorRegistry(contentDir, updated);
    const count = Object.values(updated.reports).reduce((sum, entry) => sum + entry.anchors.length, 0);
    console.log(`${registryPath}: ${count} published anchors in ${Object.keys(updated.reports).length} report(s)`);
    return 0;
  }
  if (positionals[0] === 'check') {
    const problems = checkAnchorRegistry(registry, current);
    for (const problem of problems) console.error(`${registryPath}: error: ${problem.message}`);
    console.log(
      problems.length === 0 ? 'anchor registry: every published anchor resolves' : `anchor registry: ${problems.length} problem(s)`,
    );
    return problems.length === 0 ? 0 : 1;
  }
  console.error('usage: npm run anchors -- <record|check> [--content <dir>]');
  return 2;
}

try {
  process.exitCode = main();
} catch (error) {
  // A broken content file: the message names the file and the field.
  if (!(error instanceof StoredFileError)) throw error;
  console.error(error.message);
  process.exitCode = 1;
}
