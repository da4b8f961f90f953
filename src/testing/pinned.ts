/**
 * Tests that hold our kernels to tfjs's own results bit for bit are tied to the tfjs release
 * src/model/tfjsInternals.ts was written for: on any other they are skipped, and their name says why
 * (the kernels are off there, so such a test would only compare the tf ops with themselves).
 */
import { describe, it } from 'vitest';
import { internalsProblem } from '../model/tfjsInternals';

const problem = internalsProblem('wasm') ?? internalsProblem('cpu');
const skipped = (name: string) => `${name} (skipped: ${problem})`;

export const describePinned = (name: string, body: () => void) => (problem ? describe.skip(skipped(name), body) : describe(name, body));
export const itPinned = (name: string, body: () => void | Promise<void>) => (problem ? it.skip(skipped(name), body) : it(name, body));
