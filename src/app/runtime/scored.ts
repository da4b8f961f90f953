/** A translation with the numbers behind its α, read from the model that made it (scores.ts's ScoredTrace). */
import { scoreOf } from '../../model/config';
import type { Model } from '../../model/model';
import { traceQueryKeys, traceScores } from '../../model/traceScores';
import type { Trace } from '../../model/translate';
import type { ScoredTrace } from '../scores';

export function scoredTrace(model: Model, trace: Trace): ScoredTrace {
  const score = model.config.variant === 'attention' ? scoreOf(model.config) : null;
  return { ...trace, e: traceScores(model, trace), score, qk: score === 'scaled-dot' ? traceQueryKeys(model, trace) : null };
}
