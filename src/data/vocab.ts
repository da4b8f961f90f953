/** Token ↔ id tables, built from the training split and saved with the weights. */
import type { Example } from './sample';

export interface Vocab {
  source: string[];
  target: string[];
}

export const PAD = 0;
/** Source: 0 pad, 1 unknown. Target: 0 pad, 1 start, 2 end, 3 unknown. */
export const SOURCE_UNK = 1;
export const START = 1;
export const END = 2;
export const TARGET_UNK = 3;
export const sourceSpecials = ['<pad>', '<unk>'];
export const targetSpecials = ['<pad>', '<s>', '</s>', '<unk>'];

export function buildVocab(examples: readonly Example[]): Vocab {
  const src = new Set<string>();
  const tgt = new Set<string>();
  for (const e of examples) {
    e.source.forEach((t) => src.add(t));
    e.target.forEach((t) => tgt.add(t));
  }
  return { source: [...sourceSpecials, ...[...src].sort()], target: [...targetSpecials, ...[...tgt].sort()] };
}

export const indexer = (tokens: readonly string[], unk: number) => {
  const map = new Map(tokens.map((t, i) => [t, i]));
  return (t: string) => map.get(t) ?? unk;
};

/** A token as the screen and the exports show it: a space (dates are read character by character) as ␣. */
export const tokenLabel = (token: string) => (token === ' ' ? '␣' : token);
