/**
 * The TensorFlow.js date-example inference pattern, re-implemented on our model for a side-by-side
 * benchmark: for every output position, run the whole encoder and the whole decoder over a fixed-length
 * output buffer again, and read the argmax back with dataSync. Same weights, same answers, no reuse.
 */
import * as tf from '@tensorflow/tfjs-core';
import { END, SOURCE_UNK, START, indexer } from '../src/data/vocab';
import { decoderMemory, decoderStep, initialState } from '../src/model/decoder';
import { encode } from '../src/model/encoder';
import type { Model } from '../src/model/model';

export function translateNaive(model: Model, source: readonly string[], outputLength = 2 * source.length + 10): string[] {
  const { config, vocab, params: p } = model;
  const ids = source.map(indexer(vocab.source, SOURCE_UNK));
  const buffer = new Array<number>(outputLength).fill(0);
  buffer[0] = START;
  const out: string[] = [];
  for (let i = 1; i < outputLength; i++) {
    const predicted = tf.tidy(() => {
      const enc = encode(p, tf.tensor2d(ids, [ids.length, 1], 'int32'), tf.ones([ids.length, 1]), config.hidden);
      const memory = decoderMemory(p, config, enc);
      let s = initialState(p, enc);
      const logits: tf.Tensor2D[] = [];
      for (const y of buffer) {
        const o = decoderStep(p, config, memory, tf.tensor1d([y], 'int32'), s);
        s = o.s;
        logits.push(o.logits);
      }
      return tf.argMax(tf.concat(logits, 0), 1);
    });
    const y = predicted.dataSync()[i - 1]!;
    predicted.dispose();
    if (y === END) break;
    buffer[i] = y;
    out.push(vocab.target[y]!);
  }
  return out;
}
