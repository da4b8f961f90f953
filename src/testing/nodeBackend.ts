/** Vitest setup for the tests that run the model: tfjs on Node's wasm backend, as training and the CLI use it. */
import { beforeAll } from 'vitest';
import { startNodeBackend } from '../cli/backend';

beforeAll(() => startNodeBackend());
