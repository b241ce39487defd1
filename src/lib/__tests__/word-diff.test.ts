import { describe, expect, test } from 'vitest';
import { CONTEXT_WORDS, wordDiff } from '../word-diff.ts';

const text = (parts: ReturnType<typeof wordDiff>, kind: 'same' | 'removed' | 'added') =>
  parts.flatMap((part) => (part.kind === kind ? [part.text] : [])).join('|');

describe('wordDiff', () => {
  test('gives the removed and the added words', () => {
    const parts = wordDiff('the resilience has been severely tested.', 'the resilience has been put to a considerable test.');
    expect(text(parts, 'removed')).toBe('severely tested');
    expect(text(parts, 'added')).toBe('put to a considerable test');
    expect(text(parts, 'same')).toBe('the resilience has been |.');
  });

  test('long unchanged text around a change is cut to a few words of context on each side', () => {
    const filler = (word: string) => Array.from({ length: 40 }, (_, i) => `${word}${String(i)}`).join(' ');
    const parts = wordDiff(`${filler('a')} pensions ${filler('b')}`, `${filler('a')} benefits ${filler('b')}`);
    expect(parts.map((part) => part.kind)).toEqual(['gap', 'same', 'removed', 'added', 'same', 'gap']);
    const [, before, , , after] = parts;
    expect(before?.kind === 'same' && before.text.trim().split(' ')).toHaveLength(CONTEXT_WORDS);
    expect(after?.kind === 'same' && after.text.trim().split(' ')).toHaveLength(CONTEXT_WORDS);
    expect(text(parts, 'removed').trim()).toBe('pensions');
  });

  test('no change gives the text once, kept', () => {
    expect(wordDiff('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
  });
});
