/**
 * npm run -s translate -- --task en-zh [--model attention|distracted|general|scaled-dot] [--json] [--out DIR] "Tom chased Jerry."
 *
 * Prints the translation. With no sentence, reads one per line from standard input and writes one per
 * line, in order. Empty, over-long or unknown-word input: a message on stderr and exit code 1 (in
 * batch mode an empty output line and the batch goes on). Sentences outside the language are still
 * translated, with a note on stderr. `--out` is where the models are (as `npm run train` wrote them;
 * default pretrained/).
 */
import { check, MAX_CHARS } from '../data/check';
import { taskIds } from '../data/tasks';
import { modelNames } from '../model/config';
import { translate } from '../model/translate';
import { oneOf, parseArgs } from './args';
import { startNodeBackend } from './backend';
import { loadModel, modelDir, taskOfData } from './files';
import type { Manifest } from '../model/manifest';
import type { Model } from '../model/model';

let args;
try {
  args = parseArgs(process.argv.slice(2), { task: 'string', model: 'string', json: 'boolean', out: 'string' });
  oneOf('task', args.values.task, taskIds, 'en-zh');
  oneOf('model', args.values.model, modelNames, 'attention');
} catch (e) {
  console.error((e as Error).message);
  process.exit(2);
}
const taskId = oneOf('task', args.values.task, taskIds, 'en-zh');
const variant = oneOf('model', args.values.model, modelNames, 'attention');
const json = args.values.json === true;
await startNodeBackend();
const dir = modelDir(typeof args.values.out === 'string' ? args.values.out : 'pretrained', taskId, variant);
let model: Model;
let manifest: Manifest;
try {
  ({ model, manifest } = await loadModel(dir));
} catch (e) {
  console.error(`Cannot load the model from ${dir}: ${(e as Error).message}`);
  process.exit(1);
}
// The language the model was trained on.
const task = taskOfData(taskId, manifest.provenance.dataVersion);

/** Lines of standard input, split at \n alone (a CRLF's \r is dropped): a bare \r inside a line stays part of it. */
async function* lines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const strip = (line: string) => (line.endsWith('\r') ? line.slice(0, -1) : line);
  let rest = '';
  for await (const chunk of input.setEncoding('utf8') as AsyncIterable<string>) {
    if (!chunk.includes('\n')) {
      rest += chunk; // a long line arrives in many chunks: don't search it again for each
      continue;
    }
    const parts = chunk.split('\n');
    parts[0] = rest + parts[0]!;
    rest = parts.pop()!;
    for (const line of parts) yield strip(line);
  }
  if (rest) yield strip(rest);
}

/** Translates one line; returns the output line, or throws an Error whose message is for the user. */
async function run(text: string): Promise<string> {
  const c = check(task, text);
  if (c.kind === 'empty') throw new Error('Empty input: type a sentence.');
  if (c.kind === 'chinese') throw new Error('That is Chinese: the en-zh model reads English and writes Chinese. Type an English sentence.');
  if (c.kind === 'too-long')
    throw new Error(
      text.length > MAX_CHARS
        ? `Too long: ${text.length} characters; the model reads at most ${MAX_CHARS} characters (${c.max} tokens).`
        : `Too long: ${c.tokens.tokens.length} tokens; the model reads at most ${c.max}.`,
    );
  if (c.kind === 'unknown')
    throw new Error(
      c.unknown
        .map(
          (u) =>
            `Unknown ${task.characters ? 'character' : 'word'} “${u.token}”${u.suggestions.length ? ` (did you mean ${u.suggestions.map((s) => `“${s}”`).join(', ')}?)` : ''}.`,
        )
        .join(' '),
    );
  const trace = await translate(model, c.tokens.tokens);
  const translation = task.showTarget(trace.tokens);
  if (c.kind === 'outside')
    console.error(
      `Note: outside the ${task.id} language (${c.reason.en}${c.suggestion ? ` Try: ${c.suggestion}` : ''}); translated anyway.`,
    );
  if (!json) return translation;
  return JSON.stringify({
    task: task.id,
    model: variant,
    input: text,
    source: trace.source,
    translation,
    tokens: trace.tokens,
    alpha: trace.alpha ? trace.steps.slice(0, trace.tokens.length).map((s) => s.alpha) : null,
    topk: trace.steps.map((s) => s.topk),
    inLanguage: c.kind === 'ok',
    reference: c.kind === 'ok' ? task.showTarget(c.reference) : null,
    referenceTokens: c.kind === 'ok' ? c.reference : null,
    gold: c.kind === 'ok' ? c.links : null,
    correct: c.kind === 'ok' ? c.reference.join(' ') === trace.tokens.join(' ') : null,
    why: c.kind === 'outside' ? c.reason.en : null,
  });
}

const sentence = args.rest.join(' ');
if (args.rest.length) {
  try {
    console.log(await run(sentence));
  } catch (e) {
    console.error((e as Error).message);
    process.exitCode = 1;
  }
} else {
  let line = 0;
  let failed = 0;
  for await (const text of lines(process.stdin)) {
    line++;
    try {
      console.log(await run(text));
    } catch (e) {
      failed++;
      console.log('');
      console.error(`line ${line}: ${(e as Error).message}`);
    }
  }
  if (failed) process.exitCode = 1;
}
