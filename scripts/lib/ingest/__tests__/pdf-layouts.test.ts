/**
 * PDF layouts other than the official one, as offices and web tools print
 * them (found by an independent stress test with LibreOffice, Chromium and
 * ReportLab PDFs): paragraphs set apart by space and ragged right, flush-left
 * headings, a letter-spaced title, a 名词解释 list with a hanging indent, table
 * cells that wrap. Each must give the blocks the text was written with. Pages
 * the reader cannot read (sideways text, two columns) are refused, naming the
 * page; bold drawn over a face without a bold weight is warned about.
 */
import { describe, expect, test } from 'vitest';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import type { GlossaryFile } from '../../../../src/schemas/glossary-file.ts';
import { IngestError } from '../diagnostics.ts';
import { ingestSource, type IngestResult } from '../ingest-source.ts';
import { withoutSpacesAroundHan, writtenFile } from './ingest-helpers.ts';
import { printOfficialPdf, type OfficialBlock, type OfficialDocument, type PrintOptions } from '../testing/official-layout.ts';

const reservedSlugs = reservedRegionSlugs();

const GLOSSARY = [
  '“链长护航”：由区级领导担任重点产业链链长，统筹协调链上企业用地、融资、用工、配套等问题，推动产业链上下游企业协同发展的工作机制。',
  '“一街一策”：对每条街巷逐一制定整治方案，因地制宜开展立面、管线、路面、绿化、照明等综合整治，做到一街一景、各具特色。',
  '“标准地+承诺制”：工业用地出让前明确亩均投资、产出、能耗、排放等控制指标，企业承诺达标后即可开工建设的供地方式。',
];

/** An invented report: two parts, sections, bold leads, glossary markers, a table, a 名词解释 list. */
const BODY: OfficialBlock[] = [
  { kind: 'paragraph', markdown: '各位代表：' },
  { kind: 'paragraph', markdown: '现在，我代表区人民政府向大会报告工作，请予审议，并请区政协委员和其他列席人员提出意见。' },
  { kind: 'heading', depth: 2, markdown: '一、2024年工作回顾' },
  { kind: 'heading', depth: 3, markdown: '（一）经济运行稳中有进' },
  {
    kind: 'paragraph',
    markdown:
      '**一年来，我们坚持把制造业作为立区之本。**实施“链长护航”<sup>[1]</sup>行动，围绕新能源装备、精细化工、食品加工三条主导产业链，新引进亿元以上项目27个，其中10亿元以上项目6个，全区地区生产总值完成512.3亿元，增长5.1%。',
  },
  {
    kind: 'paragraph',
    markdown:
      '**服务业提质扩容。**建成东湖商圈智慧街区，新增限额以上商贸企业58家。全年接待游客1260万人次，实现旅游收入118.5亿元，分别增长12.4%和15.7%，消费对经济增长的拉动作用明显增强。',
  },
  { kind: 'heading', depth: 3, markdown: '（二）城乡面貌持续改善' },
  {
    kind: 'paragraph',
    markdown:
      '**城市更新全面推进。**改造老旧小区46个、惠及居民1.8万户，完成“一街一策”<sup>[2]</sup>整治街巷64条，打通断头路9条，新增停车泊位5200个，建成口袋公园21处，城市绿化覆盖率达到42.6%。',
  },
  { kind: 'heading', depth: 2, markdown: '二、2025年工作安排' },
  {
    kind: 'paragraph',
    markdown:
      '2025年经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长5%，城乡居民人均可支配收入增长与经济增长同步，城镇调查失业率控制在5.5%以内。',
  },
  {
    kind: 'paragraph',
    markdown:
      '| 指标 | 单位 | 2024年完成 | 2025年目标 |\n| --- | --- | --- | --- |\n| 地区生产总值增长 | % | 5.1 | 5.5左右 |\n| 一般公共预算收入 | 亿元 | 38.72 | 40.66 |\n| 城镇新增就业 | 万人 | 1.12 | 1.15 |',
  },
  { kind: 'heading', depth: 3, markdown: '（一）聚力发展实体经济' },
  {
    kind: 'paragraph',
    markdown:
      '**坚持项目为王。**全年谋划实施重点项目150个，年度计划投资210亿元。深化“标准地+承诺制”<sup>[3]</sup>改革，工业项目实现“拿地即开工”，力争新增规模以上工业企业30家。',
  },
  {
    kind: 'paragraph',
    markdown: '各位代表，新的征程已经开启，奋斗成就未来。让我们凝心聚力、实干争先，为建设现代化幸福柳溪而努力奋斗！',
  },
];

function report(blocks: OfficialBlock[] = BODY): OfficialDocument {
  return {
    title: '政府工作报告',
    dateline: ['——2025年1月10日在青川市柳溪区第五届人民代表大会第四次会议上'],
    byline: '区长 林承远',
    blocks: [
      ...blocks,
      { kind: 'heading', depth: 2, markdown: '名词解释' },
      ...GLOSSARY.map((entry, index) => ({ kind: 'paragraph' as const, markdown: `${index + 1}\\. ${entry}` })),
    ],
  };
}

