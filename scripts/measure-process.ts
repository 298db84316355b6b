/**
 * Runs a command and measures it as a benchmark sees it: wall-clock seconds and the peak resident memory
 * of its whole process tree (the command and every descendant, summed at each sample of /proc every
 * 100 ms), since a build is several processes (npm → node → astro, Pagefind's service).
 */
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** What one measured run did. */
export interface MeasuredRun {
  status: number | null;
  seconds: number;
  /** Peak resident memory of the process tree, MB. */
  peakMB: number;
  /** stdout and stderr together. */
  output: string;
}

const pageSize = 4096;

/** Resident bytes of `root` and all its descendants, now (Linux /proc). */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): state ppid … rss is field 24.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      const ppid = Number(fields[1]);
      rss.set(pid, Number(fields[21]) * pageSize);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
    } catch {
      // the process ended while we read it
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `command args` in `cwd` with `env`, sampling its process tree's memory. */
export function runMeasured(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<MeasuredRun> {
  return new Promise((resolveRun, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d) => (output += d));
    child.stderr.on('data', (d) => (output += d));
    let peak = 0;
    const sample = () => { if (child.pid) peak = Math.max(peak, treeRss(child.pid)); };
    const timer = setInterval(sample, 100);
    child.on('error', (error) => { clearInterval(timer); reject(error); });
    child.on('close', (status) => {
      clearInterval(timer);
      resolveRun({ status, seconds: (performance.now() - start) / 1000, peakMB: peak / 2 ** 20, output });
    });
  });
}
