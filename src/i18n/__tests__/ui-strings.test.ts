import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import en from '../en.json' with { type: 'json' };
import { uiStringsSchema } from '../schema.ts';
import { translatorFor } from '../translator.ts';
import zhCN from '../zh-CN.json' with { type: 'json' };

/** Language names are written in their own language, so they are the same in every UI. */
const SAME_IN_EVERY_LANGUAGE = new Set(['lang.zh', 'lang.en']);

describe('UI strings', () => {
  test('both files match the schema', () => {
    expect(() => uiStringsSchema.parse(en)).not.toThrow();
    expect(() => uiStringsSchema.parse(zhCN)).not.toThrow();
  });

  test('zh-CN has exactly the keys of en', () => {
    expect(Object.keys(zhCN).sort()).toEqual(Object.keys(en).sort());
  });

  test('no Chinese string is left identical to its English one', () => {
    const untranslated = Object.entries(zhCN).filter(
      ([key, value]) => !SAME_IN_EVERY_LANGUAGE.has(key) && value === en[key as keyof typeof en],
    );
    expect(untranslated).toEqual([]);
  });

  test('interpolation placeholders agree between languages', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
    for (const [key, value] of Object.entries(en)) expect(placeholders(zhCN[key as keyof typeof zhCN]), key).toEqual(placeholders(value));
  });

  test('the one placeholder syntax is i18next’s {{x}}: no {x}, %s or $1 (client code fills {{x}} too)', () => {
    const otherSyntax = /(?<!\{)\{\w+\}(?!\})|%[sdo]|\$\d/;
    for (const strings of [en, zhCN]) expect(Object.entries(strings).filter(([, value]) => otherSyntax.test(value))).toEqual([]);
  });

  test('the translator returns the page language and interpolates', () => {
    expect(translatorFor('zh-CN')('report.statusValue', { translated: 3, total: 5 })).toBe('已译 3/5 段');
    expect(translatorFor('en')('report.statusValue', { translated: 3, total: 5 })).toBe('3 of 5 paragraphs translated');
  });

  test('every key used in the code exists', () => {
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(astro|ts)$/.test(entry.name))
          for (const match of readFileSync(path, 'utf8').matchAll(/\bt\('([a-zA-Z]+\.[a-zA-Z.]+)'/g)) used.add(match[1] ?? '');
      }
    };
    walk(join(import.meta.dirname, '../..'));
    expect(used.size).toBeGreaterThan(20);
    expect([...used].filter((key) => !(key in en))).toEqual([]);
  });
});
