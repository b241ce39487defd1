import { expect, test } from 'vitest';
import { markdownToFigureText, markdownToPlainText } from '../../../markdown/plain-text.ts';
import { maskNotation, NOTATION_MASK } from '../notation-mask.ts';

const masked = (markdown: string) => maskNotation(markdownToPlainText(markdown), markdownToFigureText(markdown));
const M = NOTATION_MASK;

test('sup and sub are blanked character for character, so offsets still point into the text a reader sees', () => {
  expect(masked('PM<sub>2.5</sub>浓度下降 5%，安置 36 万 m<sup>2</sup>')).toBe(`PM${M}${M}${M}浓度下降 5%，安置 36 万 m${M}`);
  expect(masked('PM<sub>2.5</sub>浓度').length).toBe(markdownToPlainText('PM<sub>2.5</sub>浓度').length);
});

test('glossary markers are not in the text at all, and full-width digits are read as digits', () => {
  expect(masked('落实“惠商保”<sup>[1]</sup>，增长２．１％')).toBe('落实“惠商保”，增长2.1%');
});
