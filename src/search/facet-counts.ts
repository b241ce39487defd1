/**
 * Faceted counts, the way a reader expects them: within a facet the ticked
 * values are alternatives (region A or region B), across facets they all apply
 * (and year 2024). So a value's count is the number of results that would be
 * shown if it were the only value ticked in its facet: results that pass every
 * other facet's selection and have this value. A facet's own selection never
 * hides its other values.
 */
import { FACETS, type Facet } from './search-records.ts';

/** The ticked values of each facet. */
export type Selection = Record<Facet, string[]>;
/** How many results each value of each facet would give. */
export type FacetCounts = Record<Facet, Map<string, number>>;
/** The ids of the results that have each value of each facet. */
export type FacetMembers = Record<Facet, Map<string, ReadonlySet<string>>>;

export const emptySelection = (): Selection => ({ region: [], year: [], part: [], kind: [], language: [] });

export const selectedFacets = (selection: Selection): Facet[] => FACETS.filter((facet) => selection[facet].length > 0);

/** Whether a result passes the selection of every facet (but `except`). */
export function passesSelection(id: string, members: FacetMembers, selection: Selection, except?: Facet): boolean {
  return FACETS.every(
    (facet) => facet === except || selection[facet].length === 0 || selection[facet].some((value) => members[facet].get(value)?.has(id)),
  );
}

/** Counts from known members of each value, for results `ids` (before any selection). */
export function countFromMembers(ids: readonly string[], members: FacetMembers, selection: Selection): FacetCounts {
  const counts = {} as FacetCounts;
  for (const facet of FACETS) {
    const others = ids.filter((id) => passesSelection(id, members, selection, facet));
    counts[facet] = new Map([...members[facet]].map(([value, set]) => [value, others.filter((id) => set.has(id)).length]));
  }
  return counts;
}
