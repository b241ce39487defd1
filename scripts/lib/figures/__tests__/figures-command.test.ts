/**
 * `npm run figures` as a maintainer runs it, on small reports written into
 * temporary content folders: extraction, an editor's review that survives the
 * next extraction, the check, and bad input.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { FiguresFile } from '../../../../src/schemas/figures-file.ts';

const ROOT = resolve(import.meta.dirname, '../../../..');

function figures(args: string[]) {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/figures.ts'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A content folder with the vocabulary and one report per entry (`<region>/<year>` → blocks, `## ` marking a part heading). */
function contentWith(reports: Record<string, string[]>): string {
  const content = mkdtempSync(join(tmpdir(), 'baogao-figures-'));
  copyFileSync(join(ROOT, 'content/indicators.json'), join(content, 'indicators.json'));
  const stored = JSON.parse(readFileSync(join(ROOT, 'content/reports/taiyuan-xiaodian/2024/report.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  for (const [id, lines] of Object.entries(reports)) {
    const [region = '', year = ''] = id.split('/');
    const dir = join(content, 'reports', region, year);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.json'), JSON.stringify({ ...stored, region, year: Number(year) }, null, 2));
    writeFileSync(join(dir, 'zh.mdx'), zhMdx(lines));
  }
  return content;
}

function zhMdx(lines: string[]): string {
  let headings = 0;
  let paragraphs = 0;
  return lines
    .map((line) => (line.startsWith('## ') ? `{/* #s${String(++headings)} */}\n${line}\n` : `{/* #p${String(++paragraphs)} */}\n${line}\n`))
    .join('\n');
}

const readFigures = (content: string, id: string) =>
  JSON.parse(readFileSync(join(content, 'reports', id, 'figures.json'), 'utf8')) as FiguresFile;
const writeFigures = (content: string, id: string, file: FiguresFile) =>
  writeFileSync(join(content, 'reports', id, 'figures.json'), JSON.stringify(file, null, 2));

const REPORT_2025 = [
  '各位代表：',
  '## 一、2024年工作回顾',
  '地区生产总值完成 215.3 亿元，增长 5.1%。新建公厕 36 座。',
  '## 二、2025年工作安排',
  '主要预期目标是：地区生产总值增长 5.5%以上，固定资产投资增长 6%—7%。',
];

describe('extract', () => {
  test('writes figures.json beside the report and prints what it found', () => {
    const content = contentWith({ 'jinyang-fenhe/2025': REPORT_2025 });
    const result = figures(['extract', 'jinyang-fenhe/2025', '--content', content]);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(
      'jinyang-fenhe/2025: 4 figures: 2 results, 2 targets; 3 of standard indicators (2 indicators), 1 other figures; 0 reviewed kept as they were',
    );
    const file = readFigures(content, 'jinyang-fenhe/2025');
    expect(file.figures.map((figure) => [figure.block, figure.indicator ?? figure.subject, figure.kind, figure.year])).toEqual([
      ['p2', 'gdp', 'result', 2024],
      ['p2', '新建公厕', 'result', 2024],
      ['p3', 'gdp', 'target', 2025],
      ['p3', 'fixed-asset-investment', 'target', 2025],
    ]);
    expect(figures(['check', '--content', content]).status).toBe(0);
  });

  test('an editor’s reviewed edit survives re-extraction, with no duplicate; unreviewed figures are replaced and drops reported', () => {
    const content = contentWith({ 'jinyang-fenhe/2025': REPORT_2025 });
    figures(['extract', 'jinyang-fenhe/2025', '--content', content]);
    const file = readFigures(content, 'jinyang-fenhe/2025');
    const [gdp, toilets] = file.figures;
    if (!gdp || !toilets) throw new Error('expected two results');
    Object.assign(gdp, { subject: '全县生产总值', note: 'matches the statistical bulletin', reviewed: true });
    toilets.subject = 'an unreviewed edit';
    writeFigures(content, 'jinyang-fenhe/2025', file);
    // The report is corrected: the toilets are no longer a figure of p2.
    const corrected = REPORT_2025.map((line) => line.replace('新建公厕 36 座。', '新建公厕一批。'));
    writeFileSync(join(content, 'reports/jinyang-fenhe/2025/zh.mdx'), zhMdx(corrected));

    const result = figures(['extract', 'jinyang-fenhe/2025', '--content', content]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('1 reviewed kept as they were');
    expect(result.stdout).toContain('dropped since the last extraction: #p2 "新建公厕 36 座"');
    const after = readFigures(content, 'jinyang-fenhe/2025').figures;
    expect(after[0]).toEqual(gdp);
    expect(after.filter((figure) => figure.phrase === gdp.phrase)).toHaveLength(1);
    expect(after.map((figure) => figure.subject)).toEqual(['全县生产总值', '地区生产总值', '固定资产投资']);
  });

  test('an indicator renamed between years is one indicator across the region’s reports', () => {
    const content = contentWith({
      'jinyang-hexi/2024': ['## 一、2023年工作回顾', '区域地区生产总值完成 180 亿元，增长 4%。'],
      'jinyang-hexi/2025': ['## 一、2024年工作回顾', '地区生产总值完成 190 亿元，增长 5%。'],
    });
    for (const id of ['jinyang-hexi/2024', 'jinyang-hexi/2025']) expect(figures(['extract', id, '--content', content]).status).toBe(0);
    const gdp = ['jinyang-hexi/2024', 'jinyang-hexi/2025'].map((id) => readFigures(content, id).figures[0]);
    expect(gdp.map((figure) => [figure?.indicator, figure?.subject, figure?.year])).toEqual([
      ['gdp', '区域地区生产总值', 2023],
      ['gdp', '地区生产总值', 2024],
    ]);
  });
});

test('a table (附件1 主要指标) is left out: its units and years are in its headings, not beside its numbers', () => {
  const table = ['| 指标 | 2024年 | 2025年目标 |', '| --- | --- | --- |', '| 地区生产总值（亿元） | 312.4 | 增长 5.5% |'].join('\n');
  const content = contentWith({ 'jinyang-hexi/2025': ['## 一、2024年工作回顾', '新建公厕 36 座。', table] });
  expect(figures(['extract', 'jinyang-hexi/2025', '--content', content]).status).toBe(0);
  expect(readFigures(content, 'jinyang-hexi/2025').figures.map((figure) => figure.block)).toEqual(['p1']);
});

describe('check', () => {
  test('fails naming the file, the figure and the paragraph when a phrase is edited out of its paragraph', () => {
    const content = contentWith({ 'jinyang-fenhe/2025': REPORT_2025 });
    figures(['extract', 'jinyang-fenhe/2025', '--content', content]);
    const edited = REPORT_2025.map((line) => line.replace('215.3 亿元', '215.8 亿元'));
    writeFileSync(join(content, 'reports/jinyang-fenhe/2025/zh.mdx'), zhMdx(edited));
    const result = figures(['check', 'jinyang-fenhe/2025', '--content', content]);
    expect(result.status).toBe(1);
    const path = join(content, 'reports/jinyang-fenhe/2025/figures.json');
    expect(result.stderr.trim().split('\n')).toEqual([
      `${path}: error: figures[0] #p2 "地区生产总值完成 215.3 亿元，增长 5.1%": the phrase no longer appears in #p2; run npm run figures -- extract, or correct the phrase to the paragraph's words`,
    ]);
    expect(result.stdout).toContain('figures check: 1 error(s)');
  });

  test('fails when a stored value does not say what its words say', () => {
    const content = contentWith({ 'jinyang-fenhe/2025': REPORT_2025 });
    figures(['extract', 'jinyang-fenhe/2025', '--content', content]);
    const file = readFigures(content, 'jinyang-fenhe/2025');
    const target = file.figures[2];
    if (!target?.change) throw new Error('expected the GDP target');
    target.change.qualifier = 'about';
    writeFigures(content, 'jinyang-fenhe/2025', file);
    const result = figures(['check', '--content', content]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(
      'figures[2] #p3 "地区生产总值增长 5.5%以上": change.text "增长 5.5%以上" says qualifier or-more (the file says about)',
    );
  });

  test('the repository’s own figures pass', () => {
    const result = figures(['check']);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/figures check: [1-9]\d* report\(s\), no errors/);
  });
});

describe('bad input gets a clear error and writes nothing', () => {
  const content = contentWith({ 'jinyang-fenhe/2025': REPORT_2025 });

  test.each([
    [[], /^usage: npm run figures -- <extract/m, 2],
    [['extract'], /^usage: npm run figures/m, 2],
    [['summarise', 'jinyang-fenhe/2025'], /^usage: npm run figures/m, 2],
    [['extract', 'jinyang-fenhe/2025', 'extra'], /unexpected argument "extra"/, 1],
    [['extract', 'jinyang-fenhe/2019'], /zh\.mdx: error: no such report "jinyang-fenhe\/2019" \(expected <region>\/<year>/, 1],
    [['check', 'jinyang-fenhe/2025'], /figures\.json: error: missing; run npm run figures -- extract jinyang-fenhe\/2025/, 1],
  ])('%j', (args, message, status) => {
    const result = figures([...args, '--content', content]);
    expect(result.status).toBe(status);
    expect(result.stderr).toMatch(message);
  });

  test('a figures.json that breaks its schema is named, field by field', () => {
    const broken = contentWith({ 'jinyang-fenhe/2025': REPORT_2025 });
    writeFileSync(
      join(broken, 'reports/jinyang-fenhe/2025/figures.json'),
      JSON.stringify({ figures: [{ block: 'p2', phrase: 'x', subject: 'x', kind: 'result', year: 2024 }] }),
    );
    const before = readFileSync(join(broken, 'reports/jinyang-fenhe/2025/figures.json'), 'utf8');
    const result = figures(['extract', 'jinyang-fenhe/2025', '--content', broken]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('figures.json: error: figures[0]: states neither a level nor a change; give at least one');
    expect(readFileSync(join(broken, 'reports/jinyang-fenhe/2025/figures.json'), 'utf8')).toBe(before);
  });
});
