/** The shipped models, as tests load them from `pretrained/` (SHA-256 checked). */
import type { TaskId } from '../data/tasks';
import type { Variant } from '../model/config';
import { loadModel, modelDir } from '../train/files';

export const loadShipped = (task: TaskId, variant: Variant) => loadModel(modelDir('pretrained', task, variant));
