import { describe, expect, it } from 'vitest';
import { pickBackend } from './pickBackend';

describe('pickBackend: the fastest backend, or WebGL when within 1.2× of it', () => {
  it('WebGL within 1.2× of wasm is kept', () => expect(pickBackend({ webgl: 11.9, wasm: 10 })).toBe('webgl'));
  it('WebGL more than 1.2× slower gives way to wasm', () => expect(pickBackend({ webgl: 12.1, wasm: 10 })).toBe('wasm'));
  it('WebGL faster is WebGL', () => expect(pickBackend({ webgl: 3, wasm: 10 })).toBe('webgl'));
  it('without WebGL, the faster of wasm and cpu', () => expect(pickBackend({ wasm: 10, cpu: 40 })).toBe('wasm'));
  it('nothing measured: no choice', () => expect(pickBackend({})).toBeNull());
});
