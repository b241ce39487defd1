import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { startStaticServer } from '../static-server.ts';

const dir = mkdtempSync(join(tmpdir(), 'baogao-static-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a file asked for again with its Last-Modified is a 304 without its bytes, until it changes', async () => {
  const file = join(dir, 'pagefind.js');
  writeFileSync(file, 'export const x = 1;\n');
  utimesSync(file, new Date('2026-01-01T00:00:00Z'), new Date('2026-01-01T00:00:00Z'));
  const server = await startStaticServer(dir);
  try {
    const first = await fetch(`${server.url}pagefind.js`);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const lastModified = first.headers.get('last-modified') ?? '';
    expect(new Date(lastModified).toISOString()).toBe('2026-01-01T00:00:00.000Z');
    await expect(first.text()).resolves.toBe('export const x = 1;\n');

    const again = await fetch(`${server.url}pagefind.js`, { headers: { 'if-modified-since': lastModified } });
    expect(again.status).toBe(304);
    await expect(again.text()).resolves.toBe('');

    writeFileSync(file, 'export const x = 2;\n');
    const changed = await fetch(`${server.url}pagefind.js`, { headers: { 'if-modified-since': lastModified } });
    expect(changed.status).toBe(200);
    await expect(changed.text()).resolves.toBe('export const x = 2;\n');
  } finally {
    await server.close();
  }
});

test('a doubled slash is served like one, a bad escape is a 400 (never a server error)', async () => {
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>home</title>');
  const server = await startStaticServer(dir);
  try {
    const origin = server.url.replace(/\/$/, '');
    for (const [path, status] of [
      ['//', 200],
      ['/%E0%A4%A', 400],
    ] as const) {
      const response = await new Promise<number>((resolve, reject) => {
        const request = get(`${origin}${path}`, (answer) => {
          answer.resume();
          resolve(answer.statusCode ?? 0);
        });
        request.on('error', reject);
      });
      expect(response, path).toBe(status);
    }
    expect((await fetch(server.url)).status).toBe(200);
  } finally {
    await server.close();
  }
});
