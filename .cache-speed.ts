import { tasks } from '../work/main/src/data/tasks';
import { sample } from '../work/main/src/data/sample';
import { parse } from '../work/main/src/data/parse';
import { rng } from '../work/main/src/data/rng';
const t = tasks['en-zh']; const r = rng(5);
let t0 = performance.now(); const ex = [];
for (let i = 0; i < 400; i++) ex.push(sample(t.grammar, r, t.profiles[i % 4]));
console.log('sample ms/each', (performance.now() - t0) / 400);
const times: number[] = []; let amb = 0, fail = 0, mism = 0;
for (const e of ex) { const s = performance.now(); const p = parse(t.grammar, e.source); times.push(performance.now() - s);
  if (!p.ok) { fail++; if (fail < 4) console.log('FAIL', e.source.join(' ')); continue; }
  if (p.readings > 1) { amb++; if (amb < 6) console.log('AMB', e.source.join(' ')); }
  if (p.target.map(l => l.t).join(' ') !== e.target.join(' ')) { mism++; if (mism < 6) console.log('MISMATCH', e.source.join(' '), '|', e.target.join(' '), '|', p.target.map(l=>l.t).join(' ')); } }
times.sort((a, b) => a - b);
console.log('parse p50', times[200], 'p95', times[380], 'max', times[399], { amb, fail, mism });
for (const e of ex.slice(0, 24)) console.log(e.source.join(' '), ' → ', e.target.join(' '));
