/**
 * The dateline under a report's title, in the shapes the genre uses:
 *
 *     ——2024年2月21日在太原市小店区第六届人民代表大会第五次会议上
 *     （2023年1月5日在县十届人大二次会议上）
 *     ―― 二〇二六年一月二十六日在××省第十四届人民代表大會第四次會議上
 *
 * with any dash or none, Arabic or Chinese numerals, simplified or traditional
 * characters (matched on a simplified copy, sliced from the original).
 */
import { parseChineseDigits, parseChineseNumeral } from '../../../src/lib/chinese-numerals.ts';
import { foldScript } from './script-folding.ts';

export interface Dateline {
  /** ISO date, e.g. 2024-02-21. */
  deliveredOn: string;
  /** The place before the congress's name, as printed ('' when the dateline names none, as in 在县十届人大二次会议上). */
  place: string;
  /** The congress's name as printed, e.g. 第六届人民代表大会第五次会议 or 区十五届人大四次会议. */
  occasion: string;
}

const NUM = '[0-9０-９〇○ＯO零一二两三四五六七八九十]';
const DATE = `(${NUM}{2,4})\\s*年\\s*(${NUM}{1,3}|元)\\s*月\\s*(${NUM}{1,3})\\s*日`;
/** The weekday some datelines add after the date: （星期三）. */
const WEEKDAY = '(?:\\s*[（(]星期[一二三四五六日天][）)])?';
/** ——2024年2月21日在…会议上 (with any dash, in brackets, with the weekday). */
const DATELINE = new RegExp(
  `^[—―－\\-–~～_]*\\s*[（(]?\\s*${DATE}${WEEKDAY}\\s*在\\s*(.+?)\\s*(?:上|上的(?:讲话|报告))?\\s*[）)]?\\s*$`,
  'd',
);
/** ——在…会议上（2025年1月11日）: the meeting first, the date after it (often on the next line). */
const MEETING_FIRST = new RegExp(`^[—―－\\-–~～_]*\\s*在\\s*(.+?)\\s*上\\s*[（(]\\s*${DATE}${WEEKDAY}\\s*[）)]\\s*$`, 'd');
const CN = '[〇零一二两三四五六七八九十]';
/** The congress: [区]第六届人民代表大会第五次会议, 十五届人大四次会议, …第一次全体会议. */
const OCCASION = new RegExp(
  `(?:[省市区县州旗盟])?第?${CN}+届\\s*(?:人民代表大会|人大)(?:常务委员会|常委会)?\\s*第?${CN}+次\\s*(?:全体)?会议(?:第?${CN}+次全体会议)?(?:开幕会|开幕式)?$`,
);

/** Read a dateline from its text (lines already joined); undefined if it is not one. */
export function readDateline(text: string): Dateline | undefined {
  const folded = foldScript(text);
  const dateFirst = DATELINE.exec(folded);
  const meetingFirst = dateFirst ? null : MEETING_FIRST.exec(folded);
  const match = dateFirst ?? meetingFirst;
  const indices = match?.indices;
  if (!match || !indices) return undefined;
  // Group numbers: date-first: year, month, day, meeting; meeting-first: meeting, year, month, day.
  const [yearAt, monthAt, dayAt, meetingAt] = dateFirst ? [1, 2, 3, 4] : [2, 3, 4, 1];
  const year = readYear(match[yearAt] ?? '');
  const month = match[monthAt] === '元' ? 1 : readNumber(match[monthAt] ?? '');
  const day = readNumber(match[dayAt] ?? '');
  if (year === undefined || month === undefined || day === undefined) return undefined;
  const [from, to] = indices[meetingAt] ?? [0, 0];
  const where = text.slice(from, to).trim();
  // Every dateline of the genre ends by naming a meeting; otherwise the line is cut short
  // (its meeting is on the next line) or runs on into something else.
  if (!/(?:会议|大会|会|开幕式|闭幕式)$/.test(foldScript(where).replace(/\s/g, ''))) return undefined;
  const occasion = OCCASION.exec(foldScript(where).replace(/\s+$/, ''));
  let split = occasion ? occasion.index : 0;
  // The level character before 第六届 / 十五届 is the place's: 太原市小店区|第六届…; alone
  // (在区十五届人大四次会议上) it names no place of its own and stays only in the dateline.
  const levelFirst = occasion && /^[省市区县州旗盟]/.test(occasion[0]);
  if (levelFirst) split++;
  const place = levelFirst && split === 1 ? '' : where.slice(0, split).trim();
  const occasionText = where.slice(split).trim();
  return {
    deliveredOn: `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
    place,
    occasion: occasionText,
  };
}

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (digit) => String(digit.charCodeAt(0) - 0xff10));
}

/** 2024, 二〇二四 or 二零二四 (or with ○, Ｏ or O, as typed when 〇 is not at hand). */
function readYear(raw: string): number | undefined {
  const ascii = toAsciiDigits(raw);
  if (/^\d{4}$/.test(ascii)) return Number(ascii);
  return [...raw].length === 4 ? parseChineseDigits(raw) : undefined;
}

function readNumber(text: string): number | undefined {
  const ascii = toAsciiDigits(text);
  if (/^\d{1,2}$/.test(ascii)) return Number(ascii);
  return parseChineseNumeral(text);
}
