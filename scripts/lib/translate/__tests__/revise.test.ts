import { describe, expect, test } from 'vitest';
import type { TranslationFile } from '../../../../src/schemas/translation-file.ts';
import { reviseBlock, reviseGlossaryEntry } from '../revise.ts';

function file(state: TranslationFile['blocks'][number]['state'], en: string): TranslationFile {
  return {
    language: 'en',
    meta: { title: '', dateline: '', occasion: '', role: '', speaker: '' },
    blocks: [{ id: 'p8', zh: '发放抚恤金', en, state, memory: { match: 90, sources: ['a/2023#p1'] } }],
    glossary: [],
    revisions: [],
  };
}

describe('reviseBlock', () => {
  test('a change to published English is listed with the text it replaced', () => {
    const translation = file('reviewed', 'paid pensions');
    expect(
      reviseBlock(translation, 'p8', { en: 'paid survivor and disability pensions', date: '2026-11-30', kind: 'correction', note: 'n' }),
    ).toBe(true);
    expect(translation.blocks[0]).toEqual({
      id: 'p8',
      zh: '发放抚恤金',
      en: 'paid survivor and disability pensions',
      state: 'reviewed',
      revised: '2026-11-30',
    });
    expect(translation.revisions).toEqual([{ date: '2026-11-30', id: 'p8', kind: 'correction', note: 'n', before: 'paid pensions' }]);
  });

  test('a draft changes without a revision; a state change alone is no revision', () => {
    const translation = file('initial', 'draft');
    reviseBlock(translation, 'p8', { en: 'better draft', state: 'translated', date: '2026-11-30' });
    reviseBlock(translation, 'p8', { en: 'better draft', state: 'reviewed', date: '2026-12-01' });
    expect(translation.revisions).toEqual([]);
    expect(translation.blocks[0]).toMatchObject({ en: 'better draft', state: 'reviewed', revised: '2026-11-30' });
    expect(translation.blocks[0]?.memory).toBeUndefined();
    expect(reviseBlock(translation, 'p8', { en: 'better draft', date: '2026-12-02' })).toBe(false);
  });

  test('an unknown block is refused', () => {
    expect(() => reviseBlock(file('reviewed', 'x'), 'p9', { en: 'y', date: '2026-11-30' })).toThrow('no block p9');
  });
});

describe('reviseGlossaryEntry', () => {
  function withEntry(term: string): TranslationFile {
    return {
      ...file('reviewed', 'x'),
      glossary: [{ key: 'jie-fang-si-xiang', zh: '解放思想', term, definition: 'def', source: 'the brief', ours: false }],
    };
  }

  test('each changed text of a published entry is listed, as glossary:<key> with its field', () => {
    const translation = withEntry('freeing the mind');
    const change = {
      term: 'emancipating the mind',
      source: 'Official rendering',
      definition: 'def',
      date: '2026-11-30',
      kind: 'correction' as const,
      note: 'n',
    };
    expect(reviseGlossaryEntry(translation, 'jie-fang-si-xiang', change)).toBe(true);
    expect(translation.glossary[0]).toMatchObject({ term: 'emancipating the mind', definition: 'def', source: 'Official rendering' });
    expect(translation.revisions).toEqual([
      { date: '2026-11-30', id: 'glossary:jie-fang-si-xiang', field: 'term', kind: 'correction', note: 'n', before: 'freeing the mind' },
      { date: '2026-11-30', id: 'glossary:jie-fang-si-xiang', field: 'source', kind: 'correction', note: 'n', before: 'the brief' },
    ]);
    expect(reviseGlossaryEntry(translation, 'jie-fang-si-xiang', change)).toBe(false);
  });

  test('an entry not yet translated changes without a revision; an unknown key is refused', () => {
    const translation = withEntry('');
    reviseGlossaryEntry(translation, 'jie-fang-si-xiang', { term: 'emancipating the mind', date: '2026-11-30' });
    expect(translation.revisions).toEqual([]);
    expect(() => reviseGlossaryEntry(translation, 'nope', { term: 'x', date: '2026-11-30' })).toThrow('no glossary entry nope');
  });
});
