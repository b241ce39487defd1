/** Progress lines on stderr (the results go to stdout), each with the time since the run started. */

export type Log = (line: string) => void;

export function progressLog(startedAt = performance.now()): Log {
  return (line) => {
    const seconds = Math.round((performance.now() - startedAt) / 1000);
    const stamp = `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
    process.stderr.write(`[${stamp.padStart(5)}] ${line}\n`);
  };
}
