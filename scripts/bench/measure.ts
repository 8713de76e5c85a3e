/**
 * Runs a command and measures it: wall-clock time, and the peak memory and CPU time of the
 * whole process tree (the build spawns Pagefind and workers), sampled from /proc, since one
 * process's own figures would miss its children.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface Measurement {
  seconds: number;
  /** User and system CPU time of the whole tree: steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakBytes: number;
  /** Wall seconds of each command, in order. */
  stepSeconds: number[];
  /** Every line of the commands' output, kept for `buildPhases()` (scripts/bench/phases.ts). */
  log: string[];
}

// GNU time reports the CPU time of a command and every process it waited for. That misses a
// child killed and never waited for, as Pagefind's Node API leaves its indexer (scripts/
// search-index.ts), so the CPU time of every process in the tree is also sampled from /proc.
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

const pageSize = 4096;
const clockTicks = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' })) || 100;
  } catch {
    return 100;
  }
})();

interface TreeSample {
  /** Resident memory of the whole tree, in bytes. */
  rss: number;
  /** CPU seconds each process of the tree has used so far (its own, not its children's). */
  cpu: Map<number, number>;
}

/** Resident memory and CPU time of `root` and every process below it. */
function sampleTree(root: number): TreeSample {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may hold spaces and parentheses; the fields after its last ")" do not:
      // the 2nd of them is the parent's pid, the 12th and 13th the user and system clock ticks.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const pid = Number(name);
      children.set(Number(fields[1]), [...(children.get(Number(fields[1])) ?? []), pid]);
      cpu.set(pid, (Number(fields[11]) + Number(fields[12])) / clockTicks);
      rss.set(pid, Number(readFileSync(`/proc/${name}/statm`, 'utf8').split(' ')[1]) * pageSize);
    } catch {
      // The process ended while we looked.
    }
  }
  const tree: TreeSample = { rss: 0, cpu: new Map() };
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.rss += rss.get(pid) ?? 0;
    tree.cpu.set(pid, cpu.get(pid) ?? 0);
    queue.push(...(children.get(pid) ?? []));
  }
  return tree;
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
  const stepSeconds: number[] = [];
  const log: string[] = [];
  const timings = mkdtempSync(join(tmpdir(), 'bench-time-'));
  for (const [i, { argv, cwd, env }] of commands.entries()) {
    const stepStarted = performance.now();
    const timed = gnuTime ? [gnuTime, '-f', '%U %S', '-o', join(timings, String(i)), ...argv] : argv;
    const child = spawn(timed[0]!, timed.slice(1), { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    const output: string[] = [];
    const keep = (d: Buffer) => output.push(d.toString());
    child.stdout.on('data', keep);
    child.stderr.on('data', keep);
    // The last figure seen for each process: a process's CPU time only grows.
    const cpuByProcess = new Map<number, number>();
    const sampler = setInterval(() => {
      const tree = sampleTree(child.pid!);
      peakBytes = Math.max(peakBytes, tree.rss);
      for (const [pid, seconds] of tree.cpu) cpuByProcess.set(pid, Math.max(seconds, cpuByProcess.get(pid) ?? 0));
    }, 50);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    clearInterval(sampler);
    if (code !== 0) {
      rmSync(timings, { recursive: true, force: true });
      throw new Error(`${argv.join(' ')} (in ${cwd}) failed with code ${code}:\n${output.join('').slice(-20_000)}`);
    }
    log.push(...output);
    // Sampling misses each process's last moments; GNU time misses children never waited for.
    const sampled = [...cpuByProcess.values()].reduce((sum, seconds) => sum + seconds, 0);
    const waited = gnuTime ? readFileSync(join(timings, String(i)), 'utf8').trim().split(/\s+/).slice(-2).reduce((n, t) => n + Number(t), 0) : 0;
    cpuSeconds += Math.max(sampled, waited);
    stepSeconds.push((performance.now() - stepStarted) / 1000);
  }
  rmSync(timings, { recursive: true, force: true });
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, peakBytes, stepSeconds, log: log.join('').split('\n') };
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
