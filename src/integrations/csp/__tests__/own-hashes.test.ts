import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { pruneCspHashes, pruneHashes } from '../own-hashes.ts';

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const css = 'body{color:red}';
const js = 'console.log(1)';
const policy = (scripts: string[], styles: string[]) =>
  `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}; style-src 'self' ${styles.join(' ')};`;
const page = (head: string, content: string) =>
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${content}">${head}</head><body><p>文</p></body></html>`;

describe('pruneHashes', () => {
  test('keeps the hashes of the inline elements given and every other source, in order', () => {
    const written = policy([sha256(js), sha256('other()')], [sha256('a{}'), sha256(css)]);
    expect(pruneHashes(written, { script: [js], style: [css] })).toBe(policy([sha256(js)], [sha256(css)]));
  });

  test('a policy without hashes, or with none to drop, is unchanged', () => {
    const written = policy([sha256(js)], [sha256(css)]);
    expect(pruneHashes(written, { script: [js], style: [css] })).toBe(written);
    expect(pruneHashes("default-src 'self'", { script: [], style: [] })).toBe("default-src 'self'");
  });

  test('a hash of another algorithm is checked with that algorithm', () => {
    const sha384 = `'sha384-${createHash('sha384').update(css).digest('base64')}'`;
    expect(pruneHashes(`style-src 'self' ${sha384}`, { script: [], style: [css] })).toBe(`style-src 'self' ${sha384}`);
    expect(pruneHashes(`style-src 'self' ${sha384}`, { script: [], style: ['b{}'] })).toBe("style-src 'self'");
  });

  test("a script's hash does not allow a stylesheet with the same text", () => {
    expect(pruneHashes(`style-src 'self' ${sha256(js)}`, { script: [js], style: [] })).toBe("style-src 'self'");
  });
});

describe('pruneCspHashes', () => {
  test("rewrites only the policy's <meta>, keeping the page's own stylesheet and script hashes", async () => {
    const head = `<style>${css}</style><script>${js}</script>`;
    const html = page(head, policy([sha256(js), sha256('x')], [sha256(css), sha256('y{}'), sha256('z{}')]));
    expect(await pruneCspHashes(html, 'index.html')).toBe(page(head, policy([sha256(js)], [sha256(css)])));
  });

  test('a page without a policy, or with nothing to drop, is returned as it was', async () => {
    const bare = '<!DOCTYPE html><html><head><style>a{}</style></head><body></body></html>';
    expect(await pruneCspHashes(bare, 'bare.html')).toBe(bare);
    const html = page(`<style>${css}</style>`, policy([], [sha256(css)]));
    expect(await pruneCspHashes(html, 'index.html')).toBe(html);
  });

  test('a script with a src is not inline: its text allows nothing', async () => {
    const html = page('<script type="module" src="/a.js"></script>', policy([sha256('')], []));
    expect(await pruneCspHashes(html, 'index.html')).toBe(
      page(
        '<script type="module" src="/a.js"></script>',
        `default-src 'self';img-src 'self' data:; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' ;`,
      ),
    );
  });

  test("markup inside a script's text is not an element: a <style> written in a string allows nothing", async () => {
    const script = 'const s = "<style>a{}</style>";';
    const html = page(`<script>${script}</script>`, policy([sha256(script)], [sha256('a{}')]));
    const pruned = await pruneCspHashes(html, 'index.html');
    expect(pruned).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha256(script)};`);
    expect(pruned).toContain("style-src 'self';");
  });

  test("a stylesheet's text is hashed as written, entities and all, as a browser hashes it", async () => {
    const written = 'q::before{content:"&amp;"}';
    const html = page(`<style>${written}</style>`, policy([], [sha256(written), sha256('q::before{content:"&"}')]));
    expect(await pruneCspHashes(html, 'index.html')).toBe(page(`<style>${written}</style>`, policy([], [sha256(written)])));
  });

  test("a stylesheet in the body counts as the head's does", async () => {
    const html = `<!DOCTYPE html><html><head><meta http-equiv="Content-Security-Policy" content="${policy([], [sha256(css), sha256('b{}')])}"></head><body><p>文</p><style>${css}</style></body></html>`;
    expect(await pruneCspHashes(html, 'index.html')).toContain(`content="${policy([], [sha256(css)])}"`);
  });
});
