/**
 * The paragraph text that figures are read from: its text as a reader reads it
 * (the one Markdown parse, src/markdown/rehype-block-text.ts) without what
 * sup and sub hold, whose digits are notation, not figures (PM2.5, m²,
 * glossary markers [n]); full-width digits made ASCII.
 */
import { markdownToFigureText } from '../../markdown/plain-text.ts';

export function figureText(markdown: string): string {
  return markdownToFigureText(markdown).replace(/[０-９％．]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
