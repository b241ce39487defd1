/**
 * All-or-nothing writing of an ingest's files: everything is first written to a
 * staging folder inside the output folder, then renamed into place. A failure
 * while staging leaves the output folder exactly as it was.
 */
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

export async function writeAllOrNothing(outDir: string, files: Map<string, string | Uint8Array>): Promise<void> {
  await mkdir(outDir, { recursive: true });
  const staging = await mkdtemp(join(outDir, '.ingest-staging-'));
  try {
    for (const [relative, content] of files) {
      const staged = join(staging, relative);
      await mkdir(dirname(staged), { recursive: true });
      await writeFile(staged, content);
    }
    for (const relative of files.keys()) {
      const target = join(outDir, relative);
      await mkdir(dirname(target), { recursive: true });
      await rename(join(staging, relative), target);
    }
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
