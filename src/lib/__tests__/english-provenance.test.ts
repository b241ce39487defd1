import { describe, expect, test } from 'vitest';
import type { TranslationRevision } from '../../schemas/translation-file.ts';
import { englishState, revisionsWithAfter, summarizeEnglish } from '../english-provenance.ts';

describe('englishState', () => {
  test('reviewed and final English is reviewed; any other state with text is a draft', () => {
    expect(englishState({ zh: '甲', en: 'A', state: 'reviewed' }, '甲')).toBe('reviewed');
    expect(englishState({ zh: '甲', en: 'A', state: 'final' }, '甲')).toBe('reviewed');
    expect(englishState({ zh: '甲', en: 'A', state: 'translated' }, '甲')).toBe('draft');
    expect(englishState({ zh: '甲', en: 'A', state: 'initial' }, '甲')).toBe('draft');
  });

  test('English that still leaves a sentence in Chinese is a draft, even marked reviewed or final', () => {
    // As the translation memory writes it (scripts/lib/translate/memory/gaps.ts).
    const partial = 'A. ⟦not yet translated: 乙。⟧';
    expect(englishState({ zh: '甲。乙。', en: partial, state: 'reviewed' }, '甲。乙。')).toBe('draft');
    expect(englishState({ zh: '甲。乙。', en: partial, state: 'final' }, '甲。乙。')).toBe('draft');
  });

  test('no English is pending, whatever its state; changed Chinese is stale, even when reviewed', () => {
    expect(englishState(undefined, '甲')).toBe('pending');
    expect(englishState({ zh: '甲', en: '', state: 'reviewed' }, '甲')).toBe('pending');
    expect(englishState({ zh: '甲', en: 'A', state: 'reviewed' }, '乙')).toBe('stale');
  });
});

describe('summarizeEnglish', () => {
  test('counts reviewed and draft blocks and takes the latest day of blocks and revisions', () => {
    const summary = summarizeEnglish(
      [
        { enState: 'reviewed', enRevised: '2026-11-02' },
        { enState: 'reviewed' },
        { enState: 'draft', enRevised: '2026-10-01' },
        { enState: 'pending' },
        { enState: 'stale', enRevised: '2025-01-01' },
      ],
      [{ date: '2026-11-30' }, { date: '2026-03-01' }],
    );
    expect(summary).toEqual({ reviewed: 2, draft: 1, lastRevised: '2026-11-30' });
  });

  test('a block revised after the last listed revision sets the day', () => {
    expect(summarizeEnglish([{ enState: 'draft', enRevised: '2026-12-24' }], [{ date: '2026-11-30' }]).lastRevised).toBe('2026-12-24');
  });

  test('no day is given when none is known', () => {
    expect(summarizeEnglish([{ enState: 'reviewed' }], [])).toEqual({ reviewed: 1, draft: 0 });
  });
});

describe('revisionsWithAfter', () => {
  const revision = (id: string, before: string, date = '2026-11-30', field?: TranslationRevision['field']): TranslationRevision => ({
    date,
    id,
    kind: 'wording',
    note: '',
    before,
    ...(field ? { field } : {}),
  });
  const current = {
    blocks: new Map([['p8', { en: 'third' }]]),
    glossary: new Map([['jie-fang-si-xiang', { term: 'emancipating the mind', definition: 'd', source: 'now' }]]),
  };

  test('each revision of a block ends where the next one starts, the last at today’s text', () => {
    const withAfter = revisionsWithAfter([revision('p8', 'first', '2026-01-01'), revision('p8', 'second')], current);
    expect(withAfter.map(({ before, after }) => [before, after])).toEqual([
      ['first', 'second'],
      ['second', 'third'],
    ]);
  });

  test('a glossary revision takes the field it changed', () => {
    const [term, source] = revisionsWithAfter(
      [
        revision('glossary:jie-fang-si-xiang', 'freeing the mind', '2026-11-30', 'term'),
        revision('glossary:jie-fang-si-xiang', 'the brief', '2026-11-30', 'source'),
      ],
      current,
    );
    expect(term?.after).toBe('emancipating the mind');
    expect(source?.after).toBe('now');
  });

  test('a revision of a missing block or a glossary revision without its field is refused, naming it', () => {
    expect(() => revisionsWithAfter([revision('p9', 'x')], current)).toThrow('revisions[0] (2026-11-30, p9): no block p9');
    expect(() => revisionsWithAfter([revision('glossary:jie-fang-si-xiang', 'x')], current)).toThrow('needs "field"');
  });
});
