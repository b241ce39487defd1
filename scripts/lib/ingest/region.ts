/**
 * Regions are shared by all reports of a place. Ingest adds a region it has not
 * seen to `regions.json`, with names derived from the dateline's place
 * (太原市小店区 → 小店区 / Xiaodian District, parent 太原市 / Taiyuan City), and
 * never overwrites an entry an editor has already corrected. The shape of the
 * file is src/schemas/region.ts.
 */
import { pinyin } from 'pinyin-pro';
import type { Region, RegionLevel } from '../../../src/schemas/region.ts';

const SUFFIXES: [string, RegionLevel, string][] = [
  ['自治区', 'province', 'Autonomous Region'],
  ['省', 'province', 'Province'],
  ['自治州', 'city', 'Autonomous Prefecture'],
  ['市', 'city', 'City'],
  ['区', 'district', 'District'],
  ['县', 'county', 'County'],
  ['旗', 'county', 'Banner'],
];

function toPinyinName(zh: string): string {
  const syllables = pinyin(zh, { toneType: 'none', type: 'array' }).join('');
  return syllables.charAt(0).toUpperCase() + syllables.slice(1);
}

function describe(zh: string): { en: string; level: RegionLevel; stem: string } {
  const suffix = SUFFIXES.find(([end]) => zh.endsWith(end) && zh.length > end.length);
  if (!suffix) return { en: toPinyinName(zh), level: 'district', stem: zh };
  const stem = zh.slice(0, -suffix[0].length);
  return { en: `${toPinyinName(stem)} ${suffix[2]}`, level: suffix[1], stem };
}

/** Split a place such as 太原市小店区 into the region and its parent. */
export function deriveRegions(slug: string, place: string): Region[] {
  const split = /^(.+?(?:自治区|省|自治州|市))(.+?(?:区|县|旗|市))$/.exec(place);
  if (!split?.[1] || !split[2]) {
    const own = describe(place);
    return [{ id: slug, name: { zh: place, en: own.en }, level: own.level }];
  }
  const parent = describe(split[1]);
  const own = describe(split[2]);
  // ü as v (吕梁 → lvliang), as glossary keys have it: a slug is plain ASCII.
  const parentSlug = pinyin(parent.stem, { toneType: 'none', type: 'array', v: true }).join('');
  return [
    { id: parentSlug, name: { zh: split[1], en: parent.en }, level: parent.level },
    { id: slug, name: { zh: split[2], en: own.en }, level: own.level, parent: parentSlug },
  ];
}

/** Add derived regions that are missing; returns the new list and the ids added. */
export function mergeRegions(existing: Region[], derived: Region[]): { regions: Region[]; added: string[] } {
  const regions = [...existing];
  const added: string[] = [];
  for (const region of derived) {
    if (regions.some((known) => known.id === region.id)) continue;
    regions.push(region);
    added.push(region.id);
  }
  regions.sort((a, b) => a.id.localeCompare(b.id));
  return { regions, added };
}
