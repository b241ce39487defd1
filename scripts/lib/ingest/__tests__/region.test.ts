/** The regions ingest derives from a dateline's place are valid entries of regions.json. */
import { expect, test } from 'vitest';
import { regionsFileSchema } from '../../../../src/schemas/region.ts';
import { deriveRegions } from '../region.ts';

test('a district and its city, the city slug in plain ASCII (吕梁 → lvliang, not lüliang)', () => {
  const regions = deriveRegions('lvliang-lishi', '吕梁市离石区');
  expect(regions).toEqual([
    { id: 'lvliang', name: { zh: '吕梁市', en: 'Lüliang City' }, level: 'city' },
    { id: 'lvliang-lishi', name: { zh: '离石区', en: 'Lishi District' }, level: 'district', parent: 'lvliang' },
  ]);
  expect(regionsFileSchema.safeParse(regions).success).toBe(true);
});
