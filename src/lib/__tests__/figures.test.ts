import { describe, expect, test } from 'vitest';
import { compareFigures, describeFigure, extractChineseFigures, extractEnglishFigures, figureText, type Figure } from '../figures.ts';

/** Values only, for cases where kind and raw are not the point. */
const values = (figures: Figure[]) => figures.map((figure) => figure.value);

describe('figureText', () => {
  test('drops <sub>/<sup> with their content, markup and link targets', () => {
    expect(figureText('**一年来。**PM<sub>2.5</sub>和 36 万 m<sup>2</sup>“惠商保”<sup>[1]</sup>')).toBe('一年来。PM和 36 万 m“惠商保”');
    expect(figureText('see [the plan](https://example.org/2024/plan-5)')).toBe('see the plan');
    expect(figureText('increased 5%<script>alert(2024)</script>')).toBe('increased 5%');
  });

  test('turns full-width digits and percent signs into ASCII', () => {
    expect(figureText('增长１５．５％')).toBe('增长15.5%');
  });
});

describe('extractChineseFigures', () => {
  test('亿 multiplies by 100,000,000 and % makes a percent', () => {
    expect(extractChineseFigures('区域地区生产总值完成 1580.62 亿元，增长 2.1%。')).toEqual([
      { value: 158_062_000_000, kind: 'number', raw: '1580.62 亿元' },
      { value: 2.1, kind: 'percent', raw: '2.1%' },
    ]);
  });

  test.each([
    ['建成高标准农田 1.15 万亩', 11_500, '1.15 万亩'],
    ['城镇新增就业 20388 人', 20_388, '20388 人'],
    ['发放补贴 2217 万元', 22_170_000, '2217 万元'],
    ['总量 1.2 万亿元', 1_200_000_000_000, '1.2 万亿元'],
    ['投资 3 千万元', 30_000_000, '3 千万元'],
    ['完成1.15万亩', 11_500, '1.15万亩'],
    ['总计 1,580 亿元', 158_000_000_000, '1,580 亿元'],
  ])('%s → %d', (text, value, raw) => {
    expect(extractChineseFigures(text)).toEqual([{ value, kind: 'number', raw }]);
  });

  test.each([
    ['商标有效注册量 4.3 万余件', 43_000, 'more-than', '4.3 万余件'],
    ['发放抚恤金、优待金等 6000 余万元', 60_000_000, 'more-than', '6000 余万元'],
    ['注册企业 600 余家', 600, 'more-than', '600 余家'],
    ['惠及 2 万多人', 20_000, 'more-than', '2 万多人'],
    ['惠及个体工商户近 10 万户', 100_000, 'nearly', '近 10 万户'],
    ['热门消费地标2个以上', 2, 'or-more', '2个以上'],
    ['投资 70 亿元以上', 7_000_000_000, 'or-more', '70 亿元以上'],
    ['服务 1000 人左右', 1000, 'about', '1000 人左右'],
    ['大约 3 万人', 30_000, 'about', '约 3 万人'],
  ] as const)('%s → %d %s', (text, value, qualifier, raw) => {
    expect(extractChineseFigures(text)).toEqual([{ value, kind: 'number', qualifier, raw }]);
  });

  test('以上 and 左右 after a percent, with or without a space', () => {
    expect(extractChineseFigures('楼宇入驻率达 80% 以上，覆盖 52%以上。地区生产总值增长 6%左右')).toEqual([
      { value: 80, kind: 'percent', qualifier: 'or-more', raw: '80% 以上' },
      { value: 52, kind: 'percent', qualifier: 'or-more', raw: '52%以上' },
      { value: 6, kind: 'percent', qualifier: 'about', raw: '6%左右' },
    ]);
  });

  test('近 before a span of years means "the past", not "nearly"', () => {
    expect(extractChineseFigures('近 3 年来')).toEqual([{ value: 3, kind: 'number', raw: '近 3 年' }]);
  });

  test('约 inside 签约 or 节约 is no hedge', () => {
    expect(extractChineseFigures('签约 10 个项目，节约 3 亿元')).toEqual([
      { value: 10, kind: 'number', raw: '10 个' },
      { value: 300_000_000, kind: 'number', raw: '3 亿元' },
    ]);
  });

  test('第 N 位/名 is an ordinal', () => {
    expect(extractChineseFigures('上榜全国百强区第 61 位、全国创新百强区第 70 位，位列第3名')).toEqual([
      { value: 61, kind: 'ordinal', raw: '第 61 位' },
      { value: 70, kind: 'ordinal', raw: '第 70 位' },
      { value: 3, kind: 'ordinal', raw: '第3名' },
    ]);
  });

  test.each([
    ['开发 3~5 款定制化产品', '3~5 款'],
    ['开发 3～5 款定制化产品', '3～5 款'],
    ['开发 3-5 款定制化产品', '3-5 款'],
    ['开发 3 至 5 款定制化产品', '3 至 5 款'],
  ])('range %s gives both ends', (text, raw) => {
    expect(extractChineseFigures(text)).toEqual([
      { value: 3, kind: 'number', raw },
      { value: 5, kind: 'number', raw },
    ]);
  });

  test('培育特色数字经济楼宇 2~3 座', () => {
    expect(values(extractChineseFigures('培育智慧文旅、智慧医疗等特色数字经济楼宇 2~3 座'))).toEqual([2, 3]);
  });

  test('the first end of a range takes the multiplier and % written after the second', () => {
    expect(values(extractChineseFigures('补贴 3~5 万元'))).toEqual([30_000, 50_000]);
    expect(extractChineseFigures('增长 3%—5%').map((figure) => figure.kind)).toEqual(['percent', 'percent']);
    expect(extractChineseFigures('增长 3-5%').map((figure) => figure.kind)).toEqual(['percent', 'percent']);
  });

  test('a range applies its hedge to both ends', () => {
    expect(extractChineseFigures('每年 2~3 个以上').map((figure) => figure.qualifier)).toEqual(['or-more', 'or-more']);
  });

  test('numbers inside <sub> and <sup> are notation, not figures', () => {
    expect(extractChineseFigures('PM<sub>10</sub>和 PM<sub>2.5</sub>浓度实现“双减双控”')).toEqual([]);
    expect(extractChineseFigures('全面落实“惠商保”<sup>[1]</sup>，')).toEqual([]);
    expect(extractChineseFigures('回迁安置 36 万 m<sup>2</sup>。')).toEqual([{ value: 360_000, kind: 'number', raw: '36 万' }]);
  });

  test('digits glued to Latin letters are identifiers: 5G, O3, PM10', () => {
    expect(extractChineseFigures('累计建成 5G 基站 1962 座，O3 和 PM10 浓度下降')).toEqual([
      { value: 1962, kind: 'number', raw: '1962 座' },
    ]);
  });

  test('glued metric units still count: 10.8km', () => {
    expect(values(extractChineseFigures('旅游公路 10.8km'))).toEqual([10.8]);
  });

  test('a year is a plain number; a calendar month is not a figure (English writes "September")', () => {
    expect(extractChineseFigures('2023年9月')).toEqual([{ value: 2023, kind: 'number', raw: '2023年' }]);
    expect(extractChineseFigures('1 月至 6 月，1-6 月')).toEqual([]);
    expect(values(extractChineseFigures('2023年9月12日'))).toEqual([2023, 12]);
  });

  test('Chinese number words are not figures', () => {
    expect(extractChineseFigures('成立职业教育“三个联盟”，办好十件民生实事，第二批')).toEqual([]);
  });

  test('full-width digits and percent signs', () => {
    expect(extractChineseFigures('增长１５％')).toEqual([{ value: 15, kind: 'percent', raw: '15%' }]);
  });

  test('block-id comments are not figures', () => {
    expect(extractChineseFigures('{/* #p4 */}\n各位代表：')).toEqual([]);
  });
});

