/**
 * A small static file server for the built site: serves `dir` under `base`,
 * directory URLs from index.html, 404.html for misses, with Last-Modified and
 * 304s for unchanged files. Used by the PDF step
 * (which prints the built pages), `npm run serve`, the browser tests and the
 * benchmarks (port 0 = any free port).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createGzip } from 'node:zlib';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export interface StaticServer {
  server: Server;
  url: string;
  close(): Promise<void>;
}

async function resolveFile(dir: string, pathname: string): Promise<string | undefined> {
  const safe = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const candidate = join(dir, safe);
  if (!candidate.startsWith(dir)) return undefined;
  try {
    const info = await stat(candidate);
    if (info.isFile()) return candidate;
    if (info.isDirectory()) {
      const index = join(candidate, 'index.html');
      if ((await stat(index)).isFile()) return index;
    }
  } catch {
    return undefined;
  }
  return undefined;
}

export function startStaticServer(dir: string, { port = 0, base = '/', host = '127.0.0.1' } = {}): Promise<StaticServer> {
  const prefix = base.replace(/\/?$/, '/');
  const serve = async (request: IncomingMessage, response: ServerResponse) => {
    // The path as sent (new URL('//', base) would read it as a host); a bad escape is the client's error, not the server's.
    let url: URL;
    try {
      url = new URL(`http://localhost${request.url ?? '/'}`);
      decodeURIComponent(url.pathname);
    } catch {
      response.writeHead(400).end('bad request');
      return;
    }
    if (!url.pathname.startsWith(prefix)) {
      response.writeHead(404).end('not found');
      return;
    }
    const file = await resolveFile(dir, url.pathname.slice(prefix.length - 1));
    if (file && !url.pathname.endsWith('/') && file.endsWith('index.html') && !url.pathname.endsWith('.html')) {
      response.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
      return;
    }
    const target = file ?? join(dir, '404.html');
    const status = file ? 200 : 404;
    let modified: Date;
    try {
      modified = (await stat(target)).mtime;
    } catch {
      response.writeHead(404).end('not found');
      return;
    }
    // Revalidated on every use, as static hosts serve unhashed files (Netlify, Cloudflare Pages): a file asked for
    // again, such as the search page's second Pagefind runtime, is a 304 rather than its bytes again.
    const validators = { 'last-modified': modified.toUTCString(), 'cache-control': 'no-cache' };
    const since = Date.parse(request.headers['if-modified-since'] ?? '');
    if (status === 200 && Math.floor(modified.getTime() / 1000) <= Math.floor(since / 1000)) {
      response.writeHead(304, validators).end();
      return;
    }
    const type = TYPES[extname(target)] ?? 'application/octet-stream';
    // Compress text as any real static host does, so measured transfer sizes are realistic.
    const compress =
      /^(text\/|application\/(json|javascript|xml|manifest|wasm))|svg/.test(type) &&
      /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
    response.writeHead(status, {
      'content-type': type,
      ...validators,
      ...(compress ? { 'content-encoding': 'gzip', vary: 'accept-encoding' } : {}),
    });
    const stream = createReadStream(target);
    if (compress) stream.pipe(createGzip()).pipe(response);
    else stream.pipe(response);
  };
  const server = createServer((request, response) => {
    // Node's server does not wait for a handler's promise: answer a failure here rather than leave it unhandled.
    serve(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500);
      response.end(`server error: ${String(error)}`);
    });
  });
  return new Promise((resolve) => {
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        url: `http://${host}:${actualPort}${prefix}`,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
