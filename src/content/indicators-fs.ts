/** Config-time reader of content/indicators.json (Node APIs), through its schema. */
import { join } from 'node:path';
import { indicatorsFileSchema, type Indicator } from '../schemas/indicators.ts';
import { readStoredFile } from './stored-file-fs.ts';

export function readIndicators(contentDir: string): Indicator[] {
  return readStoredFile(
    indicatorsFileSchema,
    join(contentDir, 'indicators.json'),
    'the vocabulary of standard indicators is kept by hand (see content/indicators.json)',
  );
}
