import fs from 'node:fs';

/**
 * Loaded with `--import` into every test process when TEST_CPU_LOG names a file: on exit, appends one
 * line per test file with its wall time and the processor time it and its finished child processes
 * used (from /proc, so Linux only). Processor time hardly changes with the machine's load; wall time does.
 */
const log = process.env.TEST_CPU_LOG;
const file = process.argv[1];
if (log && file && /\.(test|e2e)\.ts$/.test(file)) {
  process.on('exit', () => {
    const ticks = fs.readFileSync('/proc/self/stat', 'utf8').split(') ')[1].split(' ');
    // Fields 14–17 of /proc/[pid]/stat (utime, stime, cutime, cstime), counted after the name.
    const cpu = [11, 12, 13, 14].reduce((sum, i) => sum + Number(ticks[i]), 0) * 10;
    const wall = Math.round(performance.now());
    fs.appendFileSync(log, `${JSON.stringify({ file, cpu, wall })}\n`);
  });
}
