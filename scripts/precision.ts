/**
 * npm run precision [-- --task en-zh --out pretrained --json FILE] — what storing a shipped model's weights
 * in fewer bits costs: each model of pretrained/<task>/ is scored on its test split as shipped, then with
 * its weights re-encoded to each smaller precision (weights.ts) and read back, as the app would read them.
 * Prints exact match, per length bucket, alignment, the weights' bytes and how many translations changed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Example } from '../src/data/sample';
import { bucketName, buckets, taskIds } from '../src/data/tasks';
import { modelNames } from '../src/model/config';
import type { Model } from '../src/model/model';
import { translateBatch } from '../src/model/translateBatch';
import { evaluate, type Metrics } from '../src/model/evaluate';
import { disposeModel } from '../src/model/model';
import { decodeParams, encodeParams, type Precision } from '../src/model/weights';
import { oneOf, parseArgs } from '../src/cli/args';
import { startNodeBackend } from '../src/cli/backend';
import { loadModel, modelDir } from '../src/cli/files';

const { values } = parseArgs(process.argv.slice(2), { task: 'string', out: 'string', json: 'string' });
const taskId = oneOf('task', values.task, taskIds, 'en-zh');
const root = typeof values.out === 'string' ? values.out : 'pretrained';
await startNodeBackend();

const test = (JSON.parse(readFileSync(join(root, taskId, 'test.json'), 'utf8')) as { examples: Example[] }).examples;
const smaller: Precision[] = ['mixed', 'uint8'];
const pct = (x: number | null | undefined) => (x === null || x === undefined ? '—' : (x * 100).toFixed(1));
const rows: { model: string; precision: string; bytes: number; metrics: Metrics; changed: number }[] = [];

/** Every test sentence's translation, as one string each. */
async function outputs(model: Model): Promise<string[]> {
  const out: string[] = [];
  for (let i = 0; i < test.length; i += 200)
    for (const r of await translateBatch(
      model,
      test.slice(i, i + 200).map((e) => e.source),
    ))
      out.push(r.tokens.join(' '));
  return out;
}

for (const name of modelNames.filter((n) => existsSync(join(modelDir(root, taskId, n), 'model.json')))) {
  const { model, manifest } = await loadModel(modelDir(root, taskId, name));
  const shipped = model.params;
  const reference = await outputs(model);
  const score = async (precision: string, bytes: number) => {
    const metrics = await evaluate(model, test, { byWord: false });
    const changed = (await outputs(model)).filter((t, i) => t !== reference[i]).length;
    rows.push({ model: name, precision, bytes, metrics, changed });
    console.error(
      `${taskId}/${name} ${precision}: exact ${pct(metrics.exact)} %, alignment ${pct(metrics.alignment)} %, ${changed} changed`,
    );
  };
  await score(`${manifest.weights.precision} (shipped)`, manifest.weights.bytes);
  for (const precision of smaller) {
    const { specs, data } = await encodeParams(shipped, precision);
    model.params = decodeParams(specs, data);
    await score(precision, data.byteLength);
    disposeModel(model);
  }
  model.params = shipped;
  disposeModel(model);
}

const head = ['model', 'precision', 'weights', 'exact', 'tokens', 'align', ...buckets.map((b) => `exact ${bucketName(b)}`), 'changed'];
console.log(`| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|`);
for (const { model, precision, bytes, metrics: m, changed } of rows)
  console.log(
    `| ${[model, precision, `${(bytes / 1e6).toFixed(2)} MB`, pct(m.exact), (m.tokenAccuracy * 100).toFixed(2), pct(m.alignment), ...m.byLength.map((b) => pct(b?.exact)), `${changed}`].join(' | ')} |`,
  );
if (typeof values.json === 'string')
  writeFileSync(values.json, JSON.stringify({ task: taskId, sentences: test.length, rows }, null, 1) + '\n');
