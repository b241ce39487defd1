import { describe, expect, test } from 'vitest';
import { figuresOf, summary } from './helpers.ts';

const REVIEW = '## 一、2024年工作回顾';
const PLAN = '## 二、2025年工作安排';

describe('results and targets', () => {
  test('a result in the review part is about the year before the report, with its level and change', () => {
    const [gdp] = figuresOf([REVIEW, '全区地区生产总值完成 201.9 亿元，增长 4.8%。']);
    expect(gdp).toEqual({
      block: 'p1',
      phrase: '全区地区生产总值完成 201.9 亿元，增长 4.8%',
      indicator: 'gdp',
      subject: '地区生产总值',
      kind: 'result',
      year: 2024,
      level: { value: 20_190_000_000, unit: 'yuan', text: '201.9 亿元' },
      change: { value: 4.8, unit: 'percent', text: '增长 4.8%' },
      reviewed: false,
      note: '',
    });
  });

  test('a target in the plan part is about the report’s year; a range and 以上 are kept', () => {
    const figures = figuresOf([PLAN, '主要预期目标是：地区生产总值增长 6%—7%，固定资产投资增长 10%以上，城镇调查失业率控制在 5.5%以内。']);
    expect(figures.map(summary)).toEqual([
      'gdp target 2025 level - change 6~7 percent',
      'fixed-asset-investment target 2025 level - change 10 percent or-more',
      'urban-surveyed-unemployment-rate target 2025 level 5.5 percent at-most change -',
    ]);
    expect(figures.map((figure) => figure.change?.text ?? figure.level?.text)).toEqual(['增长 6%—7%', '增长 10%以上', '控制在 5.5%以内']);
  });

  test('ranges written with a hyphen or 至 are ranges too', () => {
    expect(figuresOf([PLAN, '规模以上工业增加值增长 6%-7%，社会消费品零售总额增长 6至7%。']).map(summary)).toEqual([
      'industrial-value-added-above-size target 2025 level - change 6~7 percent',
      'retail-sales target 2025 level - change 6~7 percent',
    ]);
  });

  test('words decide where the part does not: 力争 in the review part is a target, 去年 in the plan part a result', () => {
    expect(figuresOf([REVIEW, '力争一般公共预算收入增长 5%。']).map(summary)).toEqual([
      'general-public-budget-revenue target 2025 level - change 5 percent',
    ]);
    expect(figuresOf([PLAN, '去年，粮食产量达到 12.5 万吨。']).map(summary)).toEqual([
      'grain-output result 2024 level 125000 tonne change -',
    ]);
  });

  test('争取 in the review part reports funds obtained, a result; in the plan part it is an aim', () => {
    expect(figuresOf([REVIEW, '全年争取中央预算内资金 3 亿元。']).map(summary)).toEqual([
      '(全年争取中央预算内资金) result 2024 level 300000000 yuan change -',
    ]);
    expect(figuresOf([PLAN, '争取中央预算内资金 3 亿元以上。']).map((figure) => figure.kind)).toEqual(['target']);
  });

  test('in the review part, 计划 and 目标 in the name of what was done make no target; stated as an aim they do', () => {
    expect(figuresOf([REVIEW, '深入实施科技企业培育计划，新增高新技术企业 50 家。']).map((figure) => figure.kind)).toEqual(['result']);
    expect(figuresOf([REVIEW, '启动“百村示范”行动计划，建成示范村 12 个。']).map((figure) => figure.kind)).toEqual(['result']);
    expect(figuresOf([REVIEW, '目标是新增高新技术企业 80 家。']).map((figure) => figure.kind)).toEqual(['target']);
    expect(figuresOf([REVIEW, '计划到年底建成示范村 20 个。']).map((figure) => figure.kind)).toEqual(['target']);
  });

  test('a target met is a result, and a comparison with last year is no result', () => {
    expect(figuresOf([REVIEW, '超额完成年度目标任务，完成年度计划的 105%。']).map((figure) => figure.kind)).toEqual(['result']);
    expect(figuresOf([PLAN, '工业投资较去年增长 8%，比上年提高 1 个百分点。']).map((figure) => figure.kind)).toEqual(['target', 'target']);
  });

  test('a year named in the sentence wins where it fits the kind', () => {
    expect(figuresOf([PLAN, '到 2027 年，研发经费投入强度达到 2.5%。']).map(summary)).toEqual([
      'rd-intensity target 2027 level 2.5 percent change -',
    ]);
    expect(figuresOf([REVIEW, '到 2026 年，森林覆盖率达到 30%。']).map(summary)).toEqual([
      'forest-coverage target 2026 level 30 percent change -',
    ]);
    expect(figuresOf([PLAN, '2023 年，常住人口城镇化率达到 70%。']).map(summary)).toEqual([
      'urbanisation-rate result 2023 level 70 percent change -',
    ]);
    expect(figuresOf([PLAN, '巩固 2023 年成果，力争税收收入增长 5%。']).map(summary)).toEqual([
      'tax-revenue target 2025 level - change 5 percent',
    ]);
  });

  test('a part that says neither (政府自身建设) keeps the kind of the part before it', () => {
    expect(figuresOf([PLAN, '## 三、政府自身建设', '压减一般性支出 500 万元。']).map(summary)).toEqual([
      '(压减一般性支出) target 2025 level 5000000 yuan change -',
    ]);
  });
});

