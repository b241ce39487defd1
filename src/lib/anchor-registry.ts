/**
 * The rules of the anchor registry (content/anchors.json, shape in
 * src/schemas/anchor-registry.ts), which records every anchor ever published so
 * a link from a news article keeps working for years.
 *
 * A published anchor may disappear only if a redirect to a present anchor is
 * declared; the build fails otherwise. Redirects become alias anchors in the
 * page (an empty element with the old id inside the new block), so they work on
 * any static host and without JavaScript.
 */
import type { AnchorRegistry } from '../schemas/anchor-registry.ts';
import { glossaryEntryAnchor } from '../schemas/ids.ts';

/** The anchors a report has now: its block ids and `g-<key>` for each glossary entry. */
export function currentAnchors(blocks: readonly { id: string }[], glossary: readonly { key: string }[]): Set<string> {
  return new Set([...blocks.map((block) => block.id), ...glossary.map((entry) => glossaryEntryAnchor(entry.key))]);
}

export interface RegistryProblem {
  report: string;
  anchor: string;
  message: string;
}

/**
 * Check the registry against the anchors each report has now.
 * `current` maps report id (region/year) to its present anchors.
 */
export function checkAnchorRegistry(registry: AnchorRegistry, current: ReadonlyMap<string, ReadonlySet<string>>): RegistryProblem[] {
  const problems: RegistryProblem[] = [];
  for (const [reportId, entry] of Object.entries(registry.reports)) {
    const [region = '', year = ''] = reportId.split('/');
    const renamed = registry.regionRenames?.[region];
    const present = current.get(reportId) ?? (renamed ? current.get(`${renamed}/${year}`) : undefined);
    if (!present) {
      problems.push({
        report: reportId,
        anchor: '',
        message: `report ${reportId} was published but no longer exists; restore it or declare its region in "regionRenames"`,
      });
      continue;
    }
    for (const anchor of entry.anchors) {
      if (present.has(anchor)) continue;
      const target = entry.redirects?.[anchor];
      if (target === undefined) {
        problems.push({
          report: reportId,
          anchor,
          message: `published anchor #${anchor} of ${reportId} no longer exists; declare where it went: "redirects": { "${anchor}": "<present id>" } under reports["${reportId}"] in content/anchors.json`,
        });
      } else if (!present.has(target)) {
        problems.push({
          report: reportId,
          anchor,
          message: `anchor #${anchor} of ${reportId} redirects to #${target}, which does not exist either`,
        });
      }
    }
  }
  return problems;
}

/** Add the current anchors of every report to the registry (never removes one). */
export function recordAnchors(registry: AnchorRegistry, current: ReadonlyMap<string, ReadonlySet<string>>): AnchorRegistry {
  const reports = { ...registry.reports };
  for (const [reportId, anchors] of current) {
    const entry = reports[reportId] ?? { anchors: [] };
    const known = new Set(entry.anchors);
    reports[reportId] = { ...entry, anchors: [...entry.anchors, ...[...anchors].filter((anchor) => !known.has(anchor))] };
  }
  return { ...registry, reports };
}

/** Alias ids to render inside each present block: target id → old ids. */
export function aliasesByTarget(registry: AnchorRegistry, reportId: string, region: string, year: number): Map<string, string[]> {
  const aliases = new Map<string, string[]>();
  const candidates = [
    reportId,
    ...Object.entries(registry.regionRenames ?? {})
      .filter(([, to]) => to === region)
      .map(([from]) => `${from}/${year}`),
  ];
  for (const id of candidates) {
    for (const [from, to] of Object.entries(registry.reports[id]?.redirects ?? {})) aliases.set(to, [...(aliases.get(to) ?? []), from]);
  }
  return aliases;
}
