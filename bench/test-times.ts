import path from 'node:path';

/**
 * A node:test reporter that adds up the time of each test file (its top-level tests and suites, hooks
 * included) and prints the files from slowest to fastest, then the failures. Use it next to the usual
 * reporter: `node --test --test-reporter=spec --test-reporter-destination=stdout
 * --test-reporter=./bench/test-times.ts --test-reporter-destination=times.txt "src/**\/*.test.ts"`.
 */
export default async function* testTimes(source: AsyncIterable<{ type: string; data: TestEventData }>) {
  const started = Date.now();
  const files = new Map<string, { ms: number; tests: number; failed: number }>();
  const failures: string[] = [];
  for await (const event of source) {
    if (event.type !== 'test:pass' && event.type !== 'test:fail') continue;
    const { data } = event;
    const file = data.file ? path.relative(process.cwd(), data.file) : '(unknown)';
    const entry = files.get(file) ?? { ms: 0, tests: 0, failed: 0 };
    files.set(file, entry);
    if (data.details?.type !== 'suite') entry.tests++;
    if (event.type === 'test:fail' && data.details?.type !== 'suite') {
      entry.failed++;
      failures.push(`${file}: ${data.name}`);
    }
    if (data.nesting === 0) entry.ms += data.details?.duration_ms ?? 0;
  }
  const rows = [...files].sort((a, b) => b[1].ms - a[1].ms);
  const total = rows.reduce((sum, [, e]) => sum + e.ms, 0);
  yield `Wall time: ${((Date.now() - started) / 1000).toFixed(1)} s; sum of file times: ${(total / 1000).toFixed(1)} s; files: ${rows.length}\n`;
  for (const [file, e] of rows) {
    yield `${(e.ms / 1000).toFixed(1).padStart(7)} s  ${String(e.tests).padStart(4)} tests${e.failed ? ` ${e.failed} FAILED` : ''}  ${file}\n`;
  }
  if (failures.length) yield `\nFailed:\n${failures.map((f) => `  ${f}`).join('\n')}\n`;
}

interface TestEventData {
  name: string;
  nesting: number;
  file?: string;
  details?: { duration_ms?: number; type?: string };
}
