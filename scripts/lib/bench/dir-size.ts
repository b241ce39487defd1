/** Files under a folder, with their sizes: for the index size and the size of a built site on disk. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export interface SizedFile {
  path: string;
  bytes: number;
}

export function filesUnder(dir: string): SizedFile[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => {
      const path = join(entry.parentPath, entry.name);
      return { path, bytes: statSync(path).size };
    });
}

export function directoryBytes(dir: string): { bytes: number; files: number } {
  const files = filesUnder(dir);
  return { bytes: files.reduce((sum, file) => sum + file.bytes, 0), files: files.length };
}
