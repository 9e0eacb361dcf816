/**
 * Run a command and measure it: wall time, GNU time's maximum resident set size
 * (the largest single process in the tree), a /proc sampler's peak of the whole
 * process tree's RSS (node + the Pagefind binary + anything else it spawns), CPU
 * time, and a millisecond timestamp for every output line (for phase profiles).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, writeFileSync, createWriteStream } from 'node:fs';

export const TIME_BIN = '/usr/bin/time';

/** What one finished process cost: exit code, wall time, memory and CPU. */
export interface ResourceFigures {
  exitCode: number | null;
  wallMs: number;
  /** GNU time: maximum resident set size of the largest process, in KiB. */
  maxRssKb?: number;
  /** Sampled every 100 ms: the largest sum of RSS over the whole process tree, in KiB. */
  peakTreeRssKb: number;
  userS?: number;
  sysS?: number;
}

export interface Measured extends ResourceFigures {
  command: string;
  /** Output lines with milliseconds since spawn (stdout and stderr interleaved). */
  lines: { t: number; text: string }[];
  /** CPU seconds the whole machine was busy during the run (from /proc/stat). */
  machineBusyS?: number;
  /** CPU seconds of the whole process tree, the Pagefind service included. */
  treeCpuS?: number;
  /** machineBusyS minus treeCpuS: other work competing with the build. */
  foreignCpuS?: number;
}

const CLK_TCK = 100;

/** Busy and total jiffies of all CPUs, from /proc/stat. */
export function cpuJiffies(): { busy: number; total: number } {
  const line = readFileSync('/proc/stat', 'utf8').split('\n')[0];
  const v = line.trim().split(/\s+/).slice(1).map(Number);
  const idle = (v[3] ?? 0) + (v[4] ?? 0);
  const total = v.slice(0, 8).reduce((a, b) => a + b, 0);
  return { busy: total - idle, total };
}

/**
 * Wait until the machine is quiet (other processes use less than `threshold` of
 * all CPUs over a 2-second window), at most `maxMs`. Returns how long it waited
 * and the busy share of the last window.
 */
export async function waitForQuiet(maxMs = 180_000, threshold = 0.2): Promise<{ waitedMs: number; busyShare: number }> {
  const started = performance.now();
  let busyShare = 1;
  while (performance.now() - started < maxMs) {
    const a = cpuJiffies();
    await new Promise((r) => setTimeout(r, 2000));
    const b = cpuJiffies();
    busyShare = (b.busy - a.busy) / Math.max(1, b.total - a.total);
    if (busyShare < threshold) break;
  }
  return { waitedMs: performance.now() - started, busyShare };
}

const PAGE_KB = 4; // x86-64 and arm64 Linux pages

/**
 * One look at the process tree under `rootPid`: its total RSS, and each process's CPU
 * ticks so far (utime + stime). The CPU is sampled because GNU time counts only the
 * children a process waits for, and the Pagefind service the build starts is never
 * waited for: its CPU showed up as "foreign" before.
 */
function treeSample(rootPid: number): { rssKb: number; ticks: Map<number, number> } {
  const parent = new Map<number, number>();
  const rss = new Map<number, number>();
  const cpu = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      // The command name may contain spaces and parentheses: split after the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      parent.set(Number(name), Number(fields[1]));
      rss.set(Number(name), Number(fields[21]) * PAGE_KB);
      cpu.set(Number(name), Number(fields[11]) + Number(fields[12]));
    } catch {
      // the process ended while we looked
    }
  }
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parent) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  let rssKb = 0;
  const ticks = new Map<number, number>();
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    rssKb += rss.get(pid) ?? 0;
    ticks.set(pid, cpu.get(pid) ?? 0);
    stack.push(...(children.get(pid) ?? []));
  }
  return { rssKb, ticks };
}

function parseTime(text: string): Pick<Measured, 'maxRssKb' | 'userS' | 'sysS'> & { exit?: number } {
  const num = (label: string) => {
    const m = new RegExp(`${label}:\\s*([\\d.]+)`).exec(text);
    return m ? Number(m[1]) : undefined;
  };
  return {
    maxRssKb: num('Maximum resident set size \\(kbytes\\)'),
    userS: num('User time \\(seconds\\)'),
    sysS: num('System time \\(seconds\\)'),
    exit: num('Exit status'),
  };
}

/** Run `cmd` in `cwd`; output goes to `logFile` as well. */
export function runMeasured(cmd: string[], opts: { cwd: string; env: NodeJS.ProcessEnv; logFile: string; timeoutMs?: number }): Promise<Measured> {
  const timeFile = `${opts.logFile}.time`;
  const useTime = existsSync(TIME_BIN);
  const argv = useTime ? [TIME_BIN, '-v', '-o', timeFile, ...cmd] : cmd;
  const log = createWriteStream(opts.logFile);
  const lines: Measured['lines'] = [];
  const cpuBefore = cpuJiffies();
  const started = performance.now();
  const child = spawn(argv[0], argv.slice(1), { cwd: opts.cwd, env: opts.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let peak = 0;
  // The last CPU ticks seen for every process that was ever in the tree.
  const treeTicks = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    const { rssKb, ticks } = treeSample(child.pid);
    peak = Math.max(peak, rssKb);
    for (const [pid, t] of ticks) treeTicks.set(pid, Math.max(t, treeTicks.get(pid) ?? 0));
  };
  const timer = setInterval(sample, 100);
  const onData = (buf: Buffer, rest: { s: string }) => {
    const t = performance.now() - started;
    log.write(buf);
    rest.s += buf.toString('utf8');
    const parts = rest.s.split('\n');
    rest.s = parts.pop() ?? '';
    for (const text of parts) lines.push({ t, text });
  };
  const out = { s: '' };
  const err = { s: '' };
  child.stdout.on('data', (b: Buffer) => onData(b, out));
  child.stderr.on('data', (b: Buffer) => onData(b, err));
  const killer = opts.timeoutMs ? setTimeout(() => child.kill('SIGTERM'), opts.timeoutMs) : undefined;
  return new Promise((resolvePromise) => {
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      clearInterval(timer);
      if (killer) clearTimeout(killer);
      log.end();
      for (const rest of [out, err]) if (rest.s) lines.push({ t: wallMs, text: rest.s });
      const timed = useTime && existsSync(timeFile) ? parseTime(readFileSync(timeFile, 'utf8')) : {};
      const machineBusyS = (cpuJiffies().busy - cpuBefore.busy) / CLK_TCK;
      // GNU time's exact figure for the processes it waited for, or the sampled tree's
      // (100 ms granularity) when that is more: it includes the Pagefind service.
      const sampledS = [...treeTicks.values()].reduce((a, b) => a + b, 0) / CLK_TCK;
      const own = Math.max((timed.userS ?? 0) + (timed.sysS ?? 0), sampledS);
      resolvePromise({
        command: cmd.join(' '),
        exitCode: code,
        wallMs,
        maxRssKb: timed.maxRssKb,
        peakTreeRssKb: Math.max(peak, timed.maxRssKb ?? 0),
        userS: timed.userS,
        sysS: timed.sysS,
        lines,
        machineBusyS,
        treeCpuS: own,
        foreignCpuS: Math.max(0, machineBusyS - own),
      });
    });
  });
}

/** Strip ANSI colour codes from a log line. */
export function plain(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\x1b\[[0-9;]*m/g, '');
}

export function writeJson(path: string, value: unknown): void {
  writeFileSync(path, JSON.stringify(value, null, 2) + '\n');
}
