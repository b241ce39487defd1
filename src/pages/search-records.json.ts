/**
 * Build-time only: the search records as JSON. The Pagefind integration reads
 * this file after the build, indexes it and deletes it (it is never deployed).
 */
import { getCollection } from 'astro:content';
import { buildSearchRecords } from '../search/search-records.ts';
import { getReports } from '../utils/report-pages.ts';

export async function GET() {
  const regions = (await getCollection('regions')).map((entry) => entry.data);
  return new Response(JSON.stringify(buildSearchRecords(await getReports(), regions)));
}
