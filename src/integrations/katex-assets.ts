/**
 * Copies KaTeX's stylesheet and fonts into the built site at /katex/, so pages
 * with math can load them (and only those pages do: see Base.astro `math`).
 * Self-hosted: the site makes no third-party requests.
 */
import type { AstroIntegration } from 'astro';
import { cp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function katexAssets(): AstroIntegration {
  return {
    name: 'baogao-katex-assets',
    hooks: {
      'astro:build:done': async ({ dir }) => {
        const katexDist = join(dirname(createRequire(import.meta.url).resolve('katex/package.json')), 'dist');
        const target = join(fileURLToPath(dir), 'katex');
        await cp(join(katexDist, 'katex.min.css'), join(target, 'katex.min.css'));
        await cp(join(katexDist, 'fonts'), join(target, 'fonts'), { recursive: true });
      },
    },
  };
}
