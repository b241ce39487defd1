/** The order reports are listed in, by the pages and the build steps alike: by region, newest first. */
export function compareReports(a: { region: string; year: number }, b: { region: string; year: number }): number {
  return a.region.localeCompare(b.region) || b.year - a.year;
}
