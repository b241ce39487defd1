import { describe, expect, test } from 'vitest';
import { excerptWithMarks, highlightParameter, isPlainLatinWord, matchedWords, queryTerms, termsPattern } from '../query.ts';

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

describe('the highlight on the page a result opens', () => {
  test('carries the words Pagefind matched, touching characters joined, each once', () => {
    const text = 'Parks and park land; 信创产业 and 信创园; parking';
    expect(
      matchedWords(text, [
        [0, 5],
        [10, 14],
        [21, 22],
        [22, 23],
        [30, 31],
        [31, 32],
      ]),
    ).toEqual(['Parks', 'park', '信创']);
  });

  test('the parameter reads back as the same terms, a phrase kept whole', () => {
    const terms = ['parks', 'new quality', '信创'];
    expect(queryTerms(highlightParameter(terms))).toEqual(terms);
  });

  test('Latin words are marked whole, so a match for park never marks parking; other terms as written', () => {
    const pattern = termsPattern(['park', '信创']);
    expect('park parking Park 信创园'.match(pattern ?? /$^/)).toEqual(['park', 'Park', '信创']);
    expect('PM2.5 浓度'.match(termsPattern(['PM2.5']) ?? /$^/)).toEqual(['PM2.5']);
    expect(termsPattern([])).toBeUndefined();
  });
});

describe('excerpts', () => {
  test('mark the given ranges and escape the text', () => {
    expect(
      excerptWithMarks('信创<b>产业</b>与信创园', [
        [0, 2],
        [12, 14],
      ]),
    ).toBe('<mark>信创</mark>&lt;b&gt;产业&lt;/b&gt;与<mark>信创</mark>园');
  });

  test('markup in the text never becomes an element', () => {
    expect(excerptWithMarks('<img src=x onerror=alert(1)>', [[1, 4]])).toBe('&lt;<mark>img</mark> src=x onerror=alert(1)&gt;');
  });

  test('long texts are cut around the first match', () => {
    const text = `${'甲'.repeat(200)}信创${'乙'.repeat(200)}`;
    const excerpt = excerptWithMarks(text, [[200, 202]], 10);
    expect(excerpt).toBe(`…${'甲'.repeat(10)}<mark>信创</mark>${'乙'.repeat(18)}…`);
  });
});
