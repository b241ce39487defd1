import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readReport } from '../../../../src/content/report-files-fs.ts';
import { formatStatus, reportStatus } from '../status.ts';
import { writeFixtureReport } from '../testing/memory-content.ts';

test('status puts every block in one group: reviewed, translated, drafted from memory or pending; stale across them', () => {
  const content = mkdtempSync(join(tmpdir(), 'baogao-status-'));
  const blocks = ['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'].map((id) => ({ id, zh: `第 ${id.slice(1)} 段。` }));
  const memory = (match: number) => ({ match, sources: ['a/2023#p1'] });
  writeFixtureReport(content, 'demo/2024', blocks, [
    { id: 'p1', en: 'One.', state: 'reviewed' },
    { id: 'p2', en: 'Two.', state: 'final' },
    // A reviewer's state wins over a memory mark a hand edit left behind.
    { id: 'p3', en: 'Three.', state: 'reviewed', memory: memory(90) },
    { id: 'p4', en: 'Four.', state: 'translated' },
    { id: 'p5', en: 'Five.', state: 'initial' },
    { id: 'p6', en: 'Six.', state: 'initial', memory: memory(100) },
    { id: 'p7', en: 'Seven.', state: 'translated', memory: memory(91) },
  ]);
  // p1's Chinese changed since it was translated.
  const body = join(content, 'reports/demo/2024/zh.mdx');
  writeFileSync(body, readFileSync(body, 'utf8').replace('第 1 段。', '第一段。'));
  const status = reportStatus(readReport(content, 'demo/2024'));
  expect(status).toMatchObject({
    total: 8,
    translated: 7,
    reviewed: 3,
    unreviewed: 2,
    drafted: 2,
    draftMatch: 95,
    stale: 1,
    pending: ['p8'],
  });
  expect(formatStatus(status)).toBe(
    'demo/2024: 7/8 blocks with English (87%): 3 reviewed, 2 translated, 2 drafted from memory (average match 95%), 1 pending: p8; 1 stale; glossary 0/0',
  );
});
