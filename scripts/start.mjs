// `npm start`: opens VS Code with the extension on the bundled samples.
// Desktop VS Code (`code --extensionDevelopmentPath`) when `code` is on the PATH; otherwise a local
// code-server on 127.0.0.1 whose URL is printed for your browser (Ctrl+C stops it).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const samples = path.join(root, 'samples');
const port = Number(process.env.PORT) || (await freePort());

const hasCode = spawnSync(process.platform === 'win32' ? 'where' : 'which', ['code'], { stdio: 'ignore' }).status === 0;
if (hasCode && !process.env.RELEASE_LENS_USE_CODE_SERVER) {
  console.log('Opening desktop VS Code with Release Lens on the samples…');
  const r = spawnSync('code', ['--extensionDevelopmentPath', root, '--new-window', samples], { stdio: 'inherit' });
  process.exit(r.status ?? 0);
}

const install = spawnSync('bash', [path.join(root, 'scripts', 'install-code-server.sh')], { stdio: 'inherit' });
if (install.status !== 0) process.exit(install.status ?? 1);
const entry = path.join(root, '.vscode-test', 'code-server', 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const data = fs.mkdtempSync(path.join(os.tmpdir(), 'release-lens-start-'));
const userDir = path.join(data, 'user-data', 'User');
fs.mkdirSync(userDir, { recursive: true });
fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'git.openRepositoryInParentFolders': 'never' }, null, 2));
const server = spawn(
  process.execPath,
  [entry, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--user-data-dir', path.join(data, 'user-data'), '--extensions-dir', path.join(data, 'extensions'), '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', samples],
  { stdio: ['ignore', 'ignore', 'inherit'] },
);
const payload = encodeURIComponent(JSON.stringify([['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${port}${root}`]]));
const url = `http://127.0.0.1:${port}/?folder=${encodeURIComponent(samples)}&payload=${payload}`;
console.log(`\nRelease Lens is running on the bundled samples. Open this address in your browser:\n\n  ${url}\n\nPress Ctrl+C to stop.`);
const stop = () => {
  server.kill();
  fs.rmSync(data, { recursive: true, force: true });
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
server.on('exit', (code) => {
  fs.rmSync(data, { recursive: true, force: true });
  process.exit(code ?? 0);
});

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port: p } = s.address();
      s.close(() => resolve(p));
    });
  });
}
