/**
 * A PDF extract with the page furniture converters leave in: a running header
 * on every page and a page number at every foot. Both are removed and listed,
 * and the paragraphs they cut through are joined, with nothing inserted.
 */
import { expect, test } from 'vitest';
import { reservedRegionSlugs } from '../../../../src/content/reserved-slugs-fs.ts';
import { parseBlocks } from '../../../../src/lib/block-syntax.ts';
import { ingestSource } from '../ingest-source.ts';

const source = `# 政府工作报告

——2025年1月8日在汾河县第十八届人民代表大会第四次会议上

县长 李明华

各位代表：

## 一、2024年工作回顾

全县地区生产总值完成 13

- 1 -

汾河县2025年政府工作报告

45 亿元，增长 5.1%。一般公共预算收入完成 9.86 亿元。

**一年来，我们坚持项目为王。**全年实施重点项目 126 个，完成投资 31

— 2 —

汾河县2025年政府工作报告

2 亿元，新引进亿元以上项目 47 个。

## 二、2025年工作安排

今年全县经济社会发展的主要预期目标是：地区生产总值增长 5.5%左右。

－3－

汾河县2025年政府工作报告

各位代表，让我们团结一心，奋力开创全县高质量发展新局面！
`;

test('page numbers and a running header are removed, listed, and the text they cut is joined', async () => {
  const result = await ingestSource({
    sourceName: 'x.md',
    sourceFileName: 'x.md',
    bytes: new TextEncoder().encode(source),
    region: 'jinyang-fenhe',
    year: 2025,
    reservedSlugs: reservedRegionSlugs(),
  });
  const blocks = parseBlocks(String(result.files.get('reports/jinyang-fenhe/2025/zh.mdx'))).blocks;
  const text = blocks.map((block) => block.markdown).join('\n');
  expect(text).not.toMatch(/汾河县2025年政府工作报告|- 1 -|— 2 —|－3－/);
  expect(text).toContain('全县地区生产总值完成 1345 亿元，增长 5.1%。');
  expect(text).toContain('完成投资 312 亿元，新引进');
  expect(blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(5);
  const report = String(result.files.get('reports/jinyang-fenhe/2025/ingest-report.md'));
  expect(report).toContain('## Page numbers and running headers removed (each marks a page break) (6)');
  expect(report).toMatch(/line 15: running header or footer “汾河县2025年政府工作报告”/);
  expect(report).toMatch(/line 13: page number “- 1 -”/);
});
