// One benchmark measurement in a fresh Node process, so every cold index starts with a cold JIT and
// memory numbers are not polluted by earlier runs. Started by run.mjs:
//
//   node --expose-gc scripts/bench/worker.mjs '<json task>'
//
// Task: { mode: 'cold', core, dir, workers?, workerFile?, memory?, incremental?: { edits, budgetMs },
//         queries?: { n }, profile?: path } | { mode: 'grammar', ... see grammar.mjs }.
// `workers` > 0 analyses in that many worker threads (as the desktop extension does), else here.
// Prints one line `@@result <json>` on stdout.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { makeRng } from './generate.mjs';
import { filesUnder, machineBusyMs } from './util.mjs';

const task = JSON.parse(process.argv[2]);
const now = () => performance.now();
const ns = () => process.hrtime.bigint();
const RELEASE_EXTS = ['.release', '.txt', '.md'];

function listFiles(dir) {
  // What the CLI's collectReleases does for a folder: recursive walk, release extensions only.
  return filesUnder(dir, (name) => RELEASE_EXTS.some((x) => name.endsWith(x))).sort();
}

const ownCpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/** Summary of a list of durations in ms. */
function stats(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p) => s[Math.min(s.length - 1, Math.max(0, Math.ceil(p * s.length) - 1))];
  return { n: s.length, min: s[0], p50: q(0.5), p90: q(0.9), p99: q(0.99), max: s[s.length - 1], mean: s.reduce((a, b) => a + b, 0) / s.length };
}

async function cold() {
  const core = await import(pathToFileURL(task.core).href);
  const { WorkspaceIndex, decodeRelease, looksLikeRelease, AnalysisPool, analyzeInOrder } = core;
  const result = {};
  if (task.memory) {
    globalThis.gc?.();
    globalThis.gc?.();
    const m = process.memoryUsage();
    result.memoryBefore = { rss: m.rss, heapUsed: m.heapUsed };
  }

  let profiler;
  if (task.profile) {
    const inspector = await import('node:inspector/promises');
    profiler = new inspector.Session();
    profiler.connect();
    await profiler.post('Profiler.enable');
    await profiler.post('Profiler.setSamplingInterval', { interval: task.profileIntervalUs ?? 500 });
    await profiler.post('Profiler.start');
  }

  // ---- the cold index: list + read + decode + analyse every file, then merge the programs ----
  // As the extension keeps releases read from disk: programs, without each release's mention list.
  const index = new WorkspaceIndex({ allMentions: false });
  const busy0 = machineBusyMs();
  const cpu0 = ownCpuMs();
  const t0 = now();
  const files = listFiles(task.dir);
  let readMs = 0;
  let setMs = 0;
  let indexed = 0;
  let bytes = 0;
  const ids = [];
  // As the desktop extension keeps it: one worker stays warm when idle (the extension waits 10 s
  // before ending the others; here a quarter second, so that memory is measured in that state).
  const pool = task.workers > 0 ? new AnalysisPool(task.workerFile, { size: task.workers, keep: 1, idleMs: 250 }) : undefined;
  // Reads, decodes and filters the files one by one, as the analysis asks for the next.
  function* releases() {
    for (const full of files) {
      const r0 = now();
      const buf = fs.readFileSync(full);
      const decoded = decodeRelease(buf, 5 * 1024 * 1024);
      readMs += now() - r0;
      if (!decoded.ok) continue;
      if (!full.endsWith('.release') && !looksLikeRelease(decoded.text)) continue;
      const id = path.relative(task.dir, full);
      ids.push(id);
      indexed++;
      bytes += buf.length;
      yield { file: id, text: decoded.text };
    }
  }
  if (pool) {
    // Files read ahead and in analysis at once (analyzeInOrder's default window), results stored in
    // file order, as the CLI does.
    await analyzeInOrder(pool, releases(), { keepMentions: false }, (a) => index.setAnalysis(a, false));
    // Analysis overlaps reading here, so it is the time from the first read to the last result, less reading.
    setMs = now() - t0 - readMs;
  } else {
    for (const r of releases()) {
      const s0 = now();
      index.set(r.file, r.text);
      setMs += now() - s0;
    }
  }
  const t1 = now();
  const programs = index.programs();
  const t2 = now();
  const busy1 = machineBusyMs();
  const cpu1 = ownCpuMs();
  // CPU time other processes used while we indexed, as an average number of busy CPUs.
  const foreignCpus = busy0 === undefined ? undefined : Math.max(0, busy1 - busy0 - (cpu1 - cpu0)) / (t2 - t0);
  result.cold = {
    foreignCpus,
    workers: task.workers ?? 0, cpuMs: cpu1 - cpu0, totalMs: t2 - t0, readMs, analyzeMs: setMs, mergeMs: t2 - t1, files: files.length, indexed, bytes, programs: programs.length };

  if (profiler) {
    const { profile } = await profiler.post('Profiler.stop');
    fs.writeFileSync(task.profile, JSON.stringify(profile));
    profiler.disconnect();
    result.profile = task.profile;
  }

  // ---- corpus facts (not timed) ----
  const programMentions = programs.reduce((n, p) => n + p.mentions.length, 0);
  const multi = programs.filter((p) => p.releases.length > 1).length;
  result.corpus = { programMentions, programs: programs.length, programsInSeveralReleases: multi, maxReleasesPerProgram: Math.max(...programs.map((p) => p.releases.length)) };

  // ---- memory of the built index (before anything else touches the heap) ----
  if (task.memory) {
    // Idle workers beyond the one kept end first; the kept worker's memory counts (same process).
    if (pool) await new Promise((r) => setTimeout(r, 500));
    globalThis.gc?.();
    globalThis.gc?.();
    const m = process.memoryUsage();
    result.memory = {
      workersAlive: pool?.workerCount ?? 0, rss: m.rss, heapUsed: m.heapUsed, heapTotal: m.heapTotal, external: m.external, arrayBuffers: m.arrayBuffers, peakRss: process.resourceUsage().maxRSS * 1024, gcExposed: typeof globalThis.gc === 'function' };
  }

  if (task.incremental) {
    result.incremental = await incremental(index, ids, task.incremental, pool);
    result.incremental.backToBack = await incremental(index, ids, task.incremental, pool, true);
  }
  pool?.dispose();
  if (task.queries) result.queries = queries(core, index, ids, task.queries);
  return result;
}

