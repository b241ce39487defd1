/**
 * Config-time reader of a report's figures.json (Node APIs), through its schema:
 * content/reports/<region>/<year>/figures.json, written by `npm run figures -- extract`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { figuresFileSchema, type FiguresFile } from '../schemas/figures-file.ts';
import { readStoredFile } from './stored-file-fs.ts';

/** Where a report's figures are kept. */
export function figuresPath(reportDir: string): string {
  return join(reportDir, 'figures.json');
}

/** The report's figures, or undefined when none have been extracted yet. */
export function readFigures(reportDir: string): FiguresFile | undefined {
  const path = figuresPath(reportDir);
  if (!existsSync(path)) return undefined;
  return readStoredFile(figuresFileSchema, path, 'npm run figures -- extract writes it');
}
