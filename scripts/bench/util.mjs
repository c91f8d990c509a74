// Shared by run.mjs and worker.mjs.
import * as fs from 'node:fs';

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
