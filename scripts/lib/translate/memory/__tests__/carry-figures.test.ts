import { describe, expect, test } from 'vitest';
import { compareFigures } from '../../../../../src/lib/figures.ts';
import { carryFigures } from '../carry-figures.ts';

describe('figures are carried from the new Chinese, never from the matched English', () => {
  test('each figure in its English scale and style', () => {
    const oldZh = '地区生产总值 1580.62 亿元，增长 2.1%；农田 1.15 万亩；第 61 位；2023 年；楼宇入驻率 80% 以上。';
    const oldEn = 'GDP was 158.062 billion yuan, up 2.1 percent; farmland 11,500 mu; 61st; in 2023; occupancy 80 percent or more.';
    const newZh = '地区生产总值 1650.3 亿元，增长 3%；农田 1.2 万亩；第 52 位；2024 年；楼宇入驻率 85% 以上。';
    const carried = carryFigures(oldZh, oldEn, newZh);
    expect(carried).toBe('GDP was 165.03 billion yuan, up 3 percent; farmland 12,000 mu; 52nd; in 2024; occupancy 85 percent or more.');
    expect(compareFigures(newZh, carried ?? '')).toEqual([]);
  });

  test('unchanged figures leave the English as it is, sup and sub included', () => {
    const en = 'PM<sub>2.5</sub> fell; 360,000 m<sup>2</sup> rebuilt<sup>[1]</sup>.';
    expect(
      carryFigures(
        'PM<sub>2.5</sub> 下降；改造 36 万 m<sup>2</sup><sup>[1]</sup>。',
        en,
        'PM<sub>2.5</sub> 下降；改造 36 万 m<sup>2</sup>。',
      ),
    ).toBe(en);
    expect(carryFigures('PM<sub>2.5</sub> 下降；改造 36 万 m<sup>2</sup>。', en, 'PM<sub>2.5</sub> 下降；改造 40 万 m<sup>2</sup>。')).toBe(
      'PM<sub>2.5</sub> fell; 400,000 m<sup>2</sup> rebuilt<sup>[1]</sup>.',
    );
  });

  test('no draft when the figures do not align one to one', () => {
    // One more figure in the new Chinese.
    expect(carryFigures('新建学校 3 所。', 'We built 3 schools.', '新建学校 3 所、幼儿园 2 所。')).toBeUndefined();
    // A hedge that changed (余 → 近): the English hedge would be wrong.
    expect(carryFigures('企业 600 余家。', 'more than 600 enterprises.', '企业近 650 家。')).toBeUndefined();
    // A changed figure the English wrote as a word.
    expect(carryFigures('新建 3 个基地。', 'We built three bases.', '新建 4 个基地。')).toBeUndefined();
    // A number word that changed (三个 → 四个).
    expect(
      carryFigures('实施三个行动，投资 5 亿元。', 'three campaigns, 500 million yuan.', '实施四个行动，投资 5 亿元。'),
    ).toBeUndefined();
    // The English has the value more often than the Chinese has it as a figure (20th from 二十大).
    expect(
      carryFigures(
        '贯彻二十大精神，排名第 20 位。',
        'We followed the 20th CPC National Congress and ranked 20th.',
        '贯彻二十大精神，排名第 18 位。',
      ),
    ).toBeUndefined();
  });
});
