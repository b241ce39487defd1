/**
 * Which standard indicator a subject names (content/indicators.json): the
 * longest of all indicators' names that ends the subject, so 区域地区生产总值
 * wins over 地区生产总值 and 人均地区生产总值 is not GDP. What comes before the
 * name may only be a place (小店区, 全区), a time (今年, 全年) or a verb of
 * intent (力争, 确保): 工业固定资产投资 is not 固定资产投资.
 */
import type { Indicator } from '../../schemas/indicators.ts';

export interface IndicatorMatch {
  indicator: Indicator;
  /** The name as the subject writes it. */
  name: string;
  /** Where the name starts in the subject. */
  start: number;
}

/** Words allowed before an indicator's name, repeated: 其中, 力争全区, 今年全年, 小店区, 全市的. */
const ALLOWED_BEFORE =
  /^(?:(?:其中|力争|确保|预计|预期|实现|推动|全年|今年|去年|上年|当年|全口径|全|我|本)|[\u4e00-\u9fff]{1,6}?(?:区|县|市|省|旗|州|盟)|的|\s)*$/;

/** A matcher over a vocabulary: names tried longest first. */
export function indicatorMatcher(indicators: readonly Indicator[]): (subject: string) => IndicatorMatch | undefined {
  const names = indicators
    .flatMap((indicator) => indicator.names.map((name) => ({ indicator, name, bare: name.replace(/\s+/g, '') })))
    .sort((a, b) => b.bare.length - a.bare.length);
  return (subject) => {
    const bare = subject.replace(/\s+/g, '');
    for (const candidate of names) {
      if (!bare.endsWith(candidate.bare)) continue;
      const before = bare.slice(0, bare.length - candidate.bare.length);
      if (!ALLOWED_BEFORE.test(before)) continue;
      const start = offsetOfNonSpace(subject, before.length);
      return { indicator: candidate.indicator, name: subject.slice(start).trim(), start };
    }
    return undefined;
  };
}

/** Where in `text` the character after its first `count` non-space characters is. */
function offsetOfNonSpace(text: string, count: number): number {
  let seen = 0;
  for (let index = 0; index < text.length; index++) {
    if (/\s/.test(text.charAt(index))) continue;
    if (seen === count) return index;
    seen++;
  }
  return text.length;
}
