/**
 * Config-time reader of content/indicators.json (Node APIs; pages use the
 * `indicators` collection), through its schema: the standard indicators the
 * figures of every report are keyed by.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { indicatorsFileSchema, type Indicator } from '../schemas/indicators.ts';
import { readStoredFile } from './stored-file-fs.ts';

export function indicatorsPath(contentDir: string): string {
  return join(contentDir, 'indicators.json');
}

/** Every standard indicator; none in a content folder without the file (a collection whose reports have no figures). */
export function readIndicators(contentDir: string): Indicator[] {
  const path = indicatorsPath(contentDir);
  return existsSync(path)
    ? readStoredFile(indicatorsFileSchema, path, 'the indicators are kept by hand (see content/indicators.json)')
    : [];
}
