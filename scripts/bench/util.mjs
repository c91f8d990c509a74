// Shared by the bench scripts.
import * as fs from 'node:fs';
import * as path from 'node:path';

/** Busy CPU time of the whole machine so far, in ms (from /proc/stat; undefined elsewhere). */
export function machineBusyMs() {
  try {
    const f = fs.readFileSync('/proc/stat', 'utf8');
    const [, user, nice, system, , , irq, softirq, steal] = f.slice(0, f.indexOf('\n')).trim().split(/\s+/).map(Number);
    return (user + nice + system + irq + softirq + steal) * 10; // USER_HZ = 100
  } catch {
    return undefined;
  }
}

/** Files under `dir` (recursively) whose name `accept` takes, in walk order; symlinks are not followed. */
export function filesUnder(dir, accept) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.isFile() && accept(e.name)) out.push(full);
    }
  };
  walk(dir);
  return out;
}
