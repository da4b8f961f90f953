/** scripts/kernels.mjs: the trainer's wasm kernels compiled from wasm/train.ts. */
export function compileKernels(): Promise<Uint8Array>;
export function moduleSource(bytes: Uint8Array): string;
