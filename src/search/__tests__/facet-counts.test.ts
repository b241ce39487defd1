import { expect, test } from 'vitest';
import { countFromMembers, emptySelection, passesSelection, type FacetMembers } from '../facet-counts.ts';

// Four results: a and b from Hexi, c and d from Fenhe; a and c in 2024, b and d in 2025; d is English.
const members: FacetMembers = {
  region: new Map([
    ['hexi', new Set(['a', 'b'])],
    ['fenhe', new Set(['c', 'd'])],
  ]),
  year: new Map([
    ['2024', new Set(['a', 'c'])],
    ['2025', new Set(['b', 'd'])],
  ]),
  part: new Map([['1', new Set(['a', 'b', 'c', 'd'])]]),
  kind: new Map([['paragraph', new Set(['a', 'b', 'c', 'd'])]]),
  language: new Map([
    ['zh', new Set(['a', 'b', 'c'])],
    ['en', new Set(['d'])],
  ]),
};
const ids = ['a', 'b', 'c', 'd'];

test('without a selection every value counts all its results', () => {
  const counts = countFromMembers(ids, members, emptySelection());
  expect(Object.fromEntries(counts.region)).toEqual({ hexi: 2, fenhe: 2 });
  expect(Object.fromEntries(counts.language)).toEqual({ zh: 3, en: 1 });
});

test('a facet’s own selection leaves its other values counted; the other facets’ selections narrow them', () => {
  const selection = { ...emptySelection(), region: ['hexi'], year: ['2025'] };
  const counts = countFromMembers(ids, members, selection);
  // Region counts apply the year (2025: b, d), not the region itself.
  expect(Object.fromEntries(counts.region)).toEqual({ hexi: 1, fenhe: 1 });
  // Year counts apply the region (Hexi: a, b).
  expect(Object.fromEntries(counts.year)).toEqual({ '2024': 1, '2025': 1 });
  // Other facets apply both: only b.
  expect(Object.fromEntries(counts.language)).toEqual({ zh: 1, en: 0 });
});

test('ticked values of one facet are alternatives, facets together all apply', () => {
  const either = { ...emptySelection(), region: ['hexi', 'fenhe'] };
  expect(ids.filter((id) => passesSelection(id, members, either))).toEqual(ids);
  const both = { ...either, language: ['en'] };
  expect(ids.filter((id) => passesSelection(id, members, both))).toEqual(['d']);
  expect(ids.filter((id) => passesSelection(id, members, both, 'language'))).toEqual(ids);
});
