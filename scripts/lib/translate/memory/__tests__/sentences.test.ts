import { describe, expect, test } from 'vitest';
import { splitChineseSentences, splitEnglishSentences } from '../sentences.ts';

describe('Chinese sentences', () => {
  test('cut after 。！？；, with a bold lead and its glossary marker kept whole', () => {
    expect(splitChineseSentences('**一年来，我们稳中求进。**全面落实“惠商保”<sup>[1]</sup>。惠及近 8 万户；成效明显！')).toEqual([
      '**一年来，我们稳中求进。**',
      '全面落实“惠商保”<sup>[1]</sup>。',
      '惠及近 8 万户；',
      '成效明显！',
    ]);
  });

  test('never inside quotes or brackets; a closing quote stays with its sentence', () => {
    expect(splitChineseSentences('提出“稳中求进。以进促稳”的要求。开展《条例（试行。）》宣传。')).toEqual([
      '提出“稳中求进。以进促稳”的要求。',
      '开展《条例（试行。）》宣传。',
    ]);
    expect(splitChineseSentences('他说：“要抓落实。”随后散会。')).toEqual(['他说：“要抓落实。”', '随后散会。']);
  });

  test('the report’s own enumerations start sentences', () => {
    expect(splitChineseSentences('重点抓好三件事：一是稳增长，二是惠民生，三是防风险。')).toEqual([
      '重点抓好三件事：',
      '一是稳增长，',
      '二是惠民生，',
      '三是防风险。',
    ]);
  });

  test('a bold run cut in two is closed and reopened', () => {
    expect(splitChineseSentences('**稳增长。惠民生。**防风险。')).toEqual(['**稳增长。**', '**惠民生。**', '防风险。']);
  });

  test('a table is one piece', () => {
    const table = '| 指标 | 数值 |\n| --- | --- |\n| 增长。 | 5% |';
    expect(splitChineseSentences(table)).toEqual([table]);
  });
});

describe('English sentences', () => {
  test('cut after . ! ? before a capital, not after abbreviations, decimals or inside quotes', () => {
    expect(
      splitEnglishSentences(
        'GDP grew by 5.2 percent. The No. 1 project, e.g. Wusu Airport, opened. He said "Work hard. Now." Then we left! Why?',
      ),
    ).toEqual([
      'GDP grew by 5.2 percent.',
      'The No. 1 project, e.g. Wusu Airport, opened.',
      'He said "Work hard. Now."',
      'Then we left!',
      'Why?',
    ]);
  });

  test('a semicolon does not cut (English joins there what Chinese cuts at ；), a heading number does not either', () => {
    expect(splitEnglishSentences('we built roads; and we planted trees. II. Work Plan for 2024')).toEqual([
      'we built roads; and we planted trees.',
      'II. Work Plan for 2024',
    ]);
  });

  test('bold leads and glossary markers stay with their sentence', () => {
    expect(splitEnglishSentences('**Growth held up.** We adopted "Huishangbao"<sup>[1]</sup>. It worked.')).toEqual([
      '**Growth held up.**',
      'We adopted "Huishangbao"<sup>[1]</sup>.',
      'It worked.',
    ]);
  });
});