/** A small realistic edit: a sentence naming another program, a changed phase or amount, or a new line. */
function editText(rng, text, otherCode) {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  switch (rng.int(0, 3)) {
    case 0: {
      const at = text.indexOf(eol + eol) > 0 ? text.indexOf(eol + eol) : text.indexOf(eol);
      const s = `${eol}${eol}Separately, the company said that ${otherCode} advanced into a Phase ${rng.int(1, 3)} study in ${rng.pick(['ovarian cancer', 'multiple myeloma', 'psoriasis', 'obesity'])} in ${rng.pick(['March', 'June', 'October'])} ${rng.int(2016, 2025)}.`;
      return text.slice(0, at) + s + text.slice(at);
    }
    case 1: {
      const i = text.search(/Phase [123]/);
      if (i >= 0) return text.slice(0, i) + `Phase ${rng.int(1, 3)}` + text.slice(i + 7);
      return text + `${eol}The company expects Phase 3 data in Q${rng.int(1, 4)} ${rng.int(2020, 2026)}.${eol}`;
    }
    case 2: {
      const i = text.search(/\$\d+ million/);
      if (i >= 0) return text.replace(/\$\d+ million/, `$${rng.int(5, 900)} million`);
      return text + `${eol}Net proceeds were $${rng.int(5, 900)} million.${eol}`;
    }
    default:
      return text.replace(eol, ` (updated)${eol}`);
  }
}

/**
 * Edits one release at a time, the way the extension handles a change: the new text is analysed
 * where the extension analyses it (a worker of the pool; on this thread when there is none), then
 * stored, then the next programs() query merges what changed. Between two edits the event loop
 * turns once (a timer of 0 ms), as the extension host's does while the extension waits out its
 * 250 ms debounce: work V8 scheduled as a task during an edit, such as a collection of the young
 * generation, runs there. With `backToBack` the next edit starts at once, so such work lands in it.
 */
async function incremental(index, ids, opts, pool, backToBack = false) {
  const rng = makeRng(backToBack ? 'incremental-back-to-back' : 'incremental');
  const codes = index.programs().map((p) => p.id);
  const analyse = [];
  const store = [];
  const set = [];
  const query = [];
  const both = [];
  // The pauses of this thread's collections, to tell which edits waited for one.
  const pauses = [];
  const observer = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) pauses.push({ start: e.startTime, end: e.startTime + e.duration, major: e.detail?.kind === constants.NODE_PERFORMANCE_GC_MAJOR });
  });
  observer.observe({ entryTypes: ['gc'] });
  const spans = [];
  const t0 = now();
  for (let i = 0; i < opts.edits; i++) {
    if (i >= opts.minEdits && now() - t0 > opts.budgetMs) break;
    const id = rng.pick(ids);
    const old = fs.readFileSync(path.join(task.dir, id), 'utf8');
    const next = editText(rng, old, rng.pick(codes));
    const a = ns();
    const start = now();
    // An edited release is open in an editor: it keeps all its mentions.
    const analysis = pool ? await pool.analyze(id, next, { keepMentions: true }) : undefined;
    const a1 = ns();
    if (analysis) index.setAnalysis(analysis, true);
    else index.set(id, next, true);
    const b = ns();
    const programs = index.programs();
    const c = ns();
    spans.push([start, now()]);
    if (!backToBack) await new Promise((r) => setTimeout(r, 0));
    if (!programs.length) throw new Error('no programs');
    analyse.push(Number(a1 - a) / 1e6);
    store.push(Number(b - a1) / 1e6);
    set.push(Number(b - a) / 1e6);
    query.push(Number(c - b) / 1e6);
    both.push(Number(c - a) / 1e6);
  }
  // Entries arrive after the collection: give the last ones time to.
  await new Promise((r) => setTimeout(r, 50));
  observer.disconnect();
  const paused = spans.map(([s0, s1]) => pauses.some((g) => g.start < s1 && g.end > s0));
  const unpaused = both.filter((_, i) => !paused[i]);
  return {
    via: pool ? 'worker' : 'thread',
    analyse: stats(analyse), store: stats(store), set: stats(set), query: stats(query), setAndQuery: stats(both),
    collections: {
      minor: pauses.filter((g) => !g.major).length, major: pauses.filter((g) => g.major).length,
      longestMs: Math.max(0, ...pauses.map((g) => g.end - g.start)),
      editsPaused: paused.filter(Boolean).length, unpaused: unpaused.length ? stats(unpaused) : undefined,
    },
    edits: set.length, requested: opts.edits, budgetMs: opts.budgetMs,
  };
}