describe('extractEnglishFigures', () => {
  test('billion and million multiply; percent, per cent and % make percents', () => {
    expect(extractEnglishFigures('158.062 billion yuan, up 2.1 percent; 22.17 million yuan, 2.1 per cent, 3%')).toEqual([
      { value: 158_062_000_000, kind: 'number', raw: '158.062 billion' },
      { value: 2.1, kind: 'percent', raw: '2.1 percent' },
      { value: 22_170_000, kind: 'number', raw: '22.17 million' },
      { value: 2.1, kind: 'percent', raw: '2.1 per cent' },
      { value: 3, kind: 'percent', raw: '3%' },
    ]);
  });

  test('thousands separators, trillion and thousand', () => {
    expect(values(extractEnglishFigures('20,388 people, 1.2 trillion yuan, 43 thousand'))).toEqual([20_388, 1_200_000_000_000, 43_000]);
  });

  test('ordinals 61st, 2nd, 3rd, 70th', () => {
    expect(extractEnglishFigures('61st, 2nd, 3rd and 70th')).toEqual([
      { value: 61, kind: 'ordinal', raw: '61st' },
      { value: 2, kind: 'ordinal', raw: '2nd' },
      { value: 3, kind: 'ordinal', raw: '3rd' },
      { value: 70, kind: 'ordinal', raw: '70th' },
    ]);
  });

  test('"No. 61" and "ranked 61" are plain numbers (a Chinese ordinal accepts them)', () => {
    expect(extractEnglishFigures('No. 61, ranked 61')).toEqual([
      { value: 61, kind: 'number', raw: '61' },
      { value: 61, kind: 'number', raw: '61' },
    ]);
  });

  test.each([
    ['3 to 5 products', '3 to 5'],
    ['3-5 products', '3-5'],
    ['3–5 products', '3–5'],
    ['between 3 and 5 products', '3 and 5'],
  ])('range %s gives both ends', (text, raw) => {
    expect(extractEnglishFigures(text)).toEqual([
      { value: 3, kind: 'number', raw },
      { value: 5, kind: 'number', raw },
    ]);
  });

  test('"2 and 3" without "between" is two figures, not a range', () => {
    expect(extractEnglishFigures('2 and 3').map((figure) => figure.raw)).toEqual(['2', '3']);
  });

  test('the first end of a range takes the multiplier or percent of the second', () => {
    expect(values(extractEnglishFigures('3 to 5 million yuan'))).toEqual([3_000_000, 5_000_000]);
    expect(extractEnglishFigures('10-15 percent').map((figure) => figure.kind)).toEqual(['percent', 'percent']);
  });

  test('"9 percent to 703.86 billion" is no range', () => {
    expect(extractEnglishFigures('rose 9 percent to 703.86 billion yuan')).toEqual([
      { value: 9, kind: 'percent', raw: '9 percent' },
      { value: 703_860_000_000, kind: 'number', raw: '703.86 billion' },
    ]);
  });

  test('"in 2023 to 1.5 billion" is no range either: a range rises', () => {
    expect(values(extractEnglishFigures('grew in 2023 to 1.5 billion yuan'))).toEqual([2023, 1_500_000_000]);
  });

  test.each([
    ['more than 43,000', 43_000, 'more-than'],
    ['over 80', 80, 'more-than'],
    ['upwards of 80', 80, 'more-than'],
    ['more than RMB 60 million', 60_000_000, 'more-than'],
    ['nearly 100,000', 100_000, 'nearly'],
    ['almost 100,000', 100_000, 'nearly'],
    ['close to 100,000', 100_000, 'nearly'],
    ['at least 2', 2, 'or-more'],
    ['2 or more', 2, 'or-more'],
    ['2 landmarks or more', 2, 'or-more'],
    ['20 buildings and above', 20, 'or-more'],
    ['20 buildings or above', 20, 'or-more'],
    ['about 6', 6, 'about'],
    ['around 6', 6, 'about'],
    ['approximately 6', 6, 'about'],
    ['some 600', 600, 'about'],
    ['6 or so', 6, 'about'],
  ] as const)('qualifier: %s', (text, value, qualifier) => {
    expect(extractEnglishFigures(text)).toEqual([{ value, kind: 'number', qualifier, raw: text }]);
  });

  test('qualifiers with percents', () => {
    expect(extractEnglishFigures('over 80 percent; around 6 percent; 52 percent or more')).toEqual([
      { value: 80, kind: 'percent', qualifier: 'more-than', raw: 'over 80 percent' },
      { value: 6, kind: 'percent', qualifier: 'about', raw: 'around 6 percent' },
      { value: 52, kind: 'percent', qualifier: 'or-more', raw: '52 percent or more' },
    ]);
  });

  test('"and over" counts only at the end of a phrase, not in "and over the past year"', () => {
    expect(extractEnglishFigures('aged 60 and over.')[0]?.qualifier).toBe('or-more');
    expect(extractEnglishFigures('up 6 percent and over the past year')[0]?.qualifier).toBeUndefined();
  });

  test('<sub>, <sup> content and identifiers give no figures', () => {
    expect(extractEnglishFigures('PM<sub>2.5</sub>, 360,000 m<sup>2</sup>, the "Huishangbao" scheme<sup>[1]</sup>')).toEqual([
      { value: 360_000, kind: 'number', raw: '360,000' },
    ]);
    expect(extractEnglishFigures('5G base stations, O3, PM10, G20, COVID-19, Type-2')).toEqual([]);
  });

  test('years are plain numbers, also after a lowercase prefix like mid-', () => {
    expect(extractEnglishFigures('in September 2023 and by mid-2024')).toEqual([
      { value: 2023, kind: 'number', raw: '2023' },
      { value: 2024, kind: 'number', raw: '2024' },
    ]);
  });

  test('"percentage points" is not a percent', () => {
    expect(extractEnglishFigures('2.5 percentage points')).toEqual([{ value: 2.5, kind: 'number', raw: '2.5' }]);
  });

  test('number words count, so "three" can render 3 个', () => {
    expect(extractEnglishFigures('three alliances, two million yuan, the fifth, twenty-five, fourteen')).toEqual([
      { value: 3, kind: 'number', raw: 'three' },
      { value: 2_000_000, kind: 'number', raw: 'two million' },
      { value: 5, kind: 'ordinal', raw: 'fifth' },
      { value: 25, kind: 'number', raw: 'twenty-five' },
      { value: 14, kind: 'number', raw: 'fourteen' },
    ]);
  });

  test('currency glued to the number still counts: RMB1.24 billion', () => {
    expect(values(extractEnglishFigures('RMB1.24 billion'))).toEqual([1_240_000_000]);
  });
});

