/**
 * npm run serve [-- --port 4321]: serve the built site (dist/) and print its URL.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startStaticServer } from '../src/integrations/shared/static-server.ts';

const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env['PORT'] ?? '4321' }, dir: { type: 'string', default: 'dist' } },
});
const dir = resolve(values.dir);
if (!existsSync(dir)) {
  console.error(`${dir} does not exist: run "npm run build" first (or "npm start", which builds and serves).`);
  process.exit(1);
}
const base = process.env['BAOGAO_BASE'] ?? '/';
const { url } = await startStaticServer(dir, { port: Number(values.port), base });
console.log(`Baogao is served at ${url}  (Ctrl+C to stop)`);
