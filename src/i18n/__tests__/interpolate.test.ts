import { describe, expect, test } from 'vitest';
import en from '../en.json' with { type: 'json' };
import { interpolate } from '../interpolate.ts';
import { labelTemplate, labelTemplates, translatorFor } from '../translator.ts';

describe('interpolate', () => {
  test('fills every {{name}} placeholder, as i18next does', () => {
    expect(interpolate('{{translated}} of {{total}} paragraphs translated', { translated: 3, total: 5 })).toBe(
      translatorFor('en')('report.statusValue', { translated: 3, total: 5 }),
    );
  });

  test('leaves a placeholder without a value, and inherited names are not values', () => {
    expect(interpolate('{{number}} · {{constructor}}', {})).toBe('{{number}} · {{constructor}}');
  });

  test('inserts values as they are, never as further templates or replacement patterns', () => {
    expect(interpolate('“{{query}}”', { query: "{{query}} $& $' <b>" })).toBe("“{{query}} $& $' <b>”");
  });
});

describe('label templates for client code', () => {
  test('are the strings of the language with {{x}} left in', () => {
    expect(labelTemplate('en', 'pdf.size')).toBe('(PDF, {{size}})');
    expect(JSON.parse(labelTemplates('en', ['search.results', 'glossary.close']))).toEqual({
      'search.results': en['search.results'],
      'glossary.close': en['glossary.close'],
    });
  });

  test('filled in the browser, give what i18next gives on the server', () => {
    for (const lang of ['zh-CN', 'en'] as const)
      expect(interpolate(labelTemplate(lang, 'glossary.noteLabel'), { term: '信创' })).toBe(
        translatorFor(lang)('glossary.noteLabel', { term: '信创' }),
      );
  });
});