async function ingestPrinted(document: OfficialDocument, options: PrintOptions): Promise<IngestResult> {
  const bytes = await printOfficialPdf(document, options);
  return ingestSource({ region: 'qingchuan-liuxi', year: 2025, reservedSlugs, sourceName: 'r.pdf', sourceFileName: 'r.pdf', bytes });
}

function expectTheWrittenBlocks(result: IngestResult): void {
  const blocks = parseBlocks(writtenFile(result, 'zh.mdx')).blocks;
  const written = BODY.map((block) => `${block.kind === 'heading' ? `h${block.depth}` : 'p'} ${withoutSpacesAroundHan(block.markdown)}`);
  expect(blocks.map((block) => `${block.kind === 'heading' ? `h${block.depth}` : 'p'} ${withoutSpacesAroundHan(block.markdown)}`)).toEqual(
    written,
  );
  const glossary = JSON.parse(writtenFile(result, 'glossary.json')) as GlossaryFile;
  expect(glossary.map((entry) => withoutSpacesAroundHan(`${entry.term}：${entry.definition}`))).toEqual(
    GLOSSARY.map(withoutSpacesAroundHan),
  );
  expect(glossary.map((entry) => entry.uses.length)).toEqual([1, 1, 1]);
  const title = JSON.parse(writtenFile(result, 'report.json')) as { title: string; byline: string };
  expect(title.title).toBe('政府工作报告');
}

describe('PDF layouts other than the official one give the blocks the text was written with', () => {
  test('paragraphs set apart by space, ragged right, no indents, flush-left headings, a letter-spaced title', async () => {
    const css = `
      p { text-indent: 0; text-align: left; margin: 0 0 12pt; }
      h2, h3 { text-indent: 0; margin: 0 0 12pt; }
      h1 { letter-spacing: 1em; }`;
    expectTheWrittenBlocks(await ingestPrinted(report(), { css }));
  }, 60_000);

  test('a 名词解释 list with a hanging indent after body text on the same page', async () => {
    const css = 'p:nth-last-child(-n + 3) { text-indent: -1.5em; padding-left: 1.5em; }';
    expectTheWrittenBlocks(await ingestPrinted(report(), { css }));
  }, 60_000);

  // Cells centred vertically beside a wrapped cell are not read (their rows interleave); word processors set them at the top.
  test('a table whose first column wraps its cells', async () => {
    const result = await ingestPrinted(report(), {
      css: 'td:first-child, th:first-child { width: 4.5em; } td, th { padding: 2pt 8pt; vertical-align: top; }',
    });
    const table = parseBlocks(writtenFile(result, 'zh.mdx')).blocks.find((block) => block.markdown.startsWith('|'));
    expect(table?.markdown.split('\n').map(withoutSpacesAroundHan)).toEqual([
      '|指标|单位|2024年完成|2025年目标|',
      '|---|---|---|---|',
      '|地区生产总值增长|%|5.1|5.5左右|',
      '|一般公共预算收入|亿元|38.72|40.66|',
      '|城镇新增就业|万人|1.12|1.15|',
    ]);
  }, 60_000);
});

describe('layouts the reader does not read are refused, naming the page', () => {
  const secondPage = (style: string): OfficialBlock[] => [
    ...BODY,
    {
      kind: 'html',
      markdown: `<div style="break-before: page; ${style}"><p>${'全区上下坚持稳中求进工作总基调，统筹发展和安全，经济运行总体平稳、稳中有进。'.repeat(8)}</p><p>${'城乡居民收入稳步增长，就业形势总体稳定，社会大局和谐安定。'.repeat(8)}</p></div>`,
    },
  ];

  async function refusal(blocks: OfficialBlock[]): Promise<string> {
    const bytes = await printOfficialPdf(report(blocks));
    const error = await ingestSource({
      region: 'qingchuan-liuxi',
      year: 2025,
      reservedSlugs,
      sourceName: 'r.pdf',
      sourceFileName: 'r.pdf',
      bytes,
    }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    return (error as IngestError).message;
  }

  test('a page whose text runs sideways', async () => {
    expect(await refusal(secondPage('transform: rotate(90deg); transform-origin: 50% 50%; width: 200mm;'))).toMatch(
      /r\.pdf:\d+000: error: the text of page [\d, ]+ runs sideways or upside down/,
    );
  }, 60_000);

  test('a page set in two columns', async () => {
    expect(await refusal(secondPage('columns: 2; column-gap: 12mm;'))).toMatch(/error: page \d+ is set in two columns/);
  }, 60_000);
});

test('bold drawn over a face without a bold weight is not in the text layer: a warning says so', async () => {
  // AR PL UMing has no bold face: Chromium emboldens it by drawing, as Word does with 仿宋.
  const result = await ingestPrinted(report(), { css: 'strong { font-family: "AR PL UMing CN"; }' });
  expect(result.diagnostics.map((diagnostic) => diagnostic.message).join('\n')).toMatch(
    /no paragraph of the PDF opens in another face or a bold font/,
  );
  expect(writtenFile(result, 'zh.mdx')).not.toContain('**');
}, 60_000);
