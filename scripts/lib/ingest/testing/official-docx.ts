/**
 * Fixture for the benchmark: a report as a Word document (.docx, written with
 * the docx package), from our own block Markdown: bold leads as bold runs,
 * <sup>/<sub> as raised and lowered runs, one Word paragraph per block.
 * The Markdown is ours (blocks ingest wrote), so only its few shapes are read.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun, type IRunOptions } from 'docx';
import type { OfficialDocument } from './official-layout.ts';

/** A run from options only: TextRun also takes a plain string, and that union would make `bold` look like the deprecated String#bold. */
const textRun = (options: IRunOptions) => new TextRun(options);

/** One block's inline markup → runs: **bold**, <sup>…</sup>, <sub>…</sub>, backslash escapes. */
function runs(markdown: string): TextRun[] {
  const result: TextRun[] = [];
  let bold = false;
  for (const part of markdown.split(/(\*\*|<sup>.*?<\/sup>|<sub>.*?<\/sub>)/)) {
    if (part === '**') bold = !bold;
    else if (part.startsWith('<sup>')) result.push(textRun({ text: part.slice(5, -6), superScript: true, bold }));
    else if (part.startsWith('<sub>')) result.push(textRun({ text: part.slice(5, -6), subScript: true, bold }));
    else if (part !== '') result.push(textRun({ text: part.replace(/\\(.)/g, '$1'), bold }));
  }
  return result;
}

export async function officialDocx(document: OfficialDocument): Promise<Uint8Array> {
  const paragraphs = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(document.title)] }),
    ...document.dateline.map((line) => new Paragraph(line)),
    new Paragraph(document.byline),
    ...document.blocks.map((block) =>
      block.kind === 'heading'
        ? new Paragraph({ heading: block.depth === 3 ? HeadingLevel.HEADING_3 : HeadingLevel.HEADING_2, children: runs(block.markdown) })
        : new Paragraph({ children: runs(block.markdown) }),
    ),
  ];
  return new Uint8Array(await Packer.toBuffer(new Document({ sections: [{ children: paragraphs }] })));
}
