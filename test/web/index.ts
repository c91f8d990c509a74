// Entry of the test suite for the web-worker extension host (vscode.dev, github.dev, and code-server
// with RELEASE_LENS_HOST_KIND=web: see test/host/hostUtil.ts). esbuild bundles it with platform
// 'browser' into out/test-web/index.js, with mocha's browser build; VS Code loads that file through
// `extensionTestsPath` and calls run(). Only the `vscode` API and web APIs are available here.
import 'mocha/mocha.js';
import * as vscode from 'vscode';

/** mocha's reporters print printf-style ("%s (%dms)"); VS Code forwards console arguments unformatted. */
function format(...args: unknown[]): string {
  const [first, ...rest] = args;
  if (typeof first !== 'string') return args.map(String).join(' ');
  let k = 0;
  const text = first.replace(/%[sdifjoOc%]/g, (spec) => (spec === '%%' ? '%' : k < rest.length ? String(rest[k++]) : spec));
  return [text, ...rest.slice(k).map(String)].join(' ');
}

export async function run(): Promise<void> {
  if (typeof process !== 'undefined') {
    throw new Error('the web suite was loaded by a Node extension host: the extension did not move to the web worker (see remote.extensionKind in test/host/hostUtil.ts)');
  }
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(format(...args));
  mocha.setup({ ui: 'bdd', reporter: 'spec', color: false, timeout: 30_000 });
  const grep = vscode.workspace.getConfiguration('releaseLensTest').get<string>('grep');
  if (grep) mocha.grep(grep);
  // The test files call describe() as they load, so they load after setup.
  await import('./web.test.js');
  await new Promise<void>((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} test(s) failed.`)) : resolve()));
  });
}