describe('indicators', () => {
  test('an indicator renamed between years is the same indicator, shown as each report names it', () => {
    const [earlier] = figuresOf([REVIEW, '区域地区生产总值完成 1580.62 亿元。'], 2024);
    const [later] = figuresOf([REVIEW, '地区生产总值完成 1620 亿元。'], 2025);
    expect([earlier?.indicator, earlier?.subject, later?.indicator, later?.subject]).toEqual([
      'gdp',
      '区域地区生产总值',
      'gdp',
      '地区生产总值',
    ]);
  });

  test('the longest name wins, and a name inside a longer noun is no indicator', () => {
    expect(figuresOf([REVIEW, '人均地区生产总值达到 9.1 万元。工业固定资产投资增长 8%。']).map(summary)).toEqual([
      'gdp-per-capita result 2024 level 91000 yuan-per-person change -',
      'industrial-investment result 2024 level - change 8 percent',
    ]);
    expect(figuresOf([REVIEW, '规上工业企业研发经费投入增长 12%。']).map(summary)).toEqual([
      '(规上工业企业研发经费投入) result 2024 level - change 12 percent',
    ]);
  });

  test('分别 after a name of several indicators gives each its number, in order', () => {
    const figures = figuresOf([REVIEW, '城乡居民人均可支配收入分别增长 4.7%和 8.1%。']);
    expect(figures.map(summary)).toEqual([
      'urban-disposable-income result 2024 level - change 4.7 percent',
      'rural-disposable-income result 2024 level - change 8.1 percent',
    ]);
    expect(figures.map((figure) => figure.phrase)).toEqual([
      '城乡居民人均可支配收入分别增长 4.7%',
      '城乡居民人均可支配收入分别增长 4.7%和 8.1%',
    ]);
  });
});

describe('changes', () => {
  test('下降 is negative, 个百分点 are points, 提高 and 降低 say which way', () => {
    expect(
      figuresOf([
        REVIEW,
        '单位地区生产总值能耗下降 3.2%，常住人口城镇化率提高 1.2 个百分点，城镇调查失业率降低 0.3 个百分点，PM<sub>2.5</sub> 平均浓度下降 5.1%。',
      ]).map(summary),
    ).toEqual([
      'energy-intensity result 2024 level - change -3.2 percent',
      'urbanisation-rate result 2024 level - change 1.2 points',
      'urban-surveyed-unemployment-rate result 2024 level - change -0.3 points',
      'pm25 result 2024 level - change -5.1 percent',
    ]);
  });

  test('持平 is a change of 0, checked like any other', () => {
    const figures = figuresOf([REVIEW, '粮食产量与上年持平，粮食播种面积保持在 3.6 万亩。']);
    expect(figures.map(summary)).toEqual([
      'grain-output result 2024 level - change 0 percent',
      'grain-sown-area result 2024 level 36000 mu change -',
    ]);
    expect(figures[0]?.change?.text).toBe('持平');
  });

  test('a change right after a level, with no comma, is still its change', () => {
    expect(figuresOf([REVIEW, '固定资产投资完成 393.47 亿元同比增长 5%。']).map(summary)).toEqual([
      'fixed-asset-investment result 2024 level 39347000000 yuan change 5 percent',
    ]);
  });

  test('a falling series stays negative: 分别下降 3% 和 5%', () => {
    expect(figuresOf([REVIEW, '城乡居民人均可支配收入分别下降 3%和 5%。']).map((figure) => figure.change?.value)).toEqual([-3, -5]);
  });

  test('a rate of growth (增速达) is a change; a share (占全市) a level in percent', () => {
    expect(figuresOf([REVIEW, '新能源汽车销售额增速达 47.1%。新认定高新技术企业 473 家，占全市 72.1%。']).map(summary)).toEqual([
      '(新能源汽车销售额) result 2024 level - change 47.1 percent',
      '(新认定高新技术企业) result 2024 level 473 家 change -',
      '(新认定高新技术企业占全市) result 2024 level 72.1 percent change -',
    ]);
  });
});

