import module from 'node:module';
import path from 'node:path';

/**
 * Loaded with `--import` by the test scripts: every test process, and every `vinhdanh` command a test
 * starts, keeps Node's compiled code of the TypeScript modules in node_modules/.cache, so that the
 * hundreds of processes of a run compile the application once instead of each time.
 */
const dir = path.resolve(import.meta.dirname, '../../../node_modules/.cache/node-compile');
process.env.NODE_COMPILE_CACHE ??= dir;
module.enableCompileCache?.(process.env.NODE_COMPILE_CACHE);
