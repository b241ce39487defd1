/** Config-time reader of content/indicators.json (Node APIs), through its schema. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorsFileSchema, type Indicator } from '../schemas/indicators.ts';
import { readStoredFile } from './stored-file-fs.ts';

/** The vocabulary, or none when the content has no indicators.json (a collection without key figures). */
export function readIndicators(contentDir: string): Indicator[] {
  const path = join(contentDir, 'indicators.json');
  if (!existsSync(path)) return [];
  return readStoredFile(indicatorsFileSchema, path, 'the vocabulary of standard indicators is kept by hand (see content/indicators.json)');
}
