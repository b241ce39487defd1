import { describe, expect, test } from 'vitest';
import { draftBlock } from '../draft-block.ts';
import { TranslationMemory } from '../memory-index.ts';

function memoryOf(...pairs: [string, string][]): TranslationMemory {
  const memory = new TranslationMemory();
  for (const [zh, en] of pairs) memory.add(zh, en, 'a/2023#p1');
  return memory;
}

describe('a block drafted from the memory', () => {
  test('glossary markers are the new report’s, or gone where it has none', () => {
    const memory = memoryOf(['全面落实“惠商保”<sup>[3]</sup>。', 'We implemented "Huishangbao"<sup>[3]</sup>.']);
    expect(draftBlock('全面落实“惠商保”<sup>[1]</sup>。', memory, 85)?.en).toBe('We implemented "Huishangbao"<sup>[1]</sup>.');
    expect(draftBlock('全面落实“惠商保”。', memory, 85)?.en).toBe('We implemented "Huishangbao".');
  });

  test('a bold lead follows the Chinese', () => {
    const memory = memoryOf(['经济运行稳中向好。', 'The economy held up.'], ['民生持续改善。', 'Wellbeing improved.']);
    expect(draftBlock('**经济运行稳中向好。**民生持续改善。', memory, 85)?.en).toBe('**The economy held up.** Wellbeing improved.');
  });

  test('a block less than half covered is not drafted; half is, with the gap in Chinese', () => {
    const memory = memoryOf(['新建公园 5 个。', 'We built 5 parks.']);
    expect(draftBlock('新建公园 6 个。全面推进城市更新行动，城市功能品质持续提升。', memory, 85)).toBeUndefined();
    expect(draftBlock('新建公园 6 个。推进城市更新。', memory, 85)).toEqual({
      en: 'We built 6 parks. ⟦not yet translated: 推进城市更新。⟧',
      match: 100,
      sources: ['a/2023#p1'],
      coverage: 0.5,
      coveredChars: 7,
      gaps: 1,
    });
  });
});
