// 1 MB adversarial inputs through the core: each shape analysed in a fresh process (min of 3 runs),
// against a fixed budget. Usage: node scripts/bench/adversarial.mjs <core.mjs> → JSON on stdout.
import { pathToFileURL } from 'node:url';

const { analyzeRelease } = await import(pathToFileURL(process.argv[2]).href);
const MB = 1 << 20;
const rep = (s, n) => s.repeat(Math.ceil(n / s.length)).slice(0, n);
export const SHAPES = {
  'dollar signs $1,': (n) => rep('$1,', n),
  'codes A-1': (n) => rep('A-1 ', n),
  'digit groups 1,111,': (n) => rep('1,111,', n),
  'capitals, no spaces': (n) => rep('ABCDEFGHIJ', n),
  'parentheses ((((': (n) => rep('((((', n),
  'lone CR lines': (n) => rep('x\r', n),
  '"Phase " repeated': (n) => rep('phase ', n),
  '"About X" lines': (n) => rep('About X\n', n),
  'hyphens': (n) => rep('-', n),
  'dense release tokens': (n) => rep('Halo 1130 Kadcyla® trastuzumab emtansine IMGN529/Debio 1562 (Nasdaq: X) 25-30% $5 million June 3, 2017. ', n),
  '"1 " repeated': (n) => rep('1 ', n),
  '"1%" repeated': (n) => rep('1%', n),
  'companies and licence words': (n) => {
    let out = '';
    for (let i = 0; out.length < n; i++) out += `Q${i.toString(36)}x Pharma and Q${i.toString(36)}x to receive, license agreement `;
    return out.slice(0, n);
  },
};
const out = {};
for (const [name, make] of Object.entries(SHAPES)) {
  const text = make(MB);
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const t = performance.now();
    analyzeRelease('adversarial', text);
    best = Math.min(best, performance.now() - t);
  }
  out[name] = best;
}
console.log(JSON.stringify(out));
