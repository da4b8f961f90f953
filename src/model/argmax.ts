/** Index of the largest value (no tfjs here: the UI uses it without loading the model runtime). */
export const argmax = (xs: readonly number[]) => xs.reduce((best, x, i) => (x > xs[best]! ? i : best), 0);
