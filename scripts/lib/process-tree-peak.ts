/**
 * `node process-tree-peak.ts <result file> <program> [args…]`: runs the program and writes the peak memory
 * of its whole process tree (the program and every process it starts, summed as Pss: see pssBytes) to the
 * result file, in bytes, on its first line (then, one a line, each program's share at that moment);
 * exits with the program's own status. Used by build-site.ts to measure a build's peak memory.
 *
 * Why not GNU time's maximum RSS: that is the largest single process, not the sum. An Astro build runs
 * the Pagefind indexer (a separate binary) and Chromium (preview images, PDFs) beside the Node process
 * that still holds the pages and content model, and the machine must hold all of them at once.
 *
 * The tree is sampled from /proc every 250 ms (a scan of /proc and each member's smaps_rollup: a few ms of
 * CPU), on Linux only (elsewhere nothing is written). A spike shorter than that can be missed: the figure is a
 * floor, close for a build whose memory grows and shrinks over seconds.
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';

const SAMPLE_MS = 250;

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The process ended between listing /proc and reading it.
    return '';
  }
}

/** Every process's parent, from /proc/<pid>/stat (the field after the parenthesised command name). */
function parents(): Map<number, number> {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readOrEmpty(`/proc/${entry}/stat`);
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const parent = Number(fields[1]);
    if (Number.isInteger(parent)) parentOf.set(Number(entry), parent);
  }
  return parentOf;
}

/**
 * A process's proportional set size (Pss, /proc/<pid>/smaps_rollup): its resident memory with each page shared
 * between processes counted once in all. Summing plain RSS would count Chromium's shared pages once per
 * Chromium process, and Chromium runs several.
 */
function pssBytes(pid: number): number {
  const line = readOrEmpty(`/proc/${String(pid)}/smaps_rollup`)
    .split('\n')
    .find((row) => row.startsWith('Pss:'));
  return (Number(line?.split(/\s+/)[1]) || 0) * 1024;
}

/** The program name of a process (/proc/<pid>/comm). */
function command(pid: number): string {
  return readOrEmpty(`/proc/${String(pid)}/comm`).trim() || '?';
}

/** Memory of `root` and all its descendants now (summed Pss), in all and by program name. */
export function treeMemory(root: number): { bytes: number; byCommand: Map<string, number> } {
  const parentOf = parents();
  const inTree = new Set([root]);
  // Parents can have higher pids than children (pid wrap), so repeat until no process joins.
  for (let grew = true; grew;) {
    grew = false;
    for (const [pid, parent] of parentOf)
      if (!inTree.has(pid) && inTree.has(parent)) {
        inTree.add(pid);
        grew = true;
      }
  }
  let bytes = 0;
  const byCommand = new Map<string, number>();
  for (const pid of inTree) {
    const pss = pssBytes(pid);
    bytes += pss;
    byCommand.set(command(pid), (byCommand.get(command(pid)) ?? 0) + pss);
  }
  return { bytes, byCommand };
}

const [resultFile, program, ...args] = process.argv.slice(2);
if (resultFile === undefined || program === undefined) {
  console.error('usage: node process-tree-peak.ts <result file> <program> [args…]');
  process.exit(2);
}
const child = spawn(program, args, { stdio: 'inherit' });
const linux = process.platform === 'linux';
let peak = { bytes: 0, byCommand: new Map<string, number>() };
const sample = () => {
  if (child.pid === undefined || child.exitCode !== null) return;
  const now = treeMemory(child.pid);
  if (now.bytes > peak.bytes) peak = now;
};
const timer = linux ? setInterval(sample, SAMPLE_MS) : undefined;
child.on('exit', (code, signal) => {
  clearInterval(timer);
  // The peak, then what each program held at that moment (name and bytes, one a line, largest first).
  const parts = [...peak.byCommand].sort((a, b) => b[1] - a[1]).map(([name, bytes]) => `${name}\t${String(bytes)}`);
  if (linux) writeFileSync(resultFile, [String(peak.bytes), ...parts, ''].join('\n'));
  process.exit(code ?? (signal ? 1 : 0));
});
