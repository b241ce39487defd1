/**
 * Config-time file access (Node APIs; never imported by pages, which use
 * `astro:content`): a stored file read through its schema, and a stored file
 * written after its schema has passed it, all or nothing. Every problem names
 * the file and the field (src/schemas/stored-file.ts).
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { parseStoredFile, stringifyStoredFile, StoredFileError } from '../schemas/stored-file.ts';

/** Read and validate the file at `path`; a missing file is an error that says what writes it. */
export function readStoredFile<S extends z.ZodType>(schema: S, path: string, writtenBy: string): z.output<S> {
  if (!existsSync(path)) throw new StoredFileError([`${path}: error: missing; ${writtenBy}`]);
  return parseStoredFile(schema, readFileSync(path, 'utf8'), path);
}

/** Validate `value` and write it to `path` through a temporary file, so an interrupted run never leaves half a file. */
export function writeStoredFile<S extends z.ZodType>(schema: S, value: z.input<S>, path: string): void {
  const text = stringifyStoredFile(schema, value, path);
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}
