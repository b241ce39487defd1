/**
 * The title block at the top of a report, found wherever the source puts it:
 *
 *     ××县第十届人民代表大会第二次会议文件      ← header line (optional)
 *     政府工作报告                              ← title (or the page headline, or --title)
 *     ——2024年2月21日在太原市小店区             ← dateline, over one to three lines
 *     第六届人民代表大会第五次会议上
 *     区长 康建斌                               ← byline (before or after the dateline)
 *
 * Everything is kept verbatim (title, dateline and byline as the source has
 * them); the date, place, occasion, role and speaker are read out of that
 * text. Lines before the title block are page furniture (a web copy's
 * breadcrumbs, 来源/时间 lines); each is listed, and one that does not look
 * like furniture is also a warning.
 */
import { readOutlineNumbering } from './outline.ts';
import { markdownToPlainText } from '../../../src/markdown/plain-text.ts';
import { readDateline } from './dateline.ts';
import type { Diagnostics } from './diagnostics.ts';
import { isFurnitureLine } from './furniture.ts';
import { foldScript } from './script-folding.ts';
import type { SourceLine } from './source-line.ts';

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
  /** A document header above the title, e.g. ××县第十届人民代表大会第二次会议文件; '' if none. */
  header: string;
  /** Where the title came from. */
  titleFrom: 'title line' | 'page headline' | '--title';
  /** Source lines the title block occupied. */
  lines: number[];
}

export interface TitleBlockOverrides {
  title?: string | undefined;
  speaker?: string | undefined;
  deliveredOn?: string | undefined;
  regionName?: string | undefined;
}

export interface TakenTitleBlock {
  titleBlock: TitleBlock;
  /** Index in `lines` of the first line of the body. */
  bodyStart: number;
  /** Lines before and inside the title block removed as page furniture. */
  furniture: SourceLine[];
}

/** How far into the source the title block is looked for. */
const SEARCH_LINES = 60;
const BYLINE =
  /^([\u4e00-\u9fff]{0,12}?(?:省|市|区|县|州|旗|盟|镇|乡)长|[\u4e00-\u9fff]{0,12}?主席)[\s\u3000]*([\u4e00-\u9fff·・][\u4e00-\u9fff·・\s\u3000]{0,24})$/;
/** ××县第十届人民代表大会第二次会议文件, with or without its number: 文件（1）, 文件之一. */
const HEADER =
  /(?:会议文件|会议材料|文件之[一二三四五六七八九十]+)(?:[（(〔][0-9一二三四五六七八九十]+[）)〕]|之[一二三四五六七八九十]+)?$/;

export function plainOf(line: SourceLine): string {
  return markdownToPlainText(line.markdown).trim();
}

/** Folded for matching: simplified, without spaces. */
function matchable(line: SourceLine | undefined): string {
  return line ? foldScript(plainOf(line)).replace(/[\s\u3000]/g, '') : '';
}

export function isTitleLike(line: SourceLine | undefined): boolean {
  return line !== undefined && isTitleText(plainOf(line));
}

/** True for text that is a report's title or a page headline naming it (…政府工作报告, …（全文）). */
export function isTitleText(plain: string): boolean {
  const text = foldScript(plain).replace(/[\s\u3000]/g, '');
  // A breadcrumb (首页 > 政务公开 > 政府工作报告) ends like a title but is furniture.
  if (/[>＞»›]/.test(text)) return false;
  const core = text.replace(/^[《〈]|[》〉]$/g, '').replace(/[（(【[](?:全文|摘要|全文实录|附名词解释)[）)】\]]$/, '');
  return text.length <= 40 && /政府工作报告[）)]?$/.test(core) && !/[。；！？]/.test(text);
}

/** The byline's role and name, or undefined. */
export function readByline(plain: string): { role: string; name: string } | undefined {
  const folded = foldScript(plain.trim());
  const match = BYLINE.exec(folded);
  if (!match?.[1] || !match[2]) return undefined;
  const name = plain
    .trim()
    .slice(match[1].length)
    .replace(/[\s\u3000]/g, '');
  // Han names have two to four characters; transcribed names (阿不都热依木·买买提) join parts with ·.
  const parts = name.split(/[·・]/);
  if ([...name].length < 2 || (parts.length === 1 && [...name].length > 5) || parts.some((part) => part === '' || [...part].length > 8))
    return undefined;
  return { role: plain.trim().slice(0, match[1].length), name };
}

/** True for a line that already belongs to the body: 各位代表, a part heading, a long paragraph. */
function isBodyLine(line: SourceLine): boolean {
  const text = matchable(line);
  if (/^各位代表/.test(text)) return true;
  if (readOutlineNumbering(text)?.kind === 'part') return true;
  return [...text].length >= 60 && /[。；]/.test(text);
}

function findDateline(lines: SourceLine[], from: number, to: number): { at: number; count: number; text: string } | undefined {
  for (let at = from; at < to; at++) {
    // The longest reading wins: a first line can read as a dateline whose meeting is cut short.
    for (let count = Math.min(3, to - at); count >= 1; count--) {
      const text = lines
        .slice(at, at + count)
        .map(plainOf)
        .join('');
      if (readDateline(text)) return { at, count, text };
    }
  }
  return undefined;
}

