/**
 * Report sources are untrusted input: only the report's own markup (bold, sup,
 * sub, line breaks, tables) survives ingest; scripts, styles, frames, images,
 * event handlers and javascript: links are removed, each with a warning naming
 * its line, and the report's text around them is kept.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES, runIngest, tempDir } from './ingest-helpers.ts';

const good = readFileSync(join(FIXTURES, 'fenhe-2025.zh.md'), 'utf8');
const poisoned = good
  .replace(
    '现在，我代表县人民政府向大会报告工作。',
    '现在，我代表<img src=x onerror="alert(1)">县人民政府向大会报告工作。<script>alert(2)</script>',
  )
  .replace(
    '推动 10 个以上项目开工',
    '推动 <a href="javascript:alert(3)">10 个</a>以上<span onclick="alert(4)">项目</span>开工<iframe src="https://evil.example/"></iframe>',
  )
  .replace('新建学校 2 所', '<style>body{display:none}</style>新建学校 2 所');

test('a poisoned source is ingested without its scripts, and every removal is named', () => {
  const source = join(tempDir(), 'poisoned-2025.zh.md');
  writeFileSync(source, poisoned);
  const out = tempDir();
  const result = runIngest([source, '--region', 'jinyang-fenhe', '--year', '2025', '--out', out]);
  expect(result.stderr).not.toMatch(/error:/);
  expect(result.status).toBe(0);
  const body = readFileSync(join(out, 'reports/jinyang-fenhe/2025/zh.mdx'), 'utf8');
  for (const bad of ['<img', 'onerror', '<script', 'alert(', 'javascript:', 'onclick', '<iframe', '<style', 'display:none', '<a ', '<span'])
    expect(body).not.toContain(bad);
  expect(body).toContain('现在，我代表县人民政府向大会报告工作。');
  expect(body).toContain('推动 10 个以上项目开工');
  expect(body).toContain('新建学校 2 所');
  expect(result.stderr).toMatch(/poisoned-2025\.zh\.md:9: warning: .*<img src onerror> removed/);
  expect(result.stderr).toMatch(/poisoned-2025\.zh\.md:9: warning: .*<script> removed/);
  expect(result.stderr).toMatch(/poisoned-2025\.zh\.md:\d+: warning: .*<iframe src> removed/);
  expect(result.stderr).toMatch(/warning: .*onclick on <span> removed/);
  expect(result.stderr).toMatch(/warning: .*href on <a> removed/);
  const report = readFileSync(join(out, 'reports/jinyang-fenhe/2025/ingest-report.md'), 'utf8');
  expect(report).toContain('## Markup removed or unwrapped');
  expect(report).toMatch(/line \d+: <span> unwrapped, text kept/);
});
