import { describe, expect, test } from 'vitest';
import { parseChineseDigits, parseChineseNumeral } from '../chinese-numerals.ts';

describe('parseChineseNumeral', () => {
  test.each([
    ['一', 1],
    ['两', 2],
    ['十', 10],
    ['十一', 11],
    ['一十一', 11],
    ['二十', 20],
    ['九十九', 99],
    ['一百', 100],
    ['百', 100],
    ['一百二十', 120],
    ['一百零五', 105],
    ['一千零十', 1010],
    ['两千', 2000],
    ['三千二百五十', 3250],
    ['五万', 50_000],
    ['万', 10_000],
    ['一万零五百', 10_500],
    ['十二万', 120_000],
    ['千万', 10_000_000],
    ['一亿二千万', 120_000_000],
    ['三亿零五百万', 305_000_000],
    ['一十二亿三千四百五十六万七千八百九十', 1_234_567_890],
    ['万亿', 1e12],
    ['三万亿', 3e12],
  ])('%s → %d', (text, value) => {
    expect(parseChineseNumeral(text)).toBe(value);
  });

  test('a lone 〇 or 零 is zero; a trailing one after a unit changes nothing', () => {
    expect(parseChineseNumeral('〇')).toBe(0);
    expect(parseChineseNumeral('零')).toBe(0);
    expect(parseChineseNumeral('二十〇')).toBe(20);
    expect(parseChineseNumeral('十零')).toBe(10);
  });

  test.each([
    ['', 'empty'],
    ['四五', 'digits side by side'],
    ['二〇二四', 'a year, written digit by digit'],
    ['一〇', 'a digit before 〇'],
    ['〇一', 'a leading 〇'],
    ['零十五', 'a leading 零'],
    ['十零五', '零 where no place is skipped'],
    ['一百零十', '零 where no place is skipped'],
    ['一万零零五', 'two 零 in a row'],
    ['十十', 'a unit twice'],
    ['十百', 'units out of order'],
    ['亿万', 'a section that counts nothing'],
    ['○', 'a circle (only years take it for 〇)'],
    ['十a', 'another character'],
    ['2', 'an Arabic digit'],
  ])('%s is no numeral (%s)', (text) => {
    expect(parseChineseNumeral(text)).toBeUndefined();
  });

  test('reads every numeral from 1 to 99,999 as written out in full', () => {
    const digits = '零一二三四五六七八九';
    // 1–9999 in the standard form: one 零 for any run of skipped places, 一十 written out.
    const belowTenThousand = (n: number): string => {
      let out = '';
      let gap = false;
      for (const [place, unit] of [
        [1000, '千'],
        [100, '百'],
        [10, '十'],
        [1, ''],
      ] as const) {
        const digit = Math.floor(n / place) % 10;
        if (digit === 0) gap = out !== '';
        else {
          out += `${gap ? '零' : ''}${digits[digit]}${unit}`;
          gap = false;
        }
      }
      return out;
    };
    const write = (n: number): string => {
      const wan = Math.floor(n / 10_000);
      const rest = n % 10_000;
      if (wan === 0) return belowTenThousand(rest);
      return `${belowTenThousand(wan)}万${rest === 0 ? '' : `${rest < 1000 ? '零' : ''}${belowTenThousand(rest)}`}`;
    };
    const wrong = Array.from({ length: 99_999 }, (_, i) => i + 1).filter((n) => parseChineseNumeral(write(n)) !== n);
    expect(wrong.map((n) => `${n} ${write(n)}`)).toEqual([]);
  });
});

describe('parseChineseDigits', () => {
  test('reads years written digit by digit, with 〇 or 零', () => {
    expect(parseChineseDigits('二〇二四')).toBe(2024);
    expect(parseChineseDigits('二零二四')).toBe(2024);
    expect(parseChineseDigits('一九九八')).toBe(1998);
  });

  test('takes ○, Ｏ and O for 〇, as typed when 〇 is not at hand', () => {
    expect(parseChineseDigits('二○二四')).toBe(2024);
    expect(parseChineseDigits('二Ｏ二五')).toBe(2025);
    expect(parseChineseDigits('二O二六')).toBe(2026);
  });

  test('is undefined for counting numerals and anything else', () => {
    expect(parseChineseDigits('二十')).toBeUndefined();
    expect(parseChineseDigits('两〇二四')).toBeUndefined();
    expect(parseChineseDigits('2024')).toBeUndefined();
    expect(parseChineseDigits('')).toBeUndefined();
  });
});
