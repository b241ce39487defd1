import { describe, expect, test } from 'vitest';
import { formatChange, formatLevel } from '../format-figure.ts';

describe('formatLevel', () => {
  test('an amount of yuan in 亿元 and in billions, as each language writes it', () => {
    const level = { value: 158062000000, unit: 'yuan', text: '1580.62亿元' };
    expect(formatLevel(level, 'zh-CN')).toBe('1580.62 亿元');
    expect(formatLevel(level, 'en')).toBe('158.06 billion yuan');
  });

  test('smaller amounts in 万 and millions; small ones in full', () => {
    expect(formatLevel({ value: 12400000, unit: 'yuan', text: '1240万元' }, 'zh-CN')).toBe('1240 万元');
    expect(formatLevel({ value: 12400000, unit: 'yuan', text: '1240万元' }, 'en')).toBe('12.4 million yuan');
    expect(formatLevel({ value: 3200, unit: 'person', text: '3200人' }, 'zh-CN')).toBe('3200 人');
    expect(formatLevel({ value: 3200, unit: 'person', text: '3200人' }, 'en')).toBe('3,200 people');
  });

  test('Chinese keeps the scale the report wrote: 20388 人 is not 2.0388 万人', () => {
    expect(formatLevel({ value: 20388, unit: 'person', text: '20388 人' }, 'zh-CN')).toBe('20388 人');
    expect(formatLevel({ value: 20000, unit: 'person', text: '2万人' }, 'zh-CN')).toBe('2 万人');
    expect(formatLevel({ value: 43000, unit: '件', text: '4.3 万件' }, 'zh-CN')).toBe('4.3 万件');
    expect(formatLevel({ value: 20388, unit: 'person', text: '20388 人' }, 'en')).toBe('20,388 people');
  });

  test('余 and 多 stay the report’s words in Chinese, where the report put them; 超过 stays 超过', () => {
    const odd = (value: number, unit: string, text: string) => ({ value, unit, text, qualifier: 'more-than' as const });
    expect(formatLevel(odd(600, '家', '600 余家'), 'zh-CN')).toBe('600 余家');
    expect(formatLevel(odd(60000000, 'yuan', '6000 余万元'), 'zh-CN')).toBe('6000 余万元');
    expect(formatLevel(odd(43000, '件', '4.3 万余件'), 'zh-CN')).toBe('4.3 万余件');
    expect(formatLevel(odd(3000, 'person', '3000多人'), 'zh-CN')).toBe('3000 多人');
    expect(formatLevel(odd(130000000000, 'yuan', '1300 亿元'), 'zh-CN')).toBe('超过1300 亿元');
    expect(formatLevel(odd(600, '家', '600 余家'), 'en')).toBe('more than 600 (家)');
  });

  test('a rate keeps its qualifier where each language puts it', () => {
    const level = { value: 5.5, unit: 'percent', qualifier: 'at-most' as const, text: '5.5%以内' };
    expect(formatLevel(level, 'zh-CN')).toBe('5.5%以内');
    expect(formatLevel(level, 'en')).toBe('at most 5.5%');
  });

  test('a measure word that is no standard unit is kept as written', () => {
    expect(formatLevel({ value: 36, unit: '座', text: '36座' }, 'zh-CN')).toBe('36 座');
    expect(formatLevel({ value: 36, unit: '座', text: '36座' }, 'en')).toBe('36 (座)');
  });

  test('a range of levels shares one scale', () => {
    expect(formatLevel({ value: 650000000, max: 700000000, unit: 'yuan', text: '6.5至7亿元' }, 'zh-CN')).toBe('6.5—7 亿元');
    expect(formatLevel({ value: 650000000, max: 700000000, unit: 'yuan', text: '6.5至7亿元' }, 'en')).toBe('650–700 million yuan');
  });
});

describe('formatChange', () => {
  test('growth, fall and no change', () => {
    expect(formatChange({ value: 2.1, unit: 'percent', text: '增长2.1%' }, 'zh-CN')).toBe('增长 2.1%');
    expect(formatChange({ value: 2.1, unit: 'percent', text: '增长2.1%' }, 'en')).toBe('up 2.1%');
    expect(formatChange({ value: -3, unit: 'percent', text: '下降3%' }, 'zh-CN')).toBe('下降 3%');
    expect(formatChange({ value: -3, unit: 'percent', text: '下降3%' }, 'en')).toBe('down 3%');
    expect(formatChange({ value: 0, unit: 'percent', text: '持平' }, 'en')).toBe('unchanged');
  });

  test('targets keep their qualifiers: about, at least, ranges', () => {
    expect(formatChange({ value: 6, unit: 'percent', qualifier: 'about', text: '增长6%左右' }, 'zh-CN')).toBe('增长 6%左右');
    expect(formatChange({ value: 6, unit: 'percent', qualifier: 'about', text: '增长6%左右' }, 'en')).toBe('up about 6%');
    expect(formatChange({ value: 10, unit: 'percent', qualifier: 'or-more', text: '增长10%以上' }, 'zh-CN')).toBe('增长 10%以上');
    expect(formatChange({ value: 10, unit: 'percent', qualifier: 'or-more', text: '增长10%以上' }, 'en')).toBe('up at least 10%');
    expect(formatChange({ value: 6, max: 7, unit: 'percent', text: '增长6%—7%' }, 'zh-CN')).toBe('增长 6%—7%');
    expect(formatChange({ value: 6, max: 7, unit: 'percent', text: '增长6%—7%' }, 'en')).toBe('up 6–7%');
  });

  test('percentage points', () => {
    expect(formatChange({ value: 0.5, unit: 'points', text: '提高0.5个百分点' }, 'zh-CN')).toBe('提高 0.5 个百分点');
    expect(formatChange({ value: -0.5, unit: 'points', text: '下降0.5个百分点' }, 'en')).toBe('down 0.5 percentage points');
  });
});
