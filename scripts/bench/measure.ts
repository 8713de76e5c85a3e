/**
 * Runs a command and measures it: wall-clock time, and peak memory of the whole process tree
 * (the build spawns Pagefind and workers), sampled from /proc, since one process's own
 * maximum would miss its children.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  seconds: number;
  /** User and system CPU time of the whole tree: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakBytes: number;
}

// GNU time reports the CPU time of a command and every process it waited for.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const pageSize = 4096;

/** Resident memory of `root` and every process below it, in bytes. */
function treeRss(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its last ")" do not.
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const pid = Number(name);
      children.set(ppid, [...(children.get(ppid) ?? []), pid]);
      rss.set(pid, Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rss.get(pid) ?? 0;
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

export interface Command {
  argv: string[];
  cwd: string;
  env?: Record<string, string>;
}

/** Runs the commands one after another as one measured step; fails with the output if one fails. */
export async function measure(commands: Command[]): Promise<Measurement> {
  const started = performance.now();
  let peakBytes = 0;
  let cpuSeconds = 0;
  const timings = mkdtempSync(join(tmpdir(), 'bench-time-'));
  for (const [i, { argv, cwd, env }] of commands.entries()) {
    const timed = gnuTime ? [gnuTime, '-f', '%U %S', '-o', join(timings, String(i)), ...argv] : argv;
    const child = spawn(timed[0]!, timed.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    child.stderr.on('data', (d: Buffer) => (output = (output + d.toString()).slice(-20_000)));
    const sampler = setInterval(() => (peakBytes = Math.max(peakBytes, treeRss(child.pid!))), 100);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(sampler);
    if (code !== 0) {
      rmSync(timings, { recursive: true, force: true });
      throw new Error(`${argv.join(' ')} (in ${cwd}) failed with code ${code}:\n${output}`);
    }
    if (gnuTime) cpuSeconds += readFileSync(join(timings, String(i)), 'utf8').trim().split(/\s+/).slice(-2).reduce((n, t) => n + Number(t), 0);
  }
  rmSync(timings, { recursive: true, force: true });
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, peakBytes };
}

/** Total size of the files under a folder, in bytes. */
export function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(join(entry.parentPath, entry.name)).size;
  }
  return total;
}

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};
