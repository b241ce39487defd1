/**
 * The title block at the top of a report:
 *
 *     # 政府工作报告
 *
 *     ——2024年2月21日在太原市小店区
 *     第六届人民代表大会第五次会议上
 *
 *     区长 康建斌
 *
 * Everything is kept verbatim (the dateline and byline as the source has them);
 * the date, place, occasion, role and speaker are read out of that text.
 */
import type { Diagnostics } from './diagnostics.ts';
import type { SourceBlock } from './split-blocks.ts';
import { isHeadingLine } from './split-blocks.ts';

export interface TitleBlock {
  title: string;
  /** The dateline exactly as printed, line breaks removed. */
  dateline: string;
  /** ISO date, e.g. 2024-02-21. */
  deliveredOn: string;
  /** The place named in the dateline, e.g. 太原市小店区. */
  place: string;
  /** e.g. 第六届人民代表大会第五次会议. */
  occasion: string;
  /** The byline exactly as printed, e.g. 区长 康建斌; empty when absent. */
  byline: string;
  role: string;
  speaker: string;
  /** Source lines the title block occupied. */
  lines: number[];
}

const DATELINE = /^[—－-]*\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*在(.+?)(第.+?会议)上?$/;
const BYLINE = /^([\u4e00-\u9fff]{1,12})[ \u3000]+([\u4e00-\u9fff·]{2,8})$/;

/** Remove the title block from the front of `blocks`; returns it and the rest. */
export function takeTitleBlock(
  blocks: SourceBlock[],
  diagnostics: Diagnostics,
): { titleBlock: TitleBlock; rest: SourceBlock[] } | undefined {
  const first = blocks[0];
  const firstLine = first?.lines[0] ?? '';
  if (!first || !isHeadingLine(firstLine) || first.lines.length !== 1) {
    diagnostics.error(first?.line ?? 0, 'this does not look like a report: it should start with the title heading, e.g. "# 政府工作报告"');
    return undefined;
  }
  const title = firstLine
    .replace(/^#+\s*/, '')
    .replace(/^\*\*(.*)\*\*$/, '$1')
    .trim();
  const lines = [first.line];
  let index = 1;
  let dateline: RegExpExecArray | null = null;
  let datelineText = '';
  let byline: RegExpExecArray | null = null;
  while (index < blocks.length && index <= 3) {
    const block = blocks[index];
    if (!block || isHeadingLine(block.lines[0] ?? '')) break;
    const joined = block.lines.map((line) => line.trim()).join('');
    const asDateline: RegExpExecArray | null = dateline ? null : DATELINE.exec(joined);
    const asByline: RegExpExecArray | null = byline || block.lines.length !== 1 ? null : BYLINE.exec(joined);
    if (asDateline) {
      dateline = asDateline;
      datelineText = joined;
    } else if (asByline) byline = asByline;
    else break;
    lines.push(block.line);
    index++;
  }
  if (!dateline) {
    diagnostics.error(
      blocks[1]?.line ?? first.line,
      'the title block has no dateline such as "——2024年2月21日在太原市小店区第六届人民代表大会第五次会议上" under the title',
    );
    return undefined;
  }
  if (!byline)
    diagnostics.warning(first.line, 'the title block names no speaker (a line such as "区长 康建斌"); the report will show none');
  const [, year, month, day, place, occasion] = dateline;
  const deliveredOn = `${year}-${month?.padStart(2, '0')}-${day?.padStart(2, '0')}`;
  if (Number.isNaN(Date.parse(deliveredOn))) {
    diagnostics.error(lines[1] ?? 0, `the dateline's date ${deliveredOn} is not a calendar date`);
    return undefined;
  }
  return {
    titleBlock: {
      title,
      dateline: datelineText,
      deliveredOn,
      place: (place ?? '').trim(),
      occasion: occasion ?? '',
      byline: byline?.[0] ?? '',
      role: byline?.[1] ?? '',
      speaker: byline?.[2] ?? '',
      lines,
    },
    rest: blocks.slice(index),
  };
}
