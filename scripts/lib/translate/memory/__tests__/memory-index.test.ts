import { describe, expect, test } from 'vitest';
import { TranslationMemory } from '../memory-index.ts';
import { matchKey } from '../match-key.ts';

describe('the memory’s lookups', () => {
  const memory = new TranslationMemory();
  // 20 characters once masked: one changed character is a 95% match, three are 85%.
  memory.add('坚持教育优先发展新建中小学一二三四 5 所。', 'We built 5 schools.', 'a/2023#p1');
  memory.add('全年接待游客 1000 万人次。', 'Tourism.', 'a/2023#p2');

  test('a changed figure is still an exact match: figures are masked', () => {
    expect(memory.exact(matchKey('坚持教育优先发展新建中小学一二三四 7 所。')).map((unit) => unit.source)).toEqual(['a/2023#p1']);
  });

  test('fuzzy matches at the threshold are kept, below it not', () => {
    const threeChanged = matchKey('坚持教育优先发展新建中小学五六七四 5 所。');
    expect(memory.search(threeChanged, 0.85, 5).map((match) => match.similarity)).toEqual([0.85]);
    expect(memory.search(threeChanged, 0.86, 5)).toEqual([]);
    expect(memory.search(matchKey('坚持教育优先发展新建中小学五二三四 5 所。'), 0.85, 5)[0]?.similarity).toBeCloseTo(0.95);
  });
});
