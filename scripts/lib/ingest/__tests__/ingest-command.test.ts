import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { readRegions } from '../../../../src/content/regions-fs.ts';
import { readReport } from '../../../../src/content/report-files-fs.ts';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import { FIXTURES, REAL_SOURCE, runIngest, snapshotDir, tempDir } from './ingest-helpers.ts';

const XIAODIAN = ['--region', 'taiyuan-xiaodian', '--year', '2024'];

function ingestedBlocks(out: string, region = 'taiyuan-xiaodian', year = '2024') {
  return parseBlocks(readFileSync(join(out, 'reports', region, year, 'zh.mdx'), 'utf8')).blocks;
}

describe('ingest of the 2024 Xiaodian report', () => {
  const out = tempDir();
  const first = runIngest([REAL_SOURCE, ...XIAODIAN, '--out', out]);

  test('succeeds and writes the report, body, glossary, ingest report and source copy', () => {
    expect(first.stderr).not.toMatch(/error:/);
    expect(first.status).toBe(0);
    expect([...snapshotDir(out).keys()].sort()).toEqual([
      'regions.json',
      'reports/taiyuan-xiaodian/2024/glossary.json',
      'reports/taiyuan-xiaodian/2024/ingest-report.md',
      'reports/taiyuan-xiaodian/2024/report.json',
      'reports/taiyuan-xiaodian/2024/zh.mdx',
      'sources/taiyuan-xiaodian-2024.zh.md',
    ]);
    expect(readFileSync(join(out, 'sources/taiyuan-xiaodian-2024.zh.md'))).toEqual(readFileSync(REAL_SOURCE));
  });

  test('reads the title block', () => {
    const { report } = readReport(out, 'taiyuan-xiaodian/2024');
    expect(report).toMatchObject({
      title: '政府工作报告',
      deliveredOn: '2024-02-21',
      place: '太原市小店区',
      occasion: '第六届人民代表大会第五次会议',
      speaker: { name: '康建斌', role: '区长' },
    });
    expect(report.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  test('repairs the outline from the numbering: 3 parts, 6 sections', () => {
    const headings = ingestedBlocks(out).filter((block) => block.kind === 'heading');
    expect(headings.map((block) => `${block.depth} ${block.markdown.slice(0, 3)}`)).toEqual([
      '2 一、2',
      '2 二、2',
      '3 （一）',
      '3 （二）',
      '3 （三）',
      '3 （四）',
      '3 （五）',
      '3 （六）',
      '2 三、政',
    ]);
  });

  test('joins every paragraph split by a page break, including inside bold and a glossary entry', () => {
    const blocks = ingestedBlocks(out);
    const texts = blocks.map((block) => block.markdown);
    expect(texts.some((text) => text.includes('锚定“在高质量发展中当表率'))).toBe(true);
    expect(texts.some((text) => text.includes('对山**西工作的重要讲话'))).toBe(true);
    expect(texts.some((text) => text.includes('防止“非粮化”'))).toBe(true);
    // No paragraph of the body is left ending mid-sentence.
    for (const block of blocks.filter((b) => b.kind === 'paragraph')) {
      expect(block.markdown, `#${block.id}`).toMatch(/[。！？：”]$/);
    }
    const { glossary } = readReport(out, 'taiyuan-xiaodian/2024');
    expect(glossary).toHaveLength(15);
    expect(glossary[7]?.definition).toContain('以全球化和数字化为代表的“新业态”');
    const report = readFileSync(join(out, 'reports/taiyuan-xiaodian/2024/ingest-report.md'), 'utf8');
    expect(report).toContain('## Paragraphs split by page breaks, joined (22)');
    expect(report).toContain('## Glossary entries split by page breaks, joined (1)');
  });

  test('ties each glossary marker to its entry and the term before it', () => {
    const { glossary } = readReport(out, 'taiyuan-xiaodian/2024');
    expect(glossary[0]).toMatchObject({ n: 1, key: 'hui-shang-bao', term: '“惠商保”', uses: [{ anchor: '“惠商保”' }] });
    const heading = ingestedBlocks(out).find((block) => block.markdown.includes('<sup>[8]</sup>'));
    expect(heading?.kind).toBe('heading');
    expect(glossary[7]?.uses).toEqual([{ block: heading?.id, anchor: '新质生产力' }]);
    expect(glossary.every((entry) => entry.uses.length === 1)).toBe(true);
  });

  test('keeps the stray English "and" verbatim and lists it for an editor', () => {
    expect(ingestedBlocks(out).some((block) => block.markdown.includes('社会组织 and 行业专家'))).toBe(true);
    expect(readFileSync(join(out, 'reports/taiyuan-xiaodian/2024/ingest-report.md'), 'utf8')).toContain('stray Latin word "and"');
  });

  test('gives byte-identical output when run again on the same input', () => {
    const before = snapshotDir(out);
    expect(runIngest([REAL_SOURCE, ...XIAODIAN, '--out', out]).status).toBe(0);
    expect(snapshotDir(out)).toEqual(before);
  });

  test('keeps every id when an editor changes a paragraph, and gives a new paragraph a fresh id', () => {
    const before = ingestedBlocks(out);
    const edited = join(tempDir(), 'taiyuan-xiaodian-2024.zh.md');
    const source = readFileSync(REAL_SOURCE, 'utf8')
      .replace('城镇新增就业 20388 人', '城镇新增就业 20389 人')
      .replace('各位代表：\n', '各位代表：\n\n（编者按：此段为测试插入。）\n');
    writeFileSync(edited, source);
    expect(runIngest([edited, ...XIAODIAN, '--out', out]).status).toBe(0);
    const after = ingestedBlocks(out);
    expect(after).toHaveLength(before.length + 1);
    expect(after[1]?.markdown).toBe('（编者按：此段为测试插入。）');
    const maxParagraph = Math.max(...before.filter((b) => b.id.startsWith('p')).map((b) => Number(b.id.slice(1))));
    expect(after[1]?.id).toBe(`p${maxParagraph + 1}`);
    expect(after.filter((_, index) => index !== 1).map((block) => block.id)).toEqual(before.map((block) => block.id));
    const changed = after.find((block) => block.markdown.includes('20389'));
    expect(changed?.id).toBe(before.find((block) => block.markdown.includes('20388'))?.id);
  });
});

describe('other reports of the same kind', () => {
  test('a county report with other breaks, heading mistakes and a two-entry glossary', () => {
    const out = tempDir();
    const result = runIngest([join(FIXTURES, 'fenhe-2025.zh.md'), '--region', 'jinyang-fenhe', '--year', '2025', '--out', out]);
    expect(result.stderr).not.toMatch(/error:/);
    expect(result.status).toBe(0);
    const blocks = ingestedBlocks(out, 'jinyang-fenhe', '2025');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => [b.depth, b.markdown])).toEqual([
      [2, '一、2024年工作回顾'],
      [2, '二、2025年工作安排'],
      [3, '（一）做强产业'],
      [3, '（二）改善民生'],
    ]);
    expect(blocks.some((b) => b.markdown.includes('粮食播种面积 3.6万亩'))).toBe(true);
    expect(blocks.some((b) => b.markdown.includes('新增就业 3200 人、城镇调查失业率'))).toBe(true);
    const { glossary, report } = readReport(out, 'jinyang-fenhe/2025');
    expect(glossary.map((e) => e.key)).toEqual(['san-chuang-yi-zhi', 'liang-qing-ling']);
    expect(glossary[1]?.definition).toBe('零就业家庭动态清零、危房动态清零。');
    expect(glossary[0]?.uses).toHaveLength(1);
    expect(report.speaker).toEqual({ name: '李明华', role: '代县长' });
    const regions = readRegions(out);
    expect(regions).toContainEqual({ id: 'jinyang-fenhe', name: { zh: '汾河县', en: 'Fenhe County' }, level: 'county', parent: 'jinyang' });
  });

  test('a report without a glossary and with unmarked headings', () => {
    const out = tempDir();
    const result = runIngest([join(FIXTURES, 'no-glossary-2023.zh.md'), '--region', 'mou-qu', '--year', '2023', '--out', out]);
    expect(result.status).toBe(0);
    const blocks = ingestedBlocks(out, 'mou-qu', '2023');
    expect(blocks.filter((b) => b.kind === 'heading').map((b) => b.markdown)).toEqual([
      '一、过去一年的工作',
      '二、今年的主要任务',
      '（一）稳增长',
      '（二）惠民生',
    ]);
    expect(readReport(out, 'mou-qu/2023').glossary).toEqual([]);
    expect(result.stderr).toContain('names no speaker');
  });

  test('a BOM and CRLF line endings are read with a warning, giving the same content', () => {
    const plain = tempDir();
    const windows = tempDir();
    runIngest([join(FIXTURES, 'fenhe-2025.zh.md'), '--region', 'jinyang-fenhe', '--year', '2025', '--out', plain]);
    const result = runIngest([join(FIXTURES, 'bom-crlf-2025.zh.md'), '--region', 'jinyang-fenhe', '--year', '2025', '--out', windows]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/bom-crlf-2025\.zh\.md:1: warning: .*byte-order mark/);
    expect(result.stderr).toMatch(/warning: .*CRLF/);
    const body = (dir: string) => readFileSync(join(dir, 'reports/jinyang-fenhe/2025/zh.mdx'), 'utf8');
    expect(body(windows)).toBe(body(plain));
  });
});

describe('bad input: a clear error naming the file and line, a non-zero exit, nothing written', () => {
  function failWith(source: string | Buffer, expected: RegExp) {
    const out = tempDir();
    // An earlier, good ingest that must survive the failed one untouched.
    runIngest([REAL_SOURCE, ...XIAODIAN, '--out', out]);
    const before = snapshotDir(out);
    const file = join(tempDir(), 'bad-2025.zh.md');
    writeFileSync(file, source);
    const result = runIngest([file, '--region', 'taiyuan-xiaodian', '--year', '2025', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(expected);
    expect(result.stderr).toContain('nothing was written');
    expect(snapshotDir(out)).toEqual(before);
  }
  const good = readFileSync(join(FIXTURES, 'fenhe-2025.zh.md'), 'utf8');

  test('a marker with no glossary entry', () =>
    failWith(
      good.replace('新增学位 1800 个', '新增学位 1800 个<sup>[7]</sup>'),
      /bad-2025\.zh\.md:29: error: glossary marker \[7\] has no entry 7/,
    ));
  test('numbering that skips', () =>
    failWith(good.replace('二、2025年', '三、2025年'), /bad-2025\.zh\.md:21: error: part number 三、 skips part 2/));
  test('numbering that repeats', () =>
    failWith(good.replace('（二）改善民生', '（一）改善民生'), /bad-2025\.zh\.md:27: error: section number （一） repeats/));
  test('glossary numbering that skips', () =>
    failWith(good.replace('2. “两清零”', '3. “两清零”'), /bad-2025\.zh\.md:35: error: glossary entry number 3 skips/));
  test('an empty file', () => failWith('', /bad-2025\.zh\.md: error: the file is empty/));
  test('a file that is not a report', () => failWith('# 会议纪要\n\n今天开会。\n', /bad-2025\.zh\.md:\d+: error: .*dateline/));
  test('a report-like file without numbered parts', () =>
    failWith(
      '# 政府工作报告\n\n——2025年1月8日在某县第一届人民代表大会第一次会议上\n\n全文。\n',
      /error: this does not look like a report: no numbered part heading/,
    ));
  test('GBK encoding', () => failWith(readFileSync(join(FIXTURES, 'gbk-2025.zh.md')), /bad-2025\.zh\.md:1: error: .*GBK.*iconv/));

  test('an entry that is never referenced is a warning, not an error', () => {
    const out = tempDir();
    const file = join(tempDir(), 'unused-2025.zh.md');
    writeFileSync(file, good.replace('完成“两清零”<sup>[2]</sup>任务', '完成“两清零”任务'));
    const result = runIngest([file, '--region', 'jinyang-fenhe', '--year', '2025', '--out', out]);
    expect(result.status).toBe(0);
    expect(result.stderr).toMatch(/unused-2025\.zh\.md:35: warning: glossary entry 2 “两清零” is never referenced/);
  });

  test('a missing argument prints the usage', () => {
    const result = runIngest([REAL_SOURCE]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('usage: npm run ingest');
  });

  test('a region slug the site uses itself (a page, a build folder)', () => {
    for (const [region, owner] of [
      ['search', 'a page (src/pages/[...lang]/search.astro)'],
      ['pagefind', 'the search index (src/integrations/pagefind-index.ts)'],
    ] as const) {
      const out = tempDir();
      const result = runIngest([join(FIXTURES, 'fenhe-2025.zh.md'), '--region', region, '--year', '2025', '--out', out]);
      expect(result.status).toBe(1);
      expect(result.stderr).toContain(
        `error: --region "${region}" cannot be a region slug: /${region}/ is already ${owner}; choose another slug`,
      );
      expect(snapshotDir(out).size).toBe(0);
    }
  });

  test('a broken regions.json is named before anything is read or written', () => {
    const out = tempDir();
    writeFileSync(join(out, 'regions.json'), '[{ "id": "jinyang", "name": { "zh": "晋阳市" }, "level": "city" }]\n');
    const result = runIngest([join(FIXTURES, 'fenhe-2025.zh.md'), '--region', 'jinyang-fenhe', '--year', '2025', '--out', out]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${join(out, 'regions.json')}: error: [0].name.en: missing (expected a string)`);
    expect(result.stderr).toContain('nothing was written');
    expect([...snapshotDir(out).keys()]).toEqual(['regions.json']);
  });

  test('a missing file', () => {
    const result = runIngest(['/nonexistent/report.md', ...XIAODIAN, '--out', tempDir()]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('/nonexistent/report.md: error: cannot read the file (ENOENT)');
  });
});

test('fixture files stay byte-exact (the GBK and BOM fixtures are binary on purpose)', () => {
  const copy = join(tempDir(), 'x.md');
  copyFileSync(join(FIXTURES, 'gbk-2025.zh.md'), copy);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(copy))).toThrow();
});

test('a saved page is kept under the report’s own name (downloads are often all called index.html)', () => {
  const out = tempDir();
  const page = join(tempDir(), 'index.html');
  copyFileSync(join(FIXTURES, '..', 'corpus', 'city-html-gbk-headline-2019', 'source.html'), page);
  const args = JSON.parse(readFileSync(join(FIXTURES, '..', 'corpus', 'city-html-gbk-headline-2019', 'args.json'), 'utf8')) as {
    region: string;
    year: number;
  };
  const result = runIngest([page, '--region', args.region, '--year', String(args.year), '--out', out]);
  expect(result.stderr).not.toMatch(/error:/);
  expect(result.status).toBe(0);
  expect(readFileSync(join(out, 'sources', `${args.region}-${args.year}.zh.html`))).toEqual(readFileSync(page));
  const { report } = readReport(out, `${args.region}/${args.year}`);
  expect(report.source.file).toBe(`sources/${args.region}-${args.year}.zh.html`);
  expect(readFileSync(join(out, 'reports', args.region, String(args.year), 'ingest-report.md'), 'utf8')).toMatch(
    /Read as: an HTML page.*\n- Encoding: GB18030/,
  );
});
