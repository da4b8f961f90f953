/** h_j and C_i are GRU states, so every component lies in [−1, 1]: the explorer's one fixed scale for every strip. */
import { vectorColor } from '../../viz/scales';

export const vector = vectorColor(1);
