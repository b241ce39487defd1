/** Figures in plain English, for the messages of the figure check. */
import type { Figure } from './figure.ts';
import { QUALIFIER_WORDS } from './qualifiers.ts';

function ordinalSuffix(value: number): string {
  const lastTwo = value % 100;
  if (lastTwo >= 11 && lastTwo <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][value % 10] ?? 'th';
}

/** A figure in plain English for messages: "158,062,000,000", "2.1%", "61st", "more than 43,000", "80% or more". */
export function describeFigure(figure: Figure): string {
  const number = figure.value.toLocaleString('en-US', { maximumFractionDigits: 10 });
  const plain =
    figure.kind === 'percent'
      ? `${number}%`
      : figure.kind === 'ordinal' && Number.isInteger(figure.value)
        ? `${number}${ordinalSuffix(figure.value)}`
        : number;
  if (figure.qualifier === undefined) return plain;
  return figure.qualifier === 'or-more' ? `${plain} or more` : `${QUALIFIER_WORDS[figure.qualifier]} ${plain}`;
}
