// Starting and stopping the local code-server host: shared by the test runner (runCodeServer.ts)
// and the activation benchmark (scripts/bench/activation.mjs, which loads the compiled copy).
import { execFileSync, type ChildProcess } from 'node:child_process';
import * as http from 'node:http';
import * as net from 'node:net';
import * as path from 'node:path';
import { VSCODE_TEST_DIR } from './hostUtil';

export const CODE_SERVER_DIR = process.env.RELEASE_LENS_HOST_DIR ?? path.join(VSCODE_TEST_DIR, 'code-server');
export const CODE_SERVER_ENTRY = path.join(CODE_SERVER_DIR, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no free port'))));
    });
  });
}

export function findChromium(): string {
  const fromEnv = process.env.RELEASE_LENS_CHROMIUM;
  if (fromEnv) return fromEnv;
  try {
    const p = execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim();
    if (p) return p.split('\n')[0]!;
  } catch {
    // fall through
  }
  throw new Error('chromium not found: run `npm run host:install` (apt-get install chromium)');
}

export function httpOk(url: string): Promise<boolean> {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => {
      res.resume();
      resolve((res.statusCode ?? 500) < 500);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => {
      req.destroy();
      resolve(false);
    });
  });
}

export async function waitForHttp(url: string, child: ChildProcess, ms: number): Promise<void> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`code-server exited early (code ${child.exitCode}, signal ${child.signalCode})`);
    }
    if (await httpOk(url)) return;
    await sleep(200);
  }
  throw new Error(`code-server did not answer at ${url} within ${ms} ms`);
}

/** Stops the code-server we started, by its PID (it leads its own process group, so its
 * extension host and other children go with it); SIGKILL after a grace period. */
export async function stopServer(child: ChildProcess, log: (msg: string) => void = () => {}): Promise<void> {
  const pid = child.pid;
  if (!pid || child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const signalGroup = (sig: NodeJS.Signals): void => {
    try {
      process.kill(-pid, sig);
    } catch {
      try {
        process.kill(pid, sig);
      } catch {
        // already gone
      }
    }
  };
  signalGroup('SIGTERM');
  const done = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
  if (!done) {
    log(`code-server (pid ${pid}) still running after SIGTERM; sending SIGKILL`);
    signalGroup('SIGKILL');
    await Promise.race([exited, sleep(2000)]);
  }
  // The group may outlive the leader briefly; make sure nothing of ours is left.
  try {
    process.kill(-pid, 0);
    process.kill(-pid, 'SIGKILL');
  } catch {
    // group empty
  }
}
