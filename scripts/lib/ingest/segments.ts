/**
 * After the title block, a report's lines fall into segments: the body, then
 * possibly a glossary (名词解释, 注释 … with or without 附件2 before it) and
 * appendices (附件1 主要指标…, 附表, 说明), in any order. Appendices become
 * parts of their own, never part of the last section; the glossary becomes
 * entries.
 */
import type { Diagnostics } from './diagnostics.ts';
import { isGlossaryHeading } from './glossary.ts';
import { foldScript } from './script-folding.ts';
import type { SourceLine } from './source-line.ts';
import { plainOf } from './title-block.ts';

export interface Appendix {
  heading: SourceLine;
  lines: SourceLine[];
  /** The line of the appendix's title when it stood under a bare 附件1 and was joined to it. */
  joinedTitleLine?: number;
}

export interface Segments {
  body: SourceLine[];
  /** The glossary heading lines (附件2 and 名词解释 when on two lines); empty if none. */
  glossaryHeading: SourceLine[];
  glossary: SourceLine[];
  appendices: Appendix[];
}

const BARE_ATTACHMENT = /^附件[0-9一二三四五六七八九十]*[:：]?$/;
/** 附件：2025年政府工作报告.pdf: a link to a file, not an appendix of the text. */
export const ATTACHED_FILE = /\.(?:pdf|docx?|wps|xlsx?|et|zip|rar|ofd)\s*$/i;
const APPENDIX = /^(?:附件|附表)[0-9一二三四五六七八九十]*(?:[:：.、\s]|$)|^说明[:：]?$/;

function matchable(line: SourceLine): string {
  return foldScript(plainOf(line)).replace(/[\s\u3000]/g, '');
}

function isAppendixHeading(line: SourceLine): boolean {
  const text = foldScript(plainOf(line)).trim();
  if (ATTACHED_FILE.test(text)) return false;
  return !line.table && [...text].length <= 40 && !/[。；]/.test(text) && APPENDIX.test(text);
}

/** A short title line without sentence punctuation. */
function isAppendixTitle(line: SourceLine): boolean {
  const text = plainOf(line);
  return !line.table && [...text].length <= 30 && !/[。；，：:]/.test(text) && !isGlossaryHeading(line.markdown);
}

export function splitSegments(lines: SourceLine[], diagnostics: Diagnostics): Segments {
  const segments: Segments = { body: [], glossaryHeading: [], glossary: [], appendices: [] };
  let state: 'body' | 'glossary' | 'appendix' = 'body';
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index] as SourceLine;
    const next = lines[index + 1];
    // A footnote or endnote of a Word document is a glossary entry wherever it stands.
    if (line.note !== undefined) {
      segments.glossary.push(line);
      continue;
    }
    const short = [...plainOf(line)].length <= 40 && !line.table;
    if (short && isGlossaryHeading(line.markdown)) {
      if (state === 'glossary' || segments.glossary.length > 0)
        diagnostics.error(line.line, 'a second 名词解释 heading; the report can have one glossary');
      segments.glossaryHeading.push(line);
      state = 'glossary';
      continue;
    }
    if (short && BARE_ATTACHMENT.test(matchable(line)) && next && isGlossaryHeading(next.markdown)) {
      segments.glossaryHeading.push(line);
      continue;
    }
    if (isAppendixHeading(line) && (state !== 'body' || segments.body.length > 0)) {
      // 附件1 alone on its line, its title on the next: one heading, 附件1 主要指标.
      if (BARE_ATTACHMENT.test(matchable(line)) && next && isAppendixTitle(next)) {
        segments.appendices.push({
          heading: { ...line, markdown: `${plainOf(line)} ${plainOf(next)}` },
          lines: [],
          joinedTitleLine: next.line,
        });
        index++;
      } else segments.appendices.push({ heading: line, lines: [] });
      state = 'appendix';
      continue;
    }
    if (state === 'body') segments.body.push(line);
    else if (state === 'glossary') {
      if (line.hashes > 0)
        diagnostics.error(line.line, 'a heading inside the 名词解释 list; the glossary must be the last section of the report');
      else segments.glossary.push(line);
    } else segments.appendices.at(-1)?.lines.push(line);
  }
  if (segments.glossaryHeading.length > 0 && segments.glossary.length === 0)
    diagnostics.error(segments.glossaryHeading.at(-1)?.line ?? 0, 'the 名词解释 section has no entries that could be read');
  return segments;
}
