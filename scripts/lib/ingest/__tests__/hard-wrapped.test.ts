/**
 * A hard-wrapped text extract (pdftotext without -layout): every paragraph is
 * cut into lines of the page's width, paragraphs follow each other without a
 * blank line, a form feed marks each page. The paragraphs come back whole,
 * a number cut at a line end is joined without a space, the short last line of
 * each paragraph ends it, and the byline is not run into 各位代表.
 */
import { expect, test } from 'vitest';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import { reportFileSchema } from '../../../../src/schemas/report-file.ts';
import { parseStoredFile } from '../../../../src/schemas/stored-file.ts';
import { ingestSource } from '../ingest-source.ts';

const WIDTH = 24;
const paragraphs = [
  '现在，我代表县人民政府，向大会报告工作，请予审议，并请县政协委员和其他列席人员提出意见。',
  '一、2024年工作回顾',
  '过去一年，全县上下共同努力，地区生产总值达1345亿元，增长5.1%；一般公共预算收入完成98.6亿元，增长6.3%；城乡居民人均可支配收入分别增长4.9%和7.2%，主要指标好于预期。',
  '我们坚持项目为王，全年实施重点项目126个，完成投资312亿元，新引进亿元以上项目47个，新开工项目58个，为经济持续回升提供了有力支撑。',
  '二、2025年工作安排',
  '今年全县经济社会发展的主要预期目标是：地区生产总值增长5.5%左右，一般公共预算收入增长5%，城镇新增就业6500人以上。',
  '各位代表，让我们团结一心，奋力开创全县高质量发展新局面！',
];

/** Lines of the page's width; a paragraph's first line indented by two full-width spaces, as Word sets it. */
function wrap(text: string): string[] {
  const chars = [...(/^[一二三四五六七八九十]+、/.test(text) ? text : `\u3000\u3000${text}`)];
  const lines: string[] = [];
  for (let at = 0; at < chars.length; at += WIDTH) lines.push(chars.slice(at, at + WIDTH).join(''));
  return lines;
}

test('a hard-wrapped extract comes back as whole paragraphs, nothing inserted', async () => {
  // Wrap so that "1345" is cut between lines: put the number across a line end.
  const lines = [
    '政府工作报告',
    '——2025年1月8日在汾河县第十八届人民代表大会第四次会议上',
    '县长 李明华',
    '各位代表：',
    ...paragraphs.flatMap(wrap),
  ];
  const text = `${lines.slice(0, 12).join('\n')}\f${lines.slice(12).join('\n')}\n`;
  // The number 1345 is cut between two lines, as a PDF's line end cuts it.
  expect(text).toContain('1\n345');
  const result = await ingestSource({
    sourceName: 'wrapped.txt',
    sourceFileName: 'wrapped.txt',
    bytes: new TextEncoder().encode(text),
    region: 'jinyang-fenhe',
    year: 2025,
    reservedSlugs: reservedRegionSlugs(),
  });
  expect(result.kind).toBe('pdf-markdown');
  const blocks = parseBlocks(String(result.files.get('reports/jinyang-fenhe/2025/zh.mdx'))).blocks;
  expect(blocks.map((block) => (block.kind === 'heading' ? `## ${block.markdown}` : block.markdown))).toEqual([
    '各位代表：',
    paragraphs[0],
    `## ${paragraphs[1]}`,
    paragraphs[2],
    paragraphs[3],
    `## ${paragraphs[4]}`,
    paragraphs[5],
    paragraphs[6],
  ]);
  const report = parseStoredFile(reportFileSchema, String(result.files.get('reports/jinyang-fenhe/2025/report.json')), 'report.json');
  expect(report.byline).toBe('县长 李明华');
});
