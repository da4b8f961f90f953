/** `pretrained/<task>/<variant>/model.json`: everything needed to load and trust a model. */
import type * as tf from '@tensorflow/tfjs-core';
import type { TaskId } from '../data/tasks';
import type { Vocab } from '../data/vocab';
import type { ModelConfig } from './config';
import type { Precision } from './weights';

export const MANIFEST_FORMAT = 'attention-lens/model@1';

export interface Snapshot {
  /** Share of training done, 0–1. */
  fraction: number;
  step: number;
  /** uint8 weights; their specs (names, shapes, quantization) are in snapshots/specs.json. */
  file: string;
  bytes: number;
  sha256: string;
  /** Validation exact match at that moment. */
  validationExact: number;
}

export interface Manifest {
  format: typeof MANIFEST_FORMAT;
  task: TaskId;
  config: ModelConfig;
  vocab: Vocab;
  /** `precision` says how the weights are stored (weights.ts); each spec's `quantization` says it per tensor. */
  weights: { file: string; bytes: number; sha256: string; precision: Precision; specs: tf.io.WeightsManifestEntry[] };
  snapshots: Snapshot[];
  provenance: {
    seed: number;
    /** Weight of the guided-alignment loss term (0: α learned from translation alone). */
    guidedAlignment?: number;
    /** The step whose weights these are (best on validation). */
    step: number;
    steps: number;
    /** The step by which the learning rate had fallen to a tenth of its peak, where not `steps` (train.ts's `--decay`). */
    decay?: number;
    batchSize: number;
    dataVersion: string;
    corpus: {
      train: number;
      validation: number;
      test: number;
      sha256: string;
      /** Words of the language in no training sentence: cover.ts reached no sentence the grammar accepts with them (en-zh@5 on). */
      uncovered?: string[];
    };
    validation: { exact: number; tokenAccuracy: number };
    trainingSeconds: number;
    backend: string;
    trainedAt: string;
    command: string;
  };
}
