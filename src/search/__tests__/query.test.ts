import { describe, expect, test } from 'vitest';
import { excerptWithMarks, isPlainLatinWord, matchesLiterally, queryTerms } from '../query.ts';

describe('query terms', () => {
  test('split on spaces, quotes group words, full-width normalised', () => {
    expect(queryTerms('信创  草莓')).toEqual(['信创', '草莓']);
    expect(queryTerms('"new quality" forces')).toEqual(['new quality', 'forces']);
    expect(queryTerms('ＰＭ２.５')).toEqual(['PM2.5']);
    expect(queryTerms('   ')).toEqual([]);
  });

  test('only plain Latin words are left to stemming', () => {
    expect(isPlainLatinWord('parks')).toBe(true);
    expect(isPlainLatinWord('PM2.5')).toBe(false);
    expect(isPlainLatinWord('1580.62')).toBe(false);
    expect(isPlainLatinWord('信创')).toBe(false);
  });
});

describe('literal matching keeps decoys out', () => {
  test('信创 does not match 诚信 … 创新', () => {
    expect(matchesLiterally('诚实守信，企业创新能力不断增强', ['信创'])).toBe(false);
    expect(matchesLiterally('信创产业营收突破 35 亿元', ['信创'])).toBe(true);
  });

  test('every term must match; Latin words are not checked literally', () => {
    expect(matchesLiterally('草莓小镇如期开园', ['草莓', '信创'])).toBe(false);
    expect(matchesLiterally('草莓与信创', ['草莓', '信创'])).toBe(true);
    expect(matchesLiterally('We built a park', ['parks'])).toBe(true);
  });

  test('numbers and mixed terms match as written, ignoring zero-width spaces and case', () => {
    expect(matchesLiterally('完成 1580.62 亿元', ['1580.62'])).toBe(true);
    expect(matchesLiterally('完成 1580.6 亿元', ['1580.62'])).toBe(false);
    expect(matchesLiterally('PM\u200B2.5 浓度', ['pm2.5'])).toBe(true);
  });
});

describe('excerpts', () => {
  test('mark every literal match and escape the text', () => {
    expect(excerptWithMarks('信创<b>产业</b>与信创园', ['信创'])).toBe('<mark>信创</mark>&lt;b&gt;产业&lt;/b&gt;与<mark>信创</mark>园');
  });

  test('a query with markup can never inject markup', () => {
    expect(excerptWithMarks('text', ['<img src=x onerror=alert(1)>'])).toBe('text');
  });

  test('Latin words match word prefixes', () => {
    expect(excerptWithMarks('Two new parks and a park.', ['parks'])).toBe('Two new <mark>parks</mark> and a <mark>park</mark>.');
  });

  test('long texts are cut around the first match', () => {
    const text = `${'甲'.repeat(200)}信创${'乙'.repeat(200)}`;
    const excerpt = excerptWithMarks(text, ['信创'], 10);
    expect(excerpt).toBe(`…${'甲'.repeat(10)}<mark>信创</mark>${'乙'.repeat(18)}…`);
  });
});
