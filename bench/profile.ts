/**
 * Summarise a V8 CPU profile (node --cpu-prof) of `astro build`: self time by
 * package or project file, and the hottest functions. Used by run.ts for one
 * extra, unmeasured build at the largest size, to say which step dominates.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples?: number[];
  timeDeltas?: number[];
}

export interface ProfileSummary {
  /** Profiled wall time of the main Node process, ms. */
  totalMs: number;
  buckets: { name: string; ms: number; share: number }[];
  functions: { name: string; where: string; ms: number; share: number }[];
}

/** Where a frame's code comes from: an npm package, a project file, compiled pages, or V8 itself. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.replace(/^file:\/\//, '');
  if (path.startsWith('node:')) return 'node: (built-ins)';
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const parts = path.slice(nm + '/node_modules/'.length).split('/');
    return parts[0].startsWith('@') ? `${parts[0]}/${parts[1]}` : parts[0];
  }
  if (/\/dist\/\.prerender\//.test(path) || /\/\.prerender\//.test(path)) return 'our pages and components (compiled, dist/.prerender)';
  const src = path.lastIndexOf('/src/');
  if (src >= 0) return path.slice(src + 1);
  return path;
}

export function summarizeProfile(profile: CpuProfile, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  // Self time per node: sum of time deltas of the samples that landed on it.
  const self = new Map<number, number>();
  if (profile.samples && profile.timeDeltas) {
    for (let i = 0; i < profile.samples.length; i++) self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0));
  } else {
    const total = profile.endTime - profile.startTime;
    const hits = profile.nodes.reduce((a, n) => a + (n.hitCount ?? 0), 0) || 1;
    for (const n of profile.nodes) self.set(n.id, ((n.hitCount ?? 0) / hits) * total);
  }
  const totalUs = profile.endTime - profile.startTime;
  const buckets = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; us: number }>();
  for (const [id, us] of self) {
    const node = byId.get(id);
    if (!node) continue;
    const { functionName, url, lineNumber } = node.callFrame;
    const b = bucketOf(url, functionName);
    buckets.set(b, (buckets.get(b) ?? 0) + us);
    const key = `${functionName}|${url}|${lineNumber}`;
    const f = functions.get(key) ?? { name: functionName || '(anonymous)', where: `${b}${url ? `:${lineNumber + 1}` : ''}`, us: 0 };
    f.us += us;
    functions.set(key, f);
  }
  return {
    totalMs: totalUs / 1000,
    buckets: [...buckets.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, us]) => ({ name, ms: us / 1000, share: us / totalUs })),
    functions: [...functions.values()]
      .sort((a, b) => b.us - a.us)
      .slice(0, top)
      .map((f) => ({ name: f.name, where: f.where, ms: f.us / 1000, share: f.us / totalUs })),
  };
}

/** Summarise the largest .cpuprofile in `dir` (the build's main process). */
export function summarizeProfileDir(dir: string, top = 15): ProfileSummary | undefined {
  const files = readdirSync(dir).filter((f) => f.endsWith('.cpuprofile'));
  if (!files.length) return undefined;
  const profiles = files.map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as CpuProfile);
  profiles.sort((a, b) => b.endTime - b.startTime - (a.endTime - a.startTime));
  return summarizeProfile(profiles[0], top);
}
