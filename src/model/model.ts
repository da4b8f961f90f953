/** A loaded model: configuration, vocabulary and parameters. */
import type { Vocab } from '../data/vocab';
import type { ModelConfig } from './config';
import type { Params } from './params';

export interface Model {
  config: ModelConfig;
  vocab: Vocab;
  params: Params;
}

export const disposeModel = (m: Model) => Object.values(m.params).forEach((t) => t.dispose());
