import { describe, expect, test } from 'vitest';
import { chineseEvidence } from '../chinese-evidence.ts';

describe('chineseEvidence', () => {
  test('holds the values of number words, each part of a run on its own', () => {
    expect(chineseEvidence('“十四五”规划', [])).toEqual(expect.arrayContaining([14, 5]));
    expect(chineseEvidence('入选全国百强区', [])).toContain(100);
  });

  test('reads a number written out with 亿 and 万 as one value', () => {
    expect(chineseEvidence('投资一亿二千万元', [])).toContain(120_000_000);
  });

  test('holds digits that are no figure, and 一刻钟 as 15', () => {
    expect(chineseEvidence('9 月建成一刻钟便民生活圈', [])).toEqual(expect.arrayContaining([9, 15]));
  });

  test('counts nothing for a lone 零 or for a year written digit by digit as a whole', () => {
    const evidence = chineseEvidence('零碳园区，二〇二四年', []);
    expect(evidence).not.toContain(0);
    expect(evidence).not.toContain(2024);
  });
});
