import { describe, expect, test } from 'vitest';
import { inLanguage, localized, localizedLang } from '../localized.ts';

const translated = { zh: '政府工作报告', en: 'Report on the Work of the Government' };
const untranslated = { zh: '名词解释' };

describe('localized', () => {
  test('an English page shows the English, and says so in its lang', () => {
    expect(localized(translated, 'en')).toBe('Report on the Work of the Government');
    expect(localizedLang(translated, 'en')).toBe('en');
  });

  test('an English page falls back to the Chinese while there is no English, marked as Chinese', () => {
    expect(localized(untranslated, 'en')).toBe('名词解释');
    expect(localizedLang(untranslated, 'en')).toBe('zh-CN');
    expect(localized({ zh: '名词解释', en: undefined }, 'en')).toBe('名词解释');
  });

  test('a Chinese page always shows the original', () => {
    expect(localized(translated, 'zh-CN')).toBe('政府工作报告');
    expect(localizedLang(translated, 'zh-CN')).toBe('zh-CN');
  });

  test('an empty English string is a translation, not a missing one', () => {
    expect(localized({ zh: '发言人', en: '' }, 'en')).toBe('');
  });
});

describe('inLanguage', () => {
  test('gives the value in exactly that language, never the other', () => {
    expect(inLanguage(translated, 'zh-CN')).toBe('政府工作报告');
    expect(inLanguage(translated, 'en')).toBe('Report on the Work of the Government');
    expect(inLanguage(untranslated, 'en')).toBeUndefined();
  });
});
