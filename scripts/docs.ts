/**
 * npm run docs — writes the README's figures from the shipped manifests, their test-split metrics and the
 * last benchmark run (see figures.ts). Run it after `npm run eval`, `npm run bench` or a retraining.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { blocksIn, readSources, render } from './figures';

const before = readFileSync('README.md', 'utf8');
const after = await render(before, readSources());
const [old, now] = [blocksIn(before), blocksIn(after)];
const changed = Object.keys(now).filter((name) => old[name] !== now[name]);
if (after !== before) writeFileSync('README.md', after);
console.log(changed.length ? `README.md: figures rewritten: ${changed.join(', ')}` : 'README.md: every figure is up to date');
