/**
 * The zh→en term base (content/termbase.json): one rendering per term across
 * the site. The rule, shared by the tests and `npm run translate -- check`:
 * where a Chinese block contains a term, its English contains the rendering
 * (or one of the listed inflected forms). The file's shape is in
 * src/schemas/termbase.ts.
 */
import type { TermBaseEntry } from '../schemas/termbase.ts';

export interface TermProblem {
  id: string;
  term: string;
  message: string;
}

function containsTerm(chinese: string, form: string, exclude: readonly string[]): boolean {
  const cleaned = exclude.reduce((text, longer) => text.split(longer).join(''), chinese);
  return cleaned.includes(form);
}

/** The term base entries a Chinese text calls for, each with the form of the term it contains. */
export function termsIn(termBase: readonly TermBaseEntry[], chinese: string): { entry: TermBaseEntry; form: string }[] {
  return termBase.flatMap((entry) => {
    const form = entry.zh.find((candidate) => containsTerm(chinese, candidate, entry.exclude ?? []));
    return form ? [{ entry, form }] : [];
  });
}

export function checkTermBase(termBase: readonly TermBaseEntry[], pairs: readonly { id: string; zh: string; en: string }[]): TermProblem[] {
  const problems: TermProblem[] = [];
  for (const pair of pairs) {
    if (!pair.en) continue;
    const english = pair.en.toLowerCase();
    for (const { entry, form } of termsIn(termBase, pair.zh)) {
      const accepted = entry.match ?? [entry.en];
      if (!accepted.some((rendering) => english.includes(rendering.toLowerCase()))) {
        problems.push({
          id: pair.id,
          term: form,
          message: `${pair.id}: the Chinese has ${form}, so the English must contain "${accepted.join('" or "')}"`,
        });
      }
    }
  }
  return problems;
}
