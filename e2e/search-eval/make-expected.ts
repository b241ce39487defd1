/**
 * Writes e2e/search-eval/queries.json: the search evaluation set with, for each
 * query, the blocks that should be found. Run by hand when the content changes
 * (node e2e/search-eval/make-expected.ts), then review the diff.
 *
 * "Should be found" is decided from the content itself, independently of
 * Pagefind: a Chinese term, figure or code must occur in the block's text as
 * written; an English word must start a word in the text (park → parks, parking).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport } from '../../src/content/report-files-fs.ts';
import { markdownToPlainText } from '../../src/lib/plain-text.ts';

const ROOT = join(import.meta.dirname, '../..');
const QUERIES: { query: string; kind: string }[] = [
  ...[
    '信创',
    '新质生产力',
    '四城同创',
    '草莓',
    '惠商保',
    '高标准农田',
    '乡村振兴',
    '营商环境',
    '楼宇经济',
    '专精特新',
    '枫桥经验',
    '口袋公园',
    '海绵城市',
    '老旧小区',
    '加装电梯',
    '社区食堂',
    '小店牺汤',
    '龙芯',
    '晶科能源',
    '武宿机场',
    '黄河',
    '招商引资',
    '紧日子',
    '托育',
    '义务教育',
  ].map((query) => ({ query, kind: 'chinese' })),
  ...['1580.62', 'PM2.5', '20388', '5G', '72.1%', '13710'].map((query) => ({ query, kind: 'figure' })),
  ...['parks', 'strawberry', 'Huishangbao', 'Fengqiao', 'elevators', 'Loongson', 'JinkoSolar', 'sponge', 'childcare', 'revitalization'].map(
    (query) => ({ query, kind: 'english' }),
  ),
  ...['智改数转', '千万工程', '五有', '啄木鸟', '543'].map((query) => ({ query, kind: 'glossary' })),
  ...['草莓 信创', '数字经济 楼宇', 'pocket parks', 'new quality productive forces', '5G 基站'].map((query) => ({
    query,
    kind: 'multi-word',
  })),
];

interface Doc {
  url: string;
  text: string;
}

const { blocks, glossary, translation } = readReport(join(ROOT, 'content'), 'taiyuan-xiaodian/2024');
if (!translation) throw new Error('the 2024 report has no en.json');
const english = translation.file;
const docs: Doc[] = [
  ...blocks.map((block) => ({
    url: `/taiyuan-xiaodian/2024/#${block.id}`,
    text: markdownToPlainText(block.markdown, { dropMarkers: true }),
  })),
  ...glossary.map((entry) => ({ url: `/taiyuan-xiaodian/2024/#g-${entry.key}`, text: `${entry.term}：${entry.definition}` })),
  ...english.blocks.map((block) => ({
    url: `/en/taiyuan-xiaodian/2024/#${block.id}`,
    text: markdownToPlainText(block.en, { dropMarkers: true }),
  })),
  ...english.glossary.map((entry) => {
    const zh = glossary.find((candidate) => candidate.key === entry.key);
    return { url: `/en/taiyuan-xiaodian/2024/#g-${entry.key}`, text: `${entry.term} (${zh?.term ?? ''}): ${entry.definition}` };
  }),
];

function contains(text: string, word: string): boolean {
  if (/^[A-Za-z]+$/.test(word)) {
    const stem = word.toLowerCase().replace(/(?:s)$/, '');
    return new RegExp(`\\b${stem}`, 'i').test(text);
  }
  return text.includes(word);
}

const queries = QUERIES.map(({ query, kind }) => ({
  query,
  kind,
  expected: docs.filter((doc) => query.split(' ').every((word) => contains(doc.text, word))).map((doc) => doc.url),
}));
writeFileSync(join(import.meta.dirname, 'queries.json'), `${JSON.stringify(queries, null, 2)}\n`);
console.log(queries.map((q) => `${q.query}: ${q.expected.length}`).join('\n'));
