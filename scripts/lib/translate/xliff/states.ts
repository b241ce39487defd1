/**
 * Block states (src/schemas/translation-file.ts: the XLIFF 2 states) in XLIFF
 * files. XLIFF 2.x writes them as they are (`<segment state>`). XLIFF 1.2 has
 * other words on `<target state>`; the mapping is one to one, so an unchanged
 * file imports to the same state:
 *
 * | en.json    | XLIFF 1.2 written   | XLIFF 1.2 also read as this state                                                |
 * | ---------- | ------------------- | -------------------------------------------------------------------------------- |
 * | initial    | `needs-translation` | `new`                                                                            |
 * | translated | `translated`        | `needs-review-translation`, `needs-review-l10n`, `needs-review-adaptation`, `needs-l10n`, `needs-adaptation` |
 * | reviewed   | `signed-off`        |                                                                                  |
 * | final      | `final`             |                                                                                  |
 *
 * A 1.2 `needs-review-*` state is a draft awaiting review, so it reads as
 * translated, never as reviewed. A target without a state keeps the block's
 * state when its text is unchanged, and is a translated draft when the text
 * changed (a tool that records no state cannot have reviewed it).
 */
import type { TranslationState } from '../../../../src/schemas/translation-file.ts';
import type { XliffVersion } from './inline-elements.ts';

export const STATE_TO_12: Record<TranslationState, string> = {
  initial: 'needs-translation',
  translated: 'translated',
  reviewed: 'signed-off',
  final: 'final',
};

const STATE_FROM_12: Record<string, TranslationState> = {
  new: 'initial',
  'needs-translation': 'initial',
  'needs-l10n': 'translated',
  'needs-adaptation': 'translated',
  'needs-review-translation': 'translated',
  'needs-review-l10n': 'translated',
  'needs-review-adaptation': 'translated',
  translated: 'translated',
  'signed-off': 'reviewed',
  final: 'final',
};

const STATES_2: readonly TranslationState[] = ['initial', 'translated', 'reviewed', 'final'];

/** The state a file's state attribute stands for; undefined for a value no XLIFF version defines. */
export function stateFromXliff(value: string, version: XliffVersion): TranslationState | undefined {
  if (version === '1.2') return Object.hasOwn(STATE_FROM_12, value) ? STATE_FROM_12[value] : undefined;
  return STATES_2.find((state) => state === value);
}

/** The least advanced of several states (a 2.x unit a tool split into segments is as far as its least advanced one). */
export function leastAdvanced(states: readonly TranslationState[]): TranslationState | undefined {
  return STATES_2.find((state) => states.includes(state));
}
