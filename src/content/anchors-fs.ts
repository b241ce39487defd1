/**
 * Config-time reader and writer of content/anchors.json (Node APIs; pages use
 * the reports and redirects collections), through its schema.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { anchorRegistrySchema, type AnchorRegistry } from '../schemas/anchor-registry.ts';
import { readStoredFile, writeStoredFile } from './stored-file-fs.ts';

export function anchorRegistryPath(contentDir: string): string {
  return join(contentDir, 'anchors.json');
}

/** The registry; an empty one before anything was published. */
export function readAnchorRegistry(contentDir: string): AnchorRegistry {
  const path = anchorRegistryPath(contentDir);
  return existsSync(path) ? readStoredFile(anchorRegistrySchema, path, 'npm run anchors -- record writes it') : { reports: {} };
}

export function writeAnchorRegistry(contentDir: string, registry: AnchorRegistry): void {
  writeStoredFile(anchorRegistrySchema, registry, anchorRegistryPath(contentDir));
}
