import { describe, expect, test } from 'vitest';
import { DEFAULT_MODEL } from '../align.ts';
import { alignParagraph } from '../align-paragraph.ts';

const TERMS = [{ zh: ['信创'], en: 'IT application innovation', source: 'test', strength: '—' as const }];

describe('a stored paragraph aligned sentence by sentence', () => {
  test('one to one, and a Chinese sentence the English split in two', () => {
    const zh = '建成高标准农田 1.15 万亩。信创产业集聚区成形起势，注册企业 600 余家。草莓小镇如期开园。';
    const en =
      'We built 11,500 mu of high-standard farmland. The IT application innovation industry cluster took shape. More than 600 enterprises registered there. Strawberry Town opened on schedule.';
    expect(alignParagraph(zh, en, DEFAULT_MODEL, TERMS)).toEqual([
      { zh: '建成高标准农田 1.15 万亩。', en: 'We built 11,500 mu of high-standard farmland.' },
      {
        zh: '信创产业集聚区成形起势，注册企业 600 余家。',
        en: 'The IT application innovation industry cluster took shape. More than 600 enterprises registered there.',
      },
      { zh: '草莓小镇如期开园。', en: 'Strawberry Town opened on schedule.' },
    ]);
  });

  test('figures decide where lengths alone would not', () => {
    // By length alone the middle English sentence could go with either neighbour; its figure says which.
    const zh = '新建公园 5 个。新增绿道 12 条，绿地 3 块。';
    const en = 'We built 5 parks. We added 12 greenways. We also added 3 green spaces.';
    expect(alignParagraph(zh, en, DEFAULT_MODEL, [])).toEqual([
      { zh: '新建公园 5 个。', en: 'We built 5 parks.' },
      { zh: '新增绿道 12 条，绿地 3 块。', en: 'We added 12 greenways. We also added 3 green spaces.' },
    ]);
  });

  test('no alignment when the figures cannot be paired: the paragraph is used only whole', () => {
    expect(
      alignParagraph('新建公园 5 个。新增绿道 12 条。', 'We built 6 parks. We added 12 greenways.', DEFAULT_MODEL, []),
    ).toBeUndefined();
  });
});
