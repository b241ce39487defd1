/**
 * The one content hash of the build's caches (PDFs, preview images, citations): SHA-256 of the parts, each
 * length-prefixed so that ("ab", "c") and ("a", "bc") differ.
 */
import { createHash } from 'node:crypto';

export function hashParts(parts: readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${String(bytes.byteLength)}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
