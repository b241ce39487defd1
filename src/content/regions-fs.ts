/**
 * Config-time reader of content/regions.json (Node APIs; pages use the
 * `regions` collection): validated, and no slug one the site uses itself.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { regionsFileSchemaFor, type Region } from '../schemas/region.ts';
import { readStoredFile } from './stored-file-fs.ts';
import { reservedRegionSlugs } from './reserved-slugs-fs.ts';

export function regionsPath(contentDir: string): string {
  return join(contentDir, 'regions.json');
}

/** Every region; none before the first ingest. */
export function readRegions(contentDir: string, reserved: ReadonlyMap<string, string> = reservedRegionSlugs()): Region[] {
  const path = regionsPath(contentDir);
  return existsSync(path) ? readStoredFile(regionsFileSchemaFor(reserved), path, 'ingest writes it') : [];
}
