// Where the e2e suite's time goes: per spec file, the sum of its tests' times (retries included), slowest
// first, then the slowest tests, from the JSON report the last `playwright test` wrote (playwright.config.ts).
// Usage: node scripts/e2eTimes.mjs [report.json]
import { readFileSync } from 'node:fs';

const path = process.argv[2] ?? 'test-results/e2e-times.json';
const report = JSON.parse(readFileSync(path, 'utf8'));

/** Every test of a suite and its nested suites, as { file, title, project, ms, status }. */
function* tests(suite) {
  for (const spec of suite.specs ?? [])
    for (const test of spec.tests)
      yield {
        file: spec.file,
        title: spec.title,
        project: test.projectName,
        ms: test.results.reduce((sum, r) => sum + r.duration, 0),
        status: test.results.at(-1)?.status ?? 'skipped',
      };
  for (const child of suite.suites ?? []) yield* tests(child);
}

const all = report.suites.flatMap((s) => [...tests(s)]);
const byFile = new Map();
for (const t of all) {
  const f = byFile.get(t.file) ?? { ms: 0, count: 0 };
  byFile.set(t.file, { ms: f.ms + t.ms, count: f.count + 1 });
}
const seconds = (ms) => (ms / 1000).toFixed(1).padStart(7);
const sum = all.reduce((s, t) => s + t.ms, 0);

console.log(
  `${path}: ${all.length} tests, ${seconds(report.stats.duration).trim()} s wall clock, ${seconds(sum).trim()} s summed over tests\n`,
);
console.log('      s  tests  file');
for (const [file, f] of [...byFile].sort((a, b) => b[1].ms - a[1].ms))
  console.log(`${seconds(f.ms)}  ${String(f.count).padStart(5)}  ${file}`);
console.log('\nslowest tests:');
for (const t of [...all].sort((a, b) => b.ms - a.ms).slice(0, 10))
  console.log(
    `${seconds(t.ms)}  ${t.file}: ${t.title}${t.project ? ` [${t.project}]` : ''}${t.status === 'passed' ? '' : ` (${t.status})`}`,
  );
