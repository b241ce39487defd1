/**
 * The extractor and the check read numbers by the same rules, so whatever the
 * extractor writes, the check passes: on every report text the repository has
 * (the real source, the fixture collection's and ingest's fixtures, read line
 * by line as blocks), each phrase is in its block and each value says what its
 * words say.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { checkFigures } from '../check-figures.ts';
import { extractFigures } from '../extract-figures.ts';
import { blocksOf, INDICATORS } from './helpers.ts';

const ROOT = join(import.meta.dirname, '../../../..');
const SOURCES = [
  join(ROOT, 'content/sources/taiyuan-xiaodian-2024.zh.md'),
  ...['e2e/fixtures/sources', 'scripts/lib/ingest/__tests__/fixtures'].flatMap((dir) =>
    readdirSync(join(ROOT, dir))
      .filter((name) => name.endsWith('.zh.md') && !name.startsWith('gbk-')) // UTF-8 texts only
      .map((name) => join(ROOT, dir, name)),
  ),
];

describe.each(SOURCES.map((path) => [path.slice(ROOT.length + 1), path]))('%s', (_, path) => {
  test('every extracted figure passes the check', () => {
    // Headings (# 一、2023年工作回顾) become part headings, every other line a paragraph.
    const lines = readFileSync(path, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line.trim() !== '' && !line.startsWith('|'))
      .map((line) => (line.startsWith('#') ? `## ${line.replace(/^#+\s*/, '')}` : line));
    const blocks = blocksOf(lines);
    const figures = extractFigures(blocks, 2024, INDICATORS);
    expect(figures.length).toBeGreaterThan(0);
    expect(checkFigures({ figures }, blocks, INDICATORS).map((problem) => `${problem.figure.phrase}: ${problem.message}`)).toEqual([]);
  });
});
