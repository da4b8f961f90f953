/** A tiny `--flag value` parser for the command-line tools: unknown flags are errors, not surprises. */
export function parseArgs(argv: string[], flags: Record<string, 'string' | 'boolean'>) {
  const values: Record<string, string | boolean> = {};
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (!a.startsWith('--')) {
      rest.push(a);
      continue;
    }
    const name = a.slice(2);
    const kind = flags[name];
    if (!kind)
      throw new Error(
        `Unknown option ${a}. Options: ${Object.keys(flags)
          .map((f) => `--${f}`)
          .join(' ')}`,
      );
    if (kind === 'boolean') values[name] = true;
    else {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value.`);
      values[name] = v;
    }
  }
  return { values, rest };
}

export function oneOf<T extends string>(name: string, value: unknown, allowed: readonly T[], fallback?: T): T {
  if (value === undefined && fallback !== undefined) return fallback;
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw new Error(`--${name} must be one of ${allowed.join(', ')}${value === undefined ? '' : ` (got "${String(value)}")`}.`);
}

export function positiveInt(name: string, value: unknown, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`--${name} must be a positive whole number (got "${String(value)}").`);
  return n;
}