describe('compareFigures', () => {
  test.each([
    ['区域地区生产总值完成 1580.62 亿元', 'Gross regional product reached 158.062 billion yuan'],
    ['建成高标准农田 1.15 万亩', 'We built 11,500 mu of high-standard farmland'],
    ['商标有效注册量 4.3 万余件', 'more than 43,000 valid registered trademarks'],
    ['惠及个体工商户近 10 万户', 'benefiting nearly 100,000 self-employed individuals'],
    ['上榜全国百强区第 61 位', 'ranked 61st among the top 100 districts'],
    ['上榜全国百强区第 61 位', 'ranked No. 61 among the top 100 districts'],
    ['开发 3~5 款定制化产品', 'develop 3 to 5 customized products'],
    ['培育特色数字经济楼宇 2~3 座', 'foster 2–3 distinctive digital economy buildings'],
    ['楼宇入驻率达 80% 以上', 'the occupancy rate of office buildings was over 80 percent'],
    ['楼宇入驻率达 80% 以上', 'the occupancy rate of office buildings reached 80 percent or more'],
    ['地区生产总值增长 6%左右', 'growth of around 6 percent in gross regional product'],
    ['发放抚恤金、优待金等 6000 余万元', 'paid out more than 60 million yuan in pensions and preferential payments'],
    ['发放补贴 2217 万元', 'paid out subsidies of 22.17 million yuan'],
    ['城镇新增就业 20388 人', 'added 20,388 urban jobs'],
    ['回迁安置 36 万 m<sup>2</sup>', 'resettled residents in 360,000 m<sup>2</sup> of housing'],
    ['PM<sub>10</sub>和 PM<sub>2.5</sub>浓度', 'PM<sub>10</sub> and PM<sub>2.5</sub> concentrations'],
    ['全面落实“惠商保”<sup>[1]</sup>', 'the "Huishangbao" scheme<sup>[1]</sup>'],
    ['累计建成 5G 基站 1962 座', 'built a total of 1,962 5G base stations'],
    ['2023年9月', 'in September 2023'],
    ['今年是中华人民共和国成立 75 周年', 'This year marks the 75th anniversary of the founding of the PRC'],
    ['实现“十四五”规划目标，贯彻党的二十大精神', 'the 14th Five-Year Plan and the 20th National Congress'],
    ['建设“星级一刻钟便民生活圈”', 'build "star-rated 15-minute living circles"'],
    ['打造 3 个示范基地', 'build three demonstration bases'],
  ])('%s ✓ %s', (zh, en) => {
    expect(compareFigures(zh, en)).toEqual([]);
  });

  test('1580.62 亿 as "1.5806 billion": the Chinese figure is missing and the English one is extra', () => {
    expect(compareFigures('区域地区生产总值完成 1580.62 亿元', 'reached 1.5806 billion yuan')).toEqual([
      {
        kind: 'missing',
        figure: { value: 158_062_000_000, kind: 'number', raw: '1580.62 亿元' },
        problem: 'Chinese "1580.62 亿元" (158,062,000,000) has no matching figure in the English',
      },
      {
        kind: 'extra',
        figure: { value: 1_580_600_000, kind: 'number', raw: '1.5806 billion' },
        problem: 'English "1.5806 billion" (1,580,600,000) matches no figure in the Chinese',
      },
    ]);
  });

  test('1.15 万亩 as "1,150 mu" is wrong', () => {
    expect(compareFigures('建成高标准农田 1.15 万亩', 'built 1,150 mu').map((mismatch) => mismatch.problem)).toEqual([
      'Chinese "1.15 万亩" (11,500) has no matching figure in the English',
      'English "1,150" (1,150) matches no figure in the Chinese',
    ]);
  });

  test('4.3 万余件 as a bare "43,000" drops "more than"', () => {
    expect(compareFigures('商标有效注册量 4.3 万余件', '43,000 valid registered trademarks')).toEqual([
      {
        kind: 'qualifier',
        figure: { value: 43_000, kind: 'number', qualifier: 'more-than', raw: '4.3 万余件' },
        english: { value: 43_000, kind: 'number', raw: '43,000' },
        problem: 'Chinese "4.3 万余件" (more than 43,000) appears as English "43,000", which drops "more than"',
      },
    ]);
  });

  test('近 10 万 as "over 100,000" says the wrong hedge', () => {
    const [mismatch, ...rest] = compareFigures('惠及个体工商户近 10 万户', 'benefiting over 100,000 self-employed individuals');
    expect(rest).toEqual([]);
    expect(mismatch?.kind).toBe('qualifier');
    expect(mismatch?.problem).toBe(
      'Chinese "近 10 万户" (nearly 100,000) appears as English "over 100,000", which says "more than" where the Chinese says "nearly"',
    );
  });

  test('3~5 as "3 to 6": 5 is missing and 6 is extra', () => {
    expect(compareFigures('开发 3~5 款定制化产品', 'develop 3 to 6 customized products').map((m) => [m.kind, m.figure.value])).toEqual([
      ['missing', 5],
      ['extra', 6],
    ]);
  });

  test('80% 以上 as a bare "80 percent" drops the hedge', () => {
    expect(compareFigures('楼宇入驻率达 80% 以上', 'reached 80 percent').map((m) => m.problem)).toEqual([
      'Chinese "80% 以上" (80% or more) appears as English "80 percent", which drops "or more"',
    ]);
  });

  test('以上 and 余 accept either upward hedge ("over" or "or more")', () => {
    expect(compareFigures('注册企业 600 余家', '600 or more enterprises')).toEqual([]);
  });

  test('6%左右 as "nearly 6 percent" is the wrong hedge', () => {
    expect(compareFigures('增长 6%左右', 'grow by nearly 6 percent').map((m) => m.kind)).toEqual(['qualifier']);
  });

  test('a percent must stay a percent', () => {
    expect(compareFigures('增长 9%', 'up 9 points')).toEqual([
      {
        kind: 'kind',
        figure: { value: 9, kind: 'percent', raw: '9%' },
        english: { value: 9, kind: 'number', raw: '9' },
        problem: 'Chinese "9%" (9%) appears as English "9", which is not a percentage',
      },
    ]);
    expect(compareFigures('新增 9 家', 'added 9 percent').map((m) => m.problem)).toEqual([
      'Chinese "9 家" (9) appears as English "9 percent", which is a percentage where the Chinese is not',
    ]);
  });

  test('6000 余万元 as "more than 6 million" is wrong by a factor of ten', () => {
    expect(compareFigures('发放抚恤金、优待金等 6000 余万元', 'more than 6 million yuan').map((m) => m.kind)).toEqual(['missing', 'extra']);
  });

  test('figures compare as multisets: each Chinese figure needs its own English figure', () => {
    const zh = '城乡居民人均可支配收入分别增长 4.7%和 8.1%。规模以上工业增加值增长 7%左右，社会消费品零售总额增长 7%左右';
    expect(compareFigures(zh, 'grew 4.7 percent and 8.1 percent; around 7 percent and around 7 percent')).toEqual([]);
    expect(compareFigures(zh, 'grew 4.7 percent and 8.1 percent; around 7 percent for both').map((m) => m.problem)).toEqual([
      'Chinese "7%左右" (about 7%) has no matching figure in the English (the English has it fewer times than the Chinese)',
    ]);
  });

  test('matching never lets a plain figure take the hedged English figure a hedged one needs', () => {
    expect(compareFigures('新增 200 家，另有 200 余家', 'more than 200 and 200')).toEqual([]);
  });

  test('an English repeat of a Chinese value is not extra', () => {
    expect(compareFigures('2023年是开局之年', 'The year 2023 was the first year; in 2023 we began')).toEqual([]);
  });

  test('an unhedged Chinese figure accepts a hedged English one (突破 35 亿元 → "over 3.5 billion")', () => {
    expect(compareFigures('信创产业营收突破 35 亿元', 'revenue topped over 3.5 billion yuan')).toEqual([]);
  });

  test('number words in the English are never extra, but digits with no source are', () => {
    expect(compareFigures('各位代表：', 'Fellow deputies, one and all')).toEqual([]);
    expect(compareFigures('各位代表：', 'Fellow deputies, all 300 of you').map((m) => m.kind)).toEqual(['extra']);
  });
});

