#!/usr/bin/env node
// Entry point of the `vinhdanh` command. The CLI is TypeScript run directly by Node 24; an older Node
// (when the file is started by hand) hands over to the Node 24 that `npm ci` installs with the project.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

const major = Number(process.versions.node.split('.')[0]);
if (major >= 24) {
  await import('../src/cli/main.ts');
} else {
  const node24 = fileURLToPath(new URL('../node_modules/.bin/node', import.meta.url));
  if (!fs.existsSync(node24)) {
    console.error('Vinh Danh cần Node.js 24. Hãy chạy `npm ci` trong thư mục dự án trước.');
    process.exit(1);
  }
  const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
  const result = spawnSync(node24, [main, ...process.argv.slice(2)], { stdio: 'inherit' });
  process.exit(result.status ?? 1);
}
