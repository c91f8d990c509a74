// Reads a V8 .cpuprofile and lists the functions with the most self time, with positions mapped
// back to src/ through the bundle's source map (a small VLQ decoder; no dependencies).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes a source map's mappings into, per generated line, sorted [genCol, srcIdx, srcLine, srcCol]. */
function decodeMappings(mappings) {
  const lines = [];
  let srcIdx = 0;
  let srcLine = 0;
  let srcCol = 0;
  for (const lineText of mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    for (const seg of lineText.split(',')) {
      if (!seg) continue;
      const vals = [];
      let shift = 0;
      let value = 0;
      for (const ch of seg) {
        const d = B64_INDEX.get(ch);
        value += (d & 31) << shift;
        if (d & 32) shift += 5;
        else {
          vals.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += vals[0];
      if (vals.length >= 4) {
        srcIdx += vals[1];
        srcLine += vals[2];
        srcCol += vals[3];
        segs.push([genCol, srcIdx, srcLine, srcCol]);
      }
    }
    lines.push(segs);
  }
  return lines;
}

function sourceMapper(bundleFile, root) {
  const mapFile = `${bundleFile}.map`;
  if (!fs.existsSync(mapFile)) return () => undefined;
  const map = JSON.parse(fs.readFileSync(mapFile, 'utf8'));
  const lines = decodeMappings(map.mappings);
  const base = path.dirname(mapFile);
  return (line, column) => {
    const segs = lines[line];
    if (!segs?.length) return undefined;
    let best = segs[0];
    for (const s of segs) if (s[0] <= column) best = s;
    const src = path.relative(root, path.resolve(base, map.sources[best[1]]));
    return `${src}:${best[2] + 1}`;
  };
}

/** Top `n` functions by self time: [{ name, where, selfMs, pct }], plus the total sampled time. */
export function topSelfTime(profileFile, { bundleFile, root, n = 20 }) {
  const profile = JSON.parse(fs.readFileSync(profileFile, 'utf8'));
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000; // the time until the next sample belongs to this one
    total += dt;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const mapper = sourceMapper(bundleFile, root);
  const bundleUrl = bundleFile ? new URL(`file://${bundleFile}`).href : '';
  const agg = new Map();
  for (const [id, ms] of self) {
    const { callFrame: f } = byId.get(id);
    let where = '';
    if (f.url === bundleUrl || f.url === bundleFile) where = mapper(f.lineNumber, f.columnNumber) ?? `core.mjs:${f.lineNumber + 1}`;
    else if (f.url) where = `${f.url.startsWith('file://') ? path.relative(root, fileURLToPath(f.url)) : f.url}:${f.lineNumber + 1}`;
    const name = f.functionName || (f.url ? '(anonymous)' : f.functionName || '(native)');
    const key = `${name}@${where}`;
    const e = agg.get(key) ?? { name, where, selfMs: 0 };
    e.selfMs += ms;
    agg.set(key, e);
  }
  const rows = [...agg.values()].sort((a, b) => b.selfMs - a.selfMs).slice(0, n).map((r) => ({ ...r, pct: (100 * r.selfMs) / total }));
  return { totalMs: total, rows };
}
