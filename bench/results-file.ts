/** Keeps several benchmarks' sections in bench/RESULTS.md: each replaces only its own section. */
import fs from 'node:fs';

const FILE = new URL('./RESULTS.md', import.meta.url);

const marks = (name: string) => [`<!-- ${name}:start -->`, `<!-- ${name}:end -->`] as const;

/** Replaces (or appends) the section `name` of bench/RESULTS.md. */
export function writeSection(name: string, lines: string[]): void {
  const [open, close] = marks(name);
  const text = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '# Benchmark results\n';
  const block = [open, ...lines, close].join('\n');
  const a = text.indexOf(open);
  const b = text.indexOf(close);
  const next =
    a >= 0 && b > a
      ? text.slice(0, a) + block + text.slice(b + close.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(FILE, next);
}

/** The sections other benchmarks wrote, to keep when a benchmark rewrites the whole file. */
export function otherSections(): string {
  if (!fs.existsSync(FILE)) return '';
  const text = fs.readFileSync(FILE, 'utf8');
  const found = text.match(/<!-- ([a-z-]+):start -->[\s\S]*?<!-- \1:end -->/g);
  return found ? `\n${found.join('\n\n')}\n` : '';
}
