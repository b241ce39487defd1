/**
 * A next year's report made from a real one, as real reports reuse the previous
 * year's wording: for the translation memory's tests and benchmark. Every
 * figure changes (years move on by one, other numbers grow by about 6%); by
 * default (CHANGE_RATES.light) about one sentence in ten is lightly reworded
 * (one word swapped for a synonym, or a phrase added), one in ten is replaced
 * by a new sentence, one in seventeen is dropped, and a new paragraph follows
 * every eighth (CHANGE_RATES.heavy changes much more). The new sentences and paragraphs below are
 * written for this fixture. Glossary markers are left out (the new report would
 * have its own glossary). Deterministic: the same input and `variant` give the
 * same report; a variant shifts which sentences change.
 */
import { formatBlocks, type StoredBlock } from '../../../../src/lib/block-syntax.ts';
import { replaceGlossaryMarkers } from '../memory/inline-markup.ts';
import { splitChineseSentences } from '../memory/sentences.ts';

const SYNONYMS: readonly [string, string][] = [
  ['持续', '不断'], ['加快', '加速'], ['推进', '推动'], ['扎实', '切实'], ['全面', '全力'],
  ['积极', '主动'], ['大力', '着力'], ['深入', '扎实'], ['进一步', '更加'], ['提升', '提高'],
]; // prettier-ignore

const NEW_SENTENCES = [
  '全年新增市场主体 1.2 万户，营商环境满意度位居全市前列。',
  '建成投用社区食堂 18 个，老年助餐服务覆盖全部街道。',
  '新开工城市更新项目 9 个，完成雨污分流改造管网 46 公里。',
  '组建区级产业基金，首期规模 5 亿元，重点投向先进制造和数字经济。',
  '开展“企业服务日”活动 24 场，协调解决企业诉求 310 项。',
  '新建口袋公园 12 处，城市绿化覆盖率提高到 41.5%。',
  '引进高层次人才 260 人，新建博士后工作站 3 家。',
  '出台支持首发经济的措施，新开品牌首店 58 家。',
];

const NEW_PARAGRAPHS = [
  '**着力发展低空经济。**编制低空经济发展规划，建设无人机测试场 1 个，引进整机和零部件企业 6 家，开通城市物流配送航线 4 条。',
  '推进“一件事一次办”改革，新增集成办理事项 21 项，政务服务事项网上可办率达 98%，企业开办时间压缩至 0.5 个工作日。',
  '实施老旧厂房活化利用行动，盘活闲置厂房 8.6 万平方米，引入文化创意和科技服务企业 45 家。',
  '建立重点项目“一图一表”调度机制，全年调度项目 132 个，协调解决用地、用能等问题 87 个。',
  '完善“一老一小”服务体系，新增普惠托育位 620 个，建成嵌入式养老服务中心 5 个。',
  '深化校地合作，与驻区高校共建实验室 4 个，转化科技成果 37 项，技术合同成交额达 19.4 亿元。',
];

/** Move years on by one and grow other numbers by about 6%, keeping their decimals. */
export function changeFigures(text: string): string {
  // Not digits that name things (5G, PM2.5) or sit in sup and sub (m², markers).
  return text.replace(/(?<![A-Za-z>\d.])\d+(?:\.\d+)?(?![A-Za-z<\d])/g, (written, offset: number, whole: string) => {
    const value = Number(written);
    const decimals = written.split('.')[1]?.length ?? 0;
    const year = decimals === 0 && value >= 2015 && value <= 2030 && /^\s*年/.test(whole.slice(offset + written.length));
    if (year) return String(value + 1);
    const grown = Number((value * 1.06).toFixed(decimals));
    return (grown === value ? value + 10 ** -decimals : grown).toFixed(decimals);
  });
}

function reword(sentence: string): string {
  const pair = SYNONYMS.find(([from]) => sentence.includes(from));
  if (pair) return sentence.replace(pair[0], pair[1]);
  const end = Math.max(...['。', '！', '？', '；'].map((mark) => sentence.lastIndexOf(mark)));
  return end < 0 ? sentence : `${sentence.slice(0, end)}，成效明显${sentence.slice(end)}`;
}

/** The next year's blocks, numbered afresh (p1 …, s1 …), from `blocks` of this year. */
/**
 * How much changes, as "one in n": `light` is the default above; `heavy` rewords one sentence
 * in four, replaces one in three, drops one in seven and adds a paragraph after every third,
 * so that about half the sentences can be reused.
 */
export const CHANGE_RATES = {
  light: { reword: 10, replace: 10, drop: 17, newParagraph: 8 },
  heavy: { reword: 4, replace: 3, drop: 7, newParagraph: 3 },
} as const;

export type ChangeRates = (typeof CHANGE_RATES)[keyof typeof CHANGE_RATES];

export function nextYearBlocks(
  blocks: readonly StoredBlock[],
  variant = 0,
  rates: ChangeRates = CHANGE_RATES.light,
): Pick<StoredBlock, 'id' | 'kind' | 'depth' | 'markdown'>[] {
  let sentence = variant;
  let paragraph = 0;
  const made: { kind: StoredBlock['kind']; depth: number; markdown: string }[] = [];
  for (const block of blocks) {
    const markdown = replaceGlossaryMarkers(block.markdown, []);
    if (block.kind === 'heading' || markdown.includes('\n')) {
      made.push({ kind: block.kind, depth: block.depth, markdown: changeFigures(markdown) });
      continue;
    }
    const sentences = splitChineseSentences(markdown).flatMap((text) => {
      sentence++;
      if (sentence % rates.drop === 1) return [];
      if (sentence % rates.replace === 2) return [NEW_SENTENCES[sentence % NEW_SENTENCES.length] ?? ''];
      const changed = changeFigures(text);
      return [sentence % rates.reword === 3 % rates.reword ? reword(changed) : changed];
    });
    made.push({ kind: 'paragraph', depth: 0, markdown: sentences.length > 0 ? sentences.join('') : changeFigures(markdown) });
    paragraph++;
    if (paragraph % rates.newParagraph === 0)
      made.push({
        kind: 'paragraph',
        depth: 0,
        markdown: NEW_PARAGRAPHS[(paragraph / rates.newParagraph + variant) % NEW_PARAGRAPHS.length] ?? '',
      });
  }
  const counters = { paragraph: 0, heading: 0 };
  return made.map((block) => {
    const id = block.kind === 'heading' ? `s${String(++counters.heading)}` : `p${String(++counters.paragraph)}`;
    return { id, ...block };
  });
}

/** zh.mdx of the next year's report: `variants` of it one after the other, cut after the block that reaches `maxChars` characters. */
export function nextYearBody(
  blocks: readonly StoredBlock[],
  variants = 1,
  maxChars = Infinity,
  rates: ChangeRates = CHANGE_RATES.light,
): string {
  const all = Array.from({ length: variants }, (_, variant) => nextYearBlocks(blocks, variant, rates)).flat();
  let chars = 0;
  const kept = all.filter((block) => {
    const keep = chars < maxChars;
    chars += [...block.markdown].length;
    return keep;
  });
  const counters = { p: 0, s: 0 };
  return formatBlocks(
    kept.map((block) => {
      const kind = block.kind === 'heading' ? 's' : 'p';
      return { ...block, id: `${kind}${String(++counters[kind])}` };
    }),
  );
}