function queries(core, index, ids, opts) {
  const { programCard } = core;
  const rng = makeRng('queries');
  const programs = index.programs(); // warm-up: the merge is done here, not in the timed loop
  const links = {
    link: (file, line, column) => `command:releaseLens.openLocation?${encodeURIComponent(JSON.stringify([file, line, column]))}`,
    label: (file) => file.slice(file.lastIndexOf('/') + 1),
    reveal: (id) => `command:releaseLens.revealProgram?${encodeURIComponent(JSON.stringify([id]))}`,
    title: (file) => index.get(file)?.title,
  };
  // Names a hover would look up: the text of drug-code / drug-name mentions in random files.
  const names = [];
  while (names.length < opts.n) {
    const a = index.get(rng.pick(ids));
    const ms = a.programs.flatMap((p) => p.mentions);
    if (ms.length) names.push(rng.pick(ms).text);
  }
  const progIds = Array.from({ length: opts.n }, () => rng.pick(programs).id);

  const time = (fn, inputs) => {
    fn(inputs[0]); // one warm-up
    const xs = [];
    let sink = 0;
    for (const x of inputs) {
      const a = ns();
      sink += fn(x);
      xs.push(Number(ns() - a) / 1e6);
    }
    return { ...stats(xs), sink };
  };

  const hover = time((name) => {
    const p = index.program(name);
    return p ? programCard(p, links, 8).length : 0;
  }, names);
  const references = time((id) => index.programMentions(id).length, progIds);

  // Programs view, grouped by target, sorted by "recent" (the defaults of programsTree.ts apart from
  // groupBy): the root's groups, then the children of the largest group.
  let largest;
  const treeChildren = () => {
    const sorted = [...index.programs()].sort((a, b) => (b.lastMentioned ?? '').localeCompare(a.lastMentioned ?? '') || a.id.localeCompare(b.id));
    const groups = new Map();
    for (const p of sorted) {
      const key = p.target?.value ?? '(no target stated)';
      const list = groups.get(key) ?? [];
      if (!list.includes(p)) list.push(p);
      groups.set(key, list);
    }
    let best;
    for (const [key, list] of groups) if (!best || list.length > best[1].length) best = [key, list];
    largest = { label: best[0], programs: best[1].length, groups: groups.size };
    return best[1].map((program) => ({ type: 'program', program, parentKey: `target:${best[0]}` })).length;
  };
  const tree = time(treeChildren, Array.from({ length: opts.n }, () => 0));
  // Only the getChildren(group) step, with the groups already built (what VS Code calls on expand).
  const rootGroups = (() => {
    const groups = new Map();
    for (const p of programs) {
      const key = p.target?.value ?? '(no target stated)';
      (groups.get(key) ?? groups.set(key, []).get(key)).push(p);
    }
    return [...groups.values()].sort((a, b) => b.length - a.length);
  })();
  const expandOnly = time(() => rootGroups[0].map((program) => ({ type: 'program', program, parentKey: 'g' })).length, Array.from({ length: opts.n }, () => 0));
  const refCounts = progIds.map((id) => index.programMentions(id).length).sort((a, b) => a - b);
  return { hover, references, tree, expandOnly, largestGroup: largest, referencesPerQuery: { p50: refCounts[refCounts.length >> 1], max: refCounts[refCounts.length - 1] }, programs: programs.length };
}

async function main() {
  let result;
  if (task.mode === 'cold') result = await cold();
  else if (task.mode === 'grammar') result = await (await import('./grammar.mjs')).runGrammar(task);
  else throw new Error(`unknown mode ${task.mode}`);
  process.stdout.write(`@@result ${JSON.stringify(result)}\n`);
}

main().catch((e) => {
  console.error(e?.stack ?? String(e));
  process.exit(1);
});
