/** Config-time reader of content/termbase.json (Node APIs), through its schema. */
import { join } from 'node:path';
import { termBaseFileSchema, type TermBaseEntry } from '../schemas/termbase.ts';
import { readStoredFile } from './stored-file-fs.ts';

export function readTermBase(contentDir: string): TermBaseEntry[] {
  return readStoredFile(termBaseFileSchema, join(contentDir, 'termbase.json'), 'the term base is kept by hand (see content/termbase.json)');
}
