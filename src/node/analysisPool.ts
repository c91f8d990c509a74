import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Analyzer, AnalyzeJob } from '../core/analyzer';
import type { ReleaseAnalysis } from '../core/types';
import { parseAscii } from './asciiJson';

export interface AnalysisRequest {
  id: number;
  file: string;
  text: string;
  job: AnalyzeJob;
}

/** Sent to the workers an idle pool keeps: collect the garbage of the work done. */
export interface SettleRequest {
  settle: true;
}

export type WorkerMessage = AnalysisRequest | SettleRequest;

/** What a kept worker did when it settled: whether it could collect, and its young generation in use before and after (bytes). */
export interface Settled {
  collected: boolean;
  before: number;
  after: number;
}

/**
 * A worker's answer. The analysis comes as JSON text rather than as a structured clone: JSON.parse
 * builds each object with exactly its fields, where a cloned object with more than four spills them
 * into a second allocation, so a 10,000-release index takes about a fifth less heap; both cost the
 * same time. The text comes as ASCII bytes (other characters escaped), handed over rather than
 * copied. A string with one character beyond a byte (a release's dashes and curly quotes) takes two
 * bytes for every character; read from ASCII bytes it takes one, so the thread that stores the
 * analyses collects its garbage less often. Text mostly of other characters comes as it is.
 */
export type AnalysisResponse = { id: number; ascii: Uint8Array } | { id: number; json: string } | { id: number; error: string } | { settled: Settled };

interface Pending {
  resolve: (a: ReleaseAnalysis) => void;
  reject: (e: Error) => void;
  request: AnalysisRequest;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export interface PoolOptions {
  /** Worker count; defaults to the cores available, at most 4. */
  size?: number;
  /** After this long without work, workers beyond `keep` end and kept ones collect their garbage (ms; default 10 s). */
  idleMs?: number;
  /** Workers kept when idle, so the next job does not wait for one to start (default 0). */
  keep?: number;
  /** Analysis on the calling thread where workers fail; default: the worker bundle loaded here. */
  fallback?: () => Analyzer;
}

/** The worker bundle's own analyser, loaded on the calling thread (see analysisWorker.ts). */
function workerBundleAnalyzer(workerFile: string): Analyzer {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const bundle = require(workerFile) as { InThreadAnalyzer: new () => Analyzer };
  return new bundle.InThreadAnalyzer();
}

/**
 * Analyses releases in worker threads (`workerFile` is the bundled analysisWorker). Jobs go to the
 * least busy worker; workers start on demand and end when idle, but for the `keep` kept warm, which
 * then collect their young generation. A worker that fails to start or
 * dies takes no job with it: its pending jobs are analysed on the calling thread instead.
 */
export class AnalysisPool implements Analyzer {
  private readonly size: number;
  private readonly idleMs: number;
  private readonly keep: number;
  private slots: Slot[] = [];
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | undefined;
  private broken = false;
  private fallbackAnalyzer: Analyzer | undefined;
  private readonly makeFallback: () => Analyzer;
  /** What the last kept worker reported when it settled (for diagnostics and tests). */
  lastSettled: Settled | undefined;

  constructor(private readonly workerFile: string, options: PoolOptions = {}) {
    this.size = Math.max(1, options.size ?? Math.min(4, availableParallelism()));
    this.idleMs = options.idleMs ?? 10_000;
    this.keep = Math.min(options.keep ?? 0, this.size);
    this.makeFallback = options.fallback ?? (() => workerBundleAnalyzer(workerFile));
  }

  analyze(file: string, text: string, job: AnalyzeJob = {}): Promise<ReleaseAnalysis> {
    if (this.broken) return this.runFallback(file, text, job);
    this.clearIdle();
    const slot = this.leastBusy();
    if (!slot) return this.runFallback(file, text, job);
    const request: AnalysisRequest = { id: this.nextId++, file, text, job };
    return new Promise<ReleaseAnalysis>((resolve, reject) => {
      slot.pending.set(request.id, { resolve, reject, request });
      slot.worker.postMessage(request);
    });
  }

  private runFallback(file: string, text: string, job: AnalyzeJob): Promise<ReleaseAnalysis> {
    try {
      return (this.fallbackAnalyzer ??= this.makeFallback()).analyze(file, text, job);
    } catch (e) {
      return Promise.reject(e);
    }
  }

  /** Workers running now (for tests and diagnostics). */
  get workerCount(): number {
    return this.slots.length;
  }

  dispose(): void {
    this.clearIdle();
    const slots = this.slots;
    this.slots = [];
    for (const slot of slots) {
      this.rescue(slot);
      void slot.worker.terminate();
    }
  }

  private leastBusy(): Slot | undefined {
    let best: Slot | undefined;
    for (const s of this.slots) if (!best || s.pending.size < best.pending.size) best = s;
    if (best && (best.pending.size === 0 || this.slots.length >= this.size)) return best;
    return this.spawn() ?? best;
  }

  private spawn(): Slot | undefined {
    let worker: Worker;
    try {
      worker = new Worker(this.workerFile);
    } catch {
      this.broken = true;
      return undefined;
    }
    worker.unref();
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (response: AnalysisResponse) => {
      if ('settled' in response) {
        this.lastSettled = response.settled;
        return;
      }
      const job = slot.pending.get(response.id);
      if (!job) return;
      slot.pending.delete(response.id);
      if ('ascii' in response) job.resolve(parseAscii(response.ascii));
      else if ('json' in response) job.resolve(JSON.parse(response.json) as ReleaseAnalysis);
      else job.reject(new Error(response.error));
      if (this.slots.every((s) => s.pending.size === 0)) this.scheduleIdle();
    });
    const retire = () => {
      this.slots = this.slots.filter((s) => s !== slot);
      this.rescue(slot);
    };
    worker.on('error', () => {
      // A worker that cannot load its script will not load it next time either.
      if (slot.pending.size > 0) this.broken = true;
      retire();
    });
    worker.on('exit', retire);
    this.slots.push(slot);
    return slot;
  }

  /** Analyses a lost worker's jobs here, so callers still get their results. */
  private rescue(slot: Slot): void {
    const jobs = [...slot.pending.values()];
    slot.pending.clear();
    for (const job of jobs) this.runFallback(job.request.file, job.request.text, job.request.job).then(job.resolve, job.reject);
  }

  private scheduleIdle(): void {
    this.clearIdle();
    this.idleTimer = setTimeout(() => {
      const retired = this.slots.slice(this.keep);
      this.slots = this.slots.slice(0, this.keep);
      for (const s of retired) void s.worker.terminate();
      const settle: SettleRequest = { settle: true };
      for (const s of this.slots) s.worker.postMessage(settle);
    }, this.idleMs);
    this.idleTimer.unref?.();
  }

  private clearIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }
}
