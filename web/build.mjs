// Builds the tccc SDK: type-checks web/ (tsc --noEmit), bundles sdk/index.ts into one minified IIFE
// (tccc.js), copies the published declarations (tccc.d.ts) next to it, and bundles the visitor chat widget
// (widget/index.ts -> widget.js).
//   node build.mjs [--outdir DIR]      (default: dist/)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const outdirIndex = args.indexOf('--outdir');
const outdir = resolve(outdirIndex >= 0 ? args[outdirIndex + 1] : join(here, 'dist'));

try {
  execFileSync(process.execPath, [join(here, 'node_modules', 'typescript', 'bin', 'tsc'), '--noEmit', '-p', here],
    { stdio: 'inherit', cwd: here });
} catch {
  console.error('error WEB0001: TypeScript type-check of web/ failed (see the tsc errors above).');
  process.exit(1);
}

mkdirSync(outdir, { recursive: true });
const result = await esbuild.build({
  entryPoints: [join(here, 'sdk', 'index.ts')],
  outfile: join(outdir, 'tccc.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
}).catch(() => process.exit(1));
copyFileSync(join(here, 'types', 'tccc.d.ts'), join(outdir, 'tccc.d.ts'));
const bytes = Object.values(result.metafile.outputs)[0].bytes;
console.log(`tccc.js: ${bytes} bytes -> ${outdir}`);

// The visitor chat widget, served at /widget.js.
const widget = await esbuild.build({
  entryPoints: [join(here, 'widget', 'index.ts')],
  outfile: join(outdir, 'widget.js'),
  bundle: true,
  format: 'iife',
  platform: 'browser',
  target: 'es2019',
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  metafile: true,
}).catch(() => process.exit(1));
console.log(`widget.js: ${Object.values(widget.metafile.outputs)[0].bytes} bytes -> ${outdir}`);
