/**
 * A second deploy of the app, as an update brings it: built from a copy of this checkout with a new
 * footer and changed models (en-zh attention's manifest no longer claims guided alignment, so the
 * heatmap caption changes; dates attention's manifest changes too).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const SECOND_FOOTER = 'Version 2 of this page.';

function edit(path: string, change: (text: string) => string) {
  const before = readFileSync(path, 'utf8');
  const after = change(before);
  if (after === before) throw new Error(`${path}: the edit for the second deploy no longer applies`);
  writeFileSync(path, after);
}

const editManifest = (path: string, change: (m: { provenance: Record<string, unknown> }) => void) =>
  edit(path, (text) => {
    const m = JSON.parse(text);
    change(m);
    return JSON.stringify(m, null, 1) + '\n';
  });

/** Builds the second deploy into `.cache/e2e/deploy-<id>/` and returns that folder (spec files running at once each use their own `id`). */
export function buildSecondDeploy(id = '2'): string {
  const work = resolve(`.cache/e2e/source-${id}`);
  const out = resolve(`.cache/e2e/deploy-${id}`);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  for (const f of ['src', 'public', 'index.html', 'vite.config.ts', 'tsconfig.json', 'package.json'])
    cpSync(f, join(work, f), { recursive: true });
  cpSync('pretrained', join(work, 'pretrained'), { recursive: true, filter: (f) => !f.includes('snapshots') });
  symlinkSync(resolve('node_modules'), join(work, 'node_modules'), 'dir');
  edit(join(work, 'src/app/i18n/en.ts'), (s) => s.replace("footer: 'Every number", `footer: '${SECOND_FOOTER} Every number`));
  editManifest(join(work, 'pretrained/en-zh/attention/model.json'), (m) => (m.provenance.guidedAlignment = 0));
  editManifest(join(work, 'pretrained/dates/attention/model.json'), (m) => (m.provenance.command += ' # deploy 2'));
  execFileSync('npx', ['vite', 'build', '--outDir', out, '--emptyOutDir', '--logLevel', 'warn'], { cwd: work, stdio: 'inherit' });
  if (!existsSync(join(out, 'sw.js'))) throw new Error('the second deploy has no service worker');
  return out;
}
