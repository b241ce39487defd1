import { describe, expect, test } from 'vitest';
import { displayText, indexText, joinWords, termWords } from '../index-text.ts';

const SAMPLES = [
  '信创产业营收突破 35 亿元，诚实守信、企业创新。',
  'We built two parks. Xiaodian’s 1580.62 billion yuan; PM2.5 fell 5.2%.',
  'the “小店牺汤” brand (Xiaodian mutton soup)',
  '代区长 龚 正',
  '网格化+全帮办 and +5 … end...',
  'the "three campaigns and one clean-up". The Party (CPC). "Go" .5 (+) ).',
  '“一街、两翼、多区” — 完成 ， 但 ；done , ok … 、',
  '',
];

describe('the text Pagefind indexes', () => {
  test('makes every CJK character a word of its own, and Latin words and figures words without edge punctuation', () => {
    expect(indexText('信创产业，营收 35 亿元。')).toBe('信 创 产 业\u2063， 营 收\u2060 35\u2060 亿 元\u2063。');
    expect(indexText('two parks. 1580.62 yuan')).toBe('two parks .\u2060 1580.62 yuan');
    expect(indexText('the “小店牺汤” brand')).toBe('the\u2060\u2063“ 小 店 牺 汤\u2063”\u2060 brand');
  });

  test('splits "." and "+" off a word also behind a closing quote or bracket (Pagefind would keep "cleanup."), not off punctuation alone', () => {
    expect(indexText('one clean-up". The (CPC). ok')).toBe('one clean-up" .\u2060 The (CPC) .\u2060 ok');
    expect(indexText('(+) ). +"a"')).toBe('(+) ). + "a"');
  });

  test.for(SAMPLES)('gives the text back as written (whitespace runs as one space): %s', (text) => {
    expect(displayText(indexText(text))).toBe(text.replace(/\s+/gu, ' ').trim());
  });

  test('glues punctuation to the word before it, so it takes no position: 一街、两翼 is four words, as a query without the mark', () => {
    expect(indexText('一街、两翼').split(' ')).toHaveLength(4);
    expect(termWords('一街、两翼、多区')).toEqual(['一', '街', '两', '翼', '多', '区']);
    expect(termWords('“惠商保”')).toEqual(['惠', '商', '保']);
    expect(termWords('网格化+全帮办')).toEqual(['网', '格', '化', '+', '全', '帮', '办']);
    expect(termWords('parks.')).toEqual(['parks']);
    // A record that starts with a mark keeps it as its first word: nothing is before it.
    expect(indexText('“三创一治”：创建').split(' ')[0]).toBe('“');
  });

  test('tells where each word is in the text, so matched positions can be marked', () => {
    const { text, spans } = joinWords(indexText('信创 parks.').split(' '));
    expect(text).toBe('信创 parks.');
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual(['信', '创', 'parks', '.']);
  });

  test('a word’s mark leaves out the brackets, quotes and clause marks around it, and a full stop; figures and percentages stay whole', () => {
    const { text, spans } = joinWords(indexText('zones, (zones) “zones”. zones. PM2.5 1580.62% 50%, U.S. e.g., ...').split(' '));
    expect(spans.map(([start, end]) => text.slice(start, end))).toEqual([
      'zones',
      'zones',
      'zones',
      '.',
      // A full stop after a word is a word of its own in the index (indexText), so it is never marked.
      'zones',
      '.',
      'PM2.5',
      '1580.62%',
      '50%',
      'U.S',
      '.',
      'e.g.',
      '...',
    ]);
  });

  test('a query term becomes the words to find at consecutive positions', () => {
    expect(termWords('信创')).toEqual(['信', '创']);
    expect(termWords('小店牺汤')).toEqual(['小', '店', '牺', '汤']);
    expect(termWords('PM2.5')).toEqual(['PM2.5']);
    expect(termWords('new quality')).toEqual(['new', 'quality']);
    expect(termWords('“')).toEqual([]);
    // A space between a figure and a character is kept in the text, not as a word: 212.5亿元 and 212.5 亿元 are the same words.
    expect(termWords('212.5亿元')).toEqual(['212.5', '亿', '元']);
    expect(indexText('完成 212.5 亿元').split(' ')).toHaveLength(5);
  });
});
