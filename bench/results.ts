/** The shape of bench-results/latest.json, shared by run.ts, report.ts and check.ts. */
import type { CorpusResult } from './corpus.ts';
import type { OutputFigures } from './output.ts';
import type { SearchFigures } from './search.ts';
import type { ProfileSummary } from './profile.ts';
import type { ResourceFigures } from './measure.ts';

export interface RunSummary extends ResourceFigures {
  /** 1-based repetition and which build went first in it. */
  rep: number;
  order: number;
  /** CPU seconds used by other processes on the machine during this build (contention). */
  foreignCpuS?: number;
  /** CPU seconds of the build's whole process tree, the Pagefind service included (sampled). */
  treeCpuS?: number;
  /** How long we waited for the machine to be quiet before starting, and its busy share then. */
  quietWaitMs?: number;
  busyShareAtStart?: number;
  /** Milliseconds spent in each phase, from timestamped log lines. */
  phases: Record<string, number>;
  /** Sum of Astro's per-page "(+N ms)" render times by page type. */
  renderByType?: Record<string, { pages: number; ms: number }>;
  /** Last lines of output when the build failed. */
  failure?: string;
}

export interface BuildSide {
  runs: RunSummary[];
  /** Median over successful runs (upper middle for an even count). */
  wallMs: number | null;
  /** Largest over runs. */
  peakTreeRssKb: number | null;
  maxRssKb: number | null;
  /** Median user+sys CPU seconds over successful runs. */
  cpuS: number | null;
  ok: boolean;
}

export interface SizeResult {
  size: number;
  corpus: CorpusResult & { checkMs: number; checkProfile: Record<string, number> };
  build: { ours: BuildSide; bare: BuildSide; ratio: number | null; cpuRatio: number | null };
  output?: OutputFigures;
  bareOutput?: { pages: number; htmlGzipMedian: number; htmlBytesTotal?: number; pagefindBytes: number; indexedPages: number };
  search?: SearchFigures;
  /** The bare baseline's search page (Pagefind's API, defaults) measured the same way, cold only. */
  bareSearch?: SearchFigures;
  /** One extra, unmeasured build under node --cpu-prof (largest size only). */
  profile?: ProfileSummary & { wallMs: number };
  errors: string[];
}

export interface BenchResults {
  schema: 1;
  status: 'running' | 'complete';
  date: string;
  mode: 'quick' | 'full' | 'custom';
  sizes: number[];
  reps: number;
  seed: number;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryBytes: number;
    os: string;
    node: string;
    astro: string;
    mdx: string;
    pagefind: string;
    playwright: string;
    chromium?: string;
    gnuTime: boolean;
  };
  results: SizeResult[];
}
