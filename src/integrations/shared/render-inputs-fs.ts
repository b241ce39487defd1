/**
 * The inputs of a Chromium render that are not the page itself, as text for the render
 * cache's keys (render-cache-fs.ts): the browser (its version and our launch flags), the
 * fonts fontconfig offers it (file, version and face of each: fonts-noto-cjk decides every
 * Chinese glyph), and the code of the step that renders (its source files and the
 * versions of the packages it drives). Node APIs; build steps only.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium.ts';

/** The command's standard output; never rejects. */
function commandOutput(command: string, args: readonly string[]): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }, (error, stdout) => {
      // A missing command is an input too (no fonts listed): the key says so rather than failing here.
      resolve(error ? `(${command} failed: ${error.message})` : stdout);
    });
  });
}

let browserAndFonts: Promise<string> | undefined;

/**
 * Chromium's version and flags and the installed fonts, read once per process (about 0.5 s, mostly
 * Debian's Chromium wrapper). Asynchronous so that a build can start it early (og/index.ts does, when the
 * build starts) and have it ready, without waiting, by the time the preview images or PDFs need it.
 */
export function rendererFingerprint(): Promise<string> {
  browserAndFonts ??= Promise.all([
    // Debian's wrapper script prints a harmless shell warning on stderr; the version is on stdout.
    commandOutput(CHROMIUM_PATH, ['--version']),
    commandOutput('fc-list', ['--format', '%{file}|%{fontversion}|%{index}|%{style}\n']),
  ]).then(([version, fonts]) => [version.trim(), CHROMIUM_FLAGS.join(' '), fonts.split('\n').sort().join('\n')].join('\n'));
  return browserAndFonts;
}

/** The version of an installed package, from its package.json in the project's node_modules. */
export function packageVersion(name: string): string {
  try {
    const manifest = JSON.parse(readFileSync(resolve('node_modules', name, 'package.json'), 'utf8')) as { version?: string };
    return `${name}@${manifest.version ?? '?'}`;
  } catch {
    return `${name}@?`;
  }
}

/**
 * The contents of the step's source files (URLs relative to the calling module: `new URL('./x.ts', import.meta.url)`),
 * named by file name only, so that the same code in another checkout gives the same key.
 */
export function sourceFingerprint(files: readonly URL[]): string {
  return files.map((file) => `${basename(file.pathname)}\n${readFileSync(file, 'utf8')}`).join('\n');
}
