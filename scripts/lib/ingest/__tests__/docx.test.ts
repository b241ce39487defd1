/**
 * Word documents (.docx), written here with the docx package the way a
 * government office writes them: bold lead sentences, superscript glossary
 * markers, the 名词解释 as footnotes, a table of targets. They are read with
 * mammoth and go through the same reader as every other source.
 */
import { Document, FootnoteReferenceRun, Packer, Paragraph, Table, TableCell, TableRow, TextRun, type IRunOptions } from 'docx';
import { expect, test } from 'vitest';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { glossaryFileSchema } from '../../../../src/schemas/glossary-file.ts';
import { reportFileSchema } from '../../../../src/schemas/report-file.ts';
import { parseStoredFile } from '../../../../src/schemas/stored-file.ts';
import { IngestError } from '../diagnostics.ts';
import { ingestSource } from '../ingest-source.ts';

// Typed as options: TextRun also takes a plain string, and that union makes `bold` look like the deprecated String#bold.
const text = (value: string, bold = false) => new TextRun({ text: value, bold } satisfies IRunOptions);
const paragraph = (...children: (TextRun | FootnoteReferenceRun)[]) => new Paragraph({ children });
const cell = (value: string) => new TableCell({ children: [new Paragraph(value)] });

function report(options: { footnotes: boolean; table: boolean }) {
  return new Document({
    footnotes: options.footnotes
      ? {
          1: { children: [new Paragraph('“三创一治”：创建文明城市、卫生城市、园林城市，治理城乡环境。')] },
          2: { children: [new Paragraph('“两清零”：零就业家庭动态清零、危房动态清零。')] },
        }
      : {},
    sections: [
      {
        children: [
          paragraph(text('政府工作报告', true)),
          paragraph(text('——2025年1月8日在晋阳市汾河县第十八届人民代表大会第四次会议上')),
          paragraph(text('代县长 李明华')),
          paragraph(text('各位代表：')),
          paragraph(text('现在，我代表县人民政府向大会报告工作。')),
          paragraph(text('一、2024年工作回顾', true)),
          paragraph(
            text('一年来，我们推进“三创一治”'),
            ...(options.footnotes ? [new FootnoteReferenceRun(1)] : []),
            text('，全县生产总值完成 212.5 亿元，增长 5.2%。'),
          ),
          paragraph(
            text('一年来，我们守住底线。', true),
            text('完成“两清零”'),
            ...(options.footnotes ? [new FootnoteReferenceRun(2)] : []),
            text('任务，新增就业 3200 人。'),
          ),
          paragraph(text('二、2025年工作安排', true)),
          paragraph(text('（一）做强产业', true)),
          paragraph(text('推动 10 个以上项目开工，总投资 45 亿元。')),
          ...(options.table
            ? [
                new Table({
                  rows: [
                    new TableRow({ children: [cell('指标'), cell('单位'), cell('2025年目标')] }),
                    new TableRow({ children: [cell('地区生产总值增长'), cell('%'), cell('6左右')] }),
                  ],
                }),
              ]
            : []),
          paragraph(text('（二）改善民生', true)),
          paragraph(text('新建学校 2 所，新增学位 1800 个。')),
        ],
      },
    ],
  });
}

async function ingestDocx(bytes: Uint8Array) {
  return ingestSource({
    sourceName: 'report.docx',
    sourceFileName: 'report.docx',
    bytes,
    region: 'jinyang-fenhe',
    year: 2025,
    reservedSlugs: reservedRegionSlugs(),
  });
}

test('a Word report with bold leads and its 名词解释 as footnotes', async () => {
  const result = await ingestDocx(await Packer.toBuffer(report({ footnotes: true, table: false })));
  expect(result.kind).toBe('docx');
  const blocks = parseBlocks(String(result.files.get('reports/jinyang-fenhe/2025/zh.mdx'))).blocks;
  expect(blocks.filter((b) => b.kind === 'heading').map((b) => `${b.depth} ${b.markdown}`)).toEqual([
    '2 一、2024年工作回顾',
    '2 二、2025年工作安排',
    '3 （一）做强产业',
    '3 （二）改善民生',
  ]);
  expect(blocks.map((b) => b.markdown)).toContain('**一年来，我们守住底线。**完成“两清零”<sup>[2]</sup>任务，新增就业 3200 人。');
  const glossaryPath = 'reports/jinyang-fenhe/2025/glossary.json';
  const glossary = parseStoredFile(glossaryFileSchema, String(result.files.get(glossaryPath)), glossaryPath);
  expect(glossary.map((e) => [e.n, e.term, e.uses[0]?.anchor])).toEqual([
    [1, '“三创一治”', '“三创一治”'],
    [2, '“两清零”', '“两清零”'],
  ]);
  expect(glossary[1]?.definition).toBe('零就业家庭动态清零、危房动态清零。');
  const reportPath = 'reports/jinyang-fenhe/2025/report.json';
  const stored = parseStoredFile(reportFileSchema, String(result.files.get(reportPath)), reportPath);
  expect(stored).toMatchObject({ title: '政府工作报告', deliveredOn: '2025-01-08', speaker: { role: '代县长', name: '李明华' } });
  expect(String(result.files.get('reports/jinyang-fenhe/2025/ingest-report.md'))).toContain('Read as: a Word document');
});

test('a table in a Word report stays a table', async () => {
  const result = await ingestDocx(await Packer.toBuffer(report({ footnotes: false, table: true })));
  const blocks = parseBlocks(String(result.files.get('reports/jinyang-fenhe/2025/zh.mdx'))).blocks;
  expect(blocks.map((b) => b.markdown)).toContain('| 指标 | 单位 | 2025年目标 |\n| --- | --- | --- |\n| 地区生产总值增长 | % | 6左右 |');
});

test('a damaged Word file and a legacy .doc are refused with what to do', async () => {
  const damaged = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6]);
  await expect(ingestDocx(damaged)).rejects.toThrow(/the Word file could not be read/);
  const legacy = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
  const failure = await ingestSource({
    sourceName: 'old.doc',
    sourceFileName: 'old.doc',
    bytes: legacy,
    region: 'jinyang-fenhe',
    year: 2025,
    reservedSlugs: reservedRegionSlugs(),
  }).catch((error: unknown) => error);
  expect(failure).toBeInstanceOf(IngestError);
  expect((failure as IngestError).message).toMatch(/legacy Word \(\.doc\).*save it as \.docx or PDF/);
});
