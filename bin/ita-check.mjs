#!/usr/bin/env node
// Thin launcher: the CLI is bundled into dist/cli by `npm run build:cli` (run by npm ci / npm install).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const bundle = new URL('../dist/cli/ita-check.mjs', import.meta.url);
if (!existsSync(fileURLToPath(bundle))) {
  process.stderr.write('ita-check: not built yet; run `npm run build:cli` first\n');
  process.exit(2);
}
const { run } = await import(bundle.href);
await run(process.argv.slice(2));