describe('describeFigure', () => {
  test.each([
    [{ value: 158_062_000_000, kind: 'number', raw: '' }, '158,062,000,000'],
    [{ value: 2.1, kind: 'percent', raw: '' }, '2.1%'],
    [{ value: 61, kind: 'ordinal', raw: '' }, '61st'],
    [{ value: 12, kind: 'ordinal', raw: '' }, '12th'],
    [{ value: 43_000, kind: 'number', qualifier: 'more-than', raw: '' }, 'more than 43,000'],
    [{ value: 80, kind: 'percent', qualifier: 'or-more', raw: '' }, '80% or more'],
  ] satisfies [Figure, string][])('%o → %s', (figure, text) => {
    expect(describeFigure(figure)).toBe(text);
  });
});

describe('a real paragraph: taiyuan-xiaodian 2024 #p4', () => {
  // Copied from content/reports/taiyuan-xiaodian/2024/zh.mdx.
  const zh =
    '区域地区生产总值完成 1580.62 亿元，增长 2.1%。服务业增加值完成 727.57 亿元，增长 3.8%。社会消费品零售总额完成 703.86 亿元，增长 9%。固定资产投资完成 393.47 亿元。小店区一般公共预算收入完成 25.78 亿元，增长 15.1%。城乡居民人均可支配收入分别增长 4.7%和 8.1%。';
  const en =
    "The district's gross regional product reached 158.062 billion yuan, up 2.1 percent. Value added of the service sector reached 72.757 billion yuan, up 3.8 percent. " +
    'Total retail sales of consumer goods reached 70.386 billion yuan, up 9 percent. Fixed-asset investment reached 39.347 billion yuan. ' +
    "Xiaodian District's general public budget revenue reached 2.578 billion yuan, up 15.1 percent. " +
    'Per capita disposable income of urban and rural residents grew by 4.7 percent and 8.1 percent respectively.';

  test('the Chinese figures, in order', () => {
    expect(extractChineseFigures(zh).map((figure) => [figure.value, figure.kind])).toEqual([
      [158_062_000_000, 'number'],
      [2.1, 'percent'],
      [72_757_000_000, 'number'],
      [3.8, 'percent'],
      [70_386_000_000, 'number'],
      [9, 'percent'],
      [39_347_000_000, 'number'],
      [2_578_000_000, 'number'],
      [15.1, 'percent'],
      [4.7, 'percent'],
      [8.1, 'percent'],
    ]);
  });

  test('a correct translation has no mismatch', () => {
    expect(compareFigures(zh, en)).toEqual([]);
  });

  test('one slipped decimal is caught and named', () => {
    const wrong = en.replace('39.347 billion', '3.9347 billion');
    expect(compareFigures(zh, wrong).map((m) => m.problem)).toEqual([
      'Chinese "393.47 亿元" (39,347,000,000) has no matching figure in the English',
      'English "3.9347 billion" (3,934,700,000) matches no figure in the Chinese',
    ]);
  });

  test('a percent rendered as a plain number is caught', () => {
    const wrong = en.replace('up 9 percent', 'up 9 points');
    expect(compareFigures(zh, wrong).map((m) => m.kind)).toEqual(['kind']);
  });
});
