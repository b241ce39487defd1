/**
 * npm run compare-sites -- <before-dist> <after-dist>
 *
 * For refactors that must not change what a reader gets: compares two built
 * sites file by file. Lists files only in one of them, and for every HTML page
 * in both, compares the visible text (parsed with rehype-parse, read with
 * hast-util-to-text; scripts, styles and asset hashes do not count), the page
 * title, every id (anchors) and every link target. Exits 1 on any difference.
 */
import { compareSites } from './lib/compare/compare-sites.ts';

const [before, after] = process.argv.slice(2);
if (!before || !after) {
  console.error('usage: npm run compare-sites -- <before-dist> <after-dist>');
  process.exit(2);
}
const differences = compareSites(before, after);
for (const line of differences.slice(0, 200)) console.log(line);
if (differences.length > 200) console.log(`… and ${differences.length - 200} more`);
console.log(differences.length === 0 ? 'the two sites are the same for a reader' : `${differences.length} differences`);
process.exitCode = differences.length === 0 ? 0 : 1;