export function takeTitleBlock(
  lines: SourceLine[],
  diagnostics: Diagnostics,
  overrides: TitleBlockOverrides = {},
): TakenTitleBlock | undefined {
  let firstBody = lines.findIndex(isBodyLine);
  if (firstBody === -1) firstBody = lines.length;
  const limit = Math.min(firstBody, SEARCH_LINES);
  const dateline = findDateline(lines, 0, limit);
  let titleAt = -1;
  for (let at = (dateline?.at ?? limit) - 1; at >= 0; at--) {
    if (isTitleLike(lines[at])) {
      titleAt = at;
      break;
    }
  }
  const datelineLines = dateline ? Array.from({ length: dateline.count }, (_, k) => dateline.at + k) : [];
  const afterDateline = dateline ? dateline.at + dateline.count : titleAt + 1;
  let bylineAt = -1;
  for (let at = Math.max(titleAt + 1, 0); at < Math.min(limit, afterDateline + 2); at++) {
    if (datelineLines.includes(at)) continue;
    if (readByline(plainOf(lines[at] as SourceLine))) {
      bylineAt = at;
      break;
    }
  }
  const headerAt = titleAt > 0 && HEADER.test(matchable(lines[titleAt - 1])) ? titleAt - 1 : -1;
  const members = [headerAt, titleAt, bylineAt, ...datelineLines].filter((at) => at >= 0);
  if (members.length === 0) {
    const at = lines[0]?.line ?? 0;
    diagnostics.error(
      at,
      'this file holds no report: no title (政府工作报告) and no dateline such as "——2024年2月21日在太原市小店区第六届人民代表大会第五次会议上" was found at its start',
    );
    return undefined;
  }
  const start = Math.min(...members);
  const end = Math.max(...members) + 1;
  const furniture: SourceLine[] = [];
  for (let at = 0; at < end; at++) {
    if (members.includes(at)) continue;
    const line = lines[at] as SourceLine;
    if (at > start && !isFurnitureLine(plainOf(line))) {
      diagnostics.error(
        line.line,
        `a line inside the title block is neither the title, the dateline, the byline nor page furniture: “${plainOf(line)}”`,
      );
      continue;
    }
    if (at < start && !isFurnitureLine(plainOf(line)) && !isTitleLike(line))
      diagnostics.warning(line.line, `dropped as page furniture before the report's title block: “${plainOf(line).slice(0, 40)}”`);
    furniture.push(line);
  }

  let title = titleAt >= 0 ? plainOf(lines[titleAt] as SourceLine) : '';
  let titleFrom: TitleBlock['titleFrom'] = titleAt >= 0 && titleAt < start ? 'page headline' : 'title line';
  if (titleAt >= 0 && headerAt === -1 && lines[titleAt] && lines.slice(0, titleAt).every((l) => furniture.includes(l)) && titleAt !== start)
    titleFrom = 'page headline';
  if (overrides.title) {
    if (title && title !== overrides.title)
      diagnostics.warning(lines[titleAt]?.line ?? 0, `--title "${overrides.title}" replaces the title “${title}” read from the source`);
    title = overrides.title;
    titleFrom = '--title';
  }
  if (!title) {
    diagnostics.error(
      lines[start]?.line ?? 0,
      'the report has no title line (such as 政府工作报告) and the page has no headline naming it; give it with --title "2025年政府工作报告"',
    );
    return undefined;
  }

  let deliveredOn = overrides.deliveredOn ?? '';
  let place = '';
  let occasion = '';
  if (dateline) {
    const read = readDateline(dateline.text);
    if (read) ({ deliveredOn, place, occasion } = { ...read, deliveredOn: overrides.deliveredOn ?? read.deliveredOn });
  } else if (!overrides.deliveredOn) {
    diagnostics.error(
      lines[titleAt + 1]?.line ?? lines[start]?.line ?? 0,
      'the title block has no dateline such as "——2024年2月21日在太原市小店区第六届人民代表大会第五次会议上" under the title; if the source has none, give the date with --delivered-on 2025-01-08',
    );
    return undefined;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(deliveredOn) || Number.isNaN(Date.parse(deliveredOn))) {
    diagnostics.error(lines[dateline?.at ?? start]?.line ?? 0, `the dateline's date ${deliveredOn} is not a calendar date`);
    return undefined;
  }
  if (!place && overrides.regionName) place = overrides.regionName;

  let byline = bylineAt >= 0 ? plainOf(lines[bylineAt] as SourceLine) : '';
  let speaker = bylineAt >= 0 ? readByline(byline) : undefined;
  if (overrides.speaker) {
    const given = readByline(overrides.speaker);
    if (!given) diagnostics.error(0, `--speaker "${overrides.speaker}" should be a role and a name, such as "区长 康建斌"`);
    else if (!speaker) {
      byline = '';
      speaker = given;
    }
  }
  if (!speaker)
    diagnostics.warning(
      lines[start]?.line ?? 0,
      'the title block names no speaker (a line such as "区长 康建斌"); the report will show none (give one with --speaker "区长 康建斌")',
    );
  return {
    titleBlock: {
      title,
      dateline: dateline?.text ?? '',
      deliveredOn,
      place,
      occasion,
      byline,
      role: speaker?.role ?? '',
      speaker: speaker?.name ?? '',
      header: headerAt >= 0 ? plainOf(lines[headerAt] as SourceLine) : '',
      titleFrom,
      lines: members.sort((a, b) => a - b).map((at) => lines[at]?.line ?? 0),
    },
    bodyStart: end,
    furniture,
  };
}

/** A second title block after the first: a title-like line with a dateline right under it. */
export function findSecondReport(lines: SourceLine[], from: number): SourceLine | undefined {
  for (let at = from; at < lines.length; at++) {
    if (!isTitleLike(lines[at])) continue;
    if (findDateline(lines, at + 1, Math.min(lines.length, at + 5))) return lines[at];
  }
  return undefined;
}