describe('other figures and hedges', () => {
  test('statements of no standard indicator are kept with the noun phrase the report gives', () => {
    expect(figuresOf([REVIEW, '强化人才政策落实，发放人才补贴 1.24 亿元。新建公厕 36 座。']).map(summary)).toEqual([
      '(发放人才补贴) result 2024 level 124000000 yuan change -',
      '(新建公厕) result 2024 level 36 座 change -',
    ]);
  });

  test('an enumeration gives one figure each; the counted noun after a measure word is part of the subject', () => {
    expect(
      figuresOf([PLAN, '新建学校 2 所，新增学位 1800 个。新增“四上”企业 175 家、晋兴板企业 8 家。新建 4 所配建学校。']).map(summary),
    ).toEqual([
      '(新建学校) target 2025 level 2 所 change -',
      '(新增学位) target 2025 level 1800 个 change -',
      '(新增“四上”企业) target 2025 level 175 家 change -',
      '(晋兴板企业) target 2025 level 8 家 change -',
      '(新建配建学校) target 2025 level 4 所 change -',
    ]);
  });

  test('余, 多 and 超过 are more than; 近 nearly; 约 and 左右 about; 不低于 or more; 不超过 and 以下 at most', () => {
    const figures = figuresOf([
      REVIEW,
      '注册企业 600 余家，惠及个体工商户近 10 万户，投资约 3 亿元，超过 500 人参加，培训不低于 200 场，排放不超过 30 吨，浓度 35 微克/立方米以下。',
    ]);
    expect(figures.map((figure) => figure.level?.qualifier)).toEqual([
      'more-than',
      'nearly',
      'about',
      'more-than',
      'or-more',
      'at-most',
      'at-most',
    ]);
    expect(figures.at(-1)?.level?.unit).toBe('microgram-per-cubic-metre');
  });

  test('compound measures: 吨标准煤, 千瓦时, 人次', () => {
    const figures = figuresOf([REVIEW, '节能 1.2 万吨标准煤，发电 3 亿千瓦时，接待游客 500 万人次。']);
    expect(figures.map((figure) => [figure.level?.value, figure.level?.unit, figure.level?.text])).toEqual([
      [12_000, 'tonne-of-coal-equivalent', '1.2 万吨标准煤'],
      [300_000_000, 'kilowatt-hour', '3 亿千瓦时'],
      [5_000_000, '人次', '500 万人次'],
    ]);
  });

  test('notation is no figure but stays in the phrase: PM2.5, m²', () => {
    const figures = figuresOf([REVIEW, '回迁安置 36 万 m<sup>2</sup>，PM<sub>2.5</sub> 浓度 35 微克/立方米。']);
    expect(figures.map((figure) => [figure.phrase, figure.level?.value, figure.level?.unit])).toEqual([
      ['回迁安置 36 万 m2', 360_000, 'square-metre'],
      ['PM2.5 浓度 35 微克/立方米', 35, 'microgram-per-cubic-metre'],
    ]);
    expect(figures[1]?.indicator).toBe('pm25');
  });
});

describe('what is not a figure', () => {
  test.each([
    ['a year, and years in a heading', '2023年是开局之年。'],
    ['an ordinal and a ranking', '上榜全国百强区第 61 位，荣列标杆城区 30 强。'],
    ['a date', '于 2 月 21 日召开第 3 次会议。'],
    ['an anniversary and an age', '今年是新中国成立 75 周年，关爱 80 周岁以上老人。'],
    ['a span of years', '近 3 年连续增长，2021—2025 年规划。'],
    ['a number that names: a hotline, a code, a road, 5G', '办理 12345 便民热线，实施 13710 工作模式，做优 208 国道沿线，建设 5G 基站。'],
    ['numbers inside names in quotes and book titles', '获评“2023 中国楼宇经济十大活力城区”，落实《规划（2021—2035 年）》和“12 大基地”。'],
    ['list numbering and numbers written in words', '1. 做精一产。（2）三年行动，“七区”战略，十四五。'],
  ])('%s', (_, line) => {
    expect(figuresOf([REVIEW, line])).toEqual([]);
  });

  test('decoys beside real figures leave the figures alone', () => {
    expect(figuresOf([REVIEW, '2023年，全区城镇新增就业 20388 人，位列全市第 2 位。']).map(summary)).toEqual([
      'new-urban-jobs result 2023 level 20388 person change -',
    ]);
  });
});

test('every phrase is literally in its block, and every level or change text in its phrase', () => {
  const lines = [
    REVIEW,
    '区域地区生产总值完成 1580.62 亿元，增长 2.1%。PM<sub>2.5</sub> 浓度下降 5%。',
    PLAN,
    '**主要目标。**粮食播种面积3.72万亩以上。',
  ];
  const figures = figuresOf(lines);
  expect(figures.length).toBe(3);
  for (const figure of figures) {
    for (const stated of [figure.level, figure.change]) if (stated) expect(figure.phrase).toContain(stated.text);
  }
  expect(figures.map((figure) => figure.phrase)).toEqual([
    '区域地区生产总值完成 1580.62 亿元，增长 2.1%',
    'PM2.5 浓度下降 5%',
    '粮食播种面积3.72万亩以上',
  ]);
});

test('分别 after the three industries gives each industry its change', () => {
  expect(
    figuresOf([REVIEW, '第一、二、三产业增加值分别增长 3%、5%和 6%。城镇、农村居民人均可支配收入分别增长 5%和 7%。']).map(summary),
  ).toEqual([
    'primary-industry-value-added result 2024 level - change 3 percent',
    'secondary-industry-value-added result 2024 level - change 5 percent',
    'tertiary-industry-value-added result 2024 level - change 6 percent',
    'urban-disposable-income result 2024 level - change 5 percent',
    'rural-disposable-income result 2024 level - change 7 percent',
  ]);
});
