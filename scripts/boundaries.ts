/**
 * The layer and module boundaries of the code, checked by `npm run check`.
 *
 * Each source file's imports are read as text (static `import … from`, `export … from`, side-effect
 * `import '…'` and dynamic `import('…')`), resolved to repository paths, and held against the rules
 * below, which follow `docs/architecture.md`. A broken rule prints the importing file, the imported
 * path and the rule's reason, and the check exits 1.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface ImportEdge {
  /** The importing file, relative to the repository root with forward slashes. */
  from: string;
  /** The imported file (relative imports, resolved) or the package name as written. */
  to: string;
  /** True for a package import (`react`, `node:fs`), false for a file of the repository. */
  external: boolean;
  line: number;
}

export interface Violation {
  edge: ImportEdge;
  rule: string;
}

const isTest = (file: string) =>
  /\.(test|e2e)\.tsx?$/.test(file) || /\.fixture\.ts$/.test(file) || file.startsWith('src/server/testing/');

const under = (file: string, folder: string) => file.startsWith(folder);

/** `src/server/modules/<name>/…` → `<name>`, else undefined. */
export function moduleOf(file: string): string | undefined {
  const m = /^src\/server\/modules\/([^/]+)\//.exec(file);
  return m?.[1];
}

/** A module's face: `src/server/modules/<name>/index.ts`. */
const isFace = (file: string) => /^src\/server\/modules\/[^/]+\/index\.ts$/.test(file);

/** Packages that do I/O, render documents or belong to the server; the core imports none of them. */
const SERVER_PACKAGES =
  /^(node:(fs|net|http|https|child_process|worker_threads|os|path|crypto|url|zlib|stream)(\/.*)?|fs|path|kysely|pg|@electric-sql\/pglite|fastify|@fastify\/.*|docx|pdfmake(\/.*)?|exceljs|sharp|react|react-dom(\/.*)?|@mantine\/.*)$/;

interface Rule {
  reason: string;
  broken(edge: ImportEdge): boolean;
}

export const RULES: Rule[] = [
  {
    reason: 'the core is pure: it imports no server, web, CLI or shared-API code',
    broken: (e) =>
      under(e.from, 'src/core/') &&
      !e.external &&
      (under(e.to, 'src/server/') ||
        under(e.to, 'src/web/') ||
        under(e.to, 'src/cli/') ||
        under(e.to, 'src/shared/')),
  },
  {
    reason: 'the core does no I/O and builds models, not bytes: no server, rendering or UI package',
    broken: (e) => under(e.from, 'src/core/') && !isTest(e.from) && e.external && SERVER_PACKAGES.test(e.to),
  },
  {
    reason: 'the shared API schemas stand alone: they import only the core',
    broken: (e) =>
      under(e.from, 'src/shared/') &&
      !e.external &&
      (under(e.to, 'src/server/') || under(e.to, 'src/web/') || under(e.to, 'src/cli/')),
  },
  {
    reason: 'the browser talks HTTP only: the web imports no server or CLI code',
    broken: (e) =>
      under(e.from, 'src/web/') && !e.external && (under(e.to, 'src/server/') || under(e.to, 'src/cli/')),
  },
  {
    reason: 'storage knows no feature: the database layer imports no module, route or renderer',
    broken: (e) =>
      under(e.from, 'src/server/db/') &&
      !e.external &&
      (under(e.to, 'src/server/modules/') ||
        under(e.to, 'src/server/http/') ||
        under(e.to, 'src/server/render/')),
  },
  {
    reason: 'http plumbing knows no feature: src/server/http imports no module',
    broken: (e) => under(e.from, 'src/server/http/') && !e.external && under(e.to, 'src/server/modules/'),
  },
  {
    reason: 'renderers turn document models into bytes: they import no module and no database code',
    broken: (e) =>
      under(e.from, 'src/server/render/') &&
      !e.external &&
      (under(e.to, 'src/server/modules/') || under(e.to, 'src/server/db/')),
  },
  {
    reason: 'the CLI calls use cases: it imports no renderer, repository or database code',
    broken: (e) =>
      under(e.from, 'src/cli/') &&
      !isTest(e.from) &&
      !e.external &&
      (under(e.to, 'src/server/render/') || under(e.to, 'src/server/db/') || /\.repo\.ts$/.test(e.to)),
  },
  {
    reason: "a module is used by others only through its face (index.ts); another module's files are private",
    broken: (e) => {
      if (e.external) return false;
      const target = moduleOf(e.to);
      if (!target || isFace(e.to)) return false;
      const source = moduleOf(e.from);
      if (source === target) return false;
      // Tests and test helpers may reach inside a module; production code may not.
      return !isTest(e.from);
    },
  },
  {
    reason: "repositories are private to their module: no file outside it imports a module's *.repo.ts",
    broken: (e) =>
      !e.external &&
      /\.repo\.ts$/.test(e.to) &&
      moduleOf(e.to) !== moduleOf(e.from) &&
      !under(e.from, 'src/server/testing/'),
  },
];

const IMPORT_PATTERNS = [
  /^\s*(?:import|export)\b[^'"]*?\bfrom\s*['"]([^'"]+)['"]/,
  /^\s*\}\s*from\s*['"]([^'"]+)['"]/,
  /^\s*import\s*['"]([^'"]+)['"]/,
  /\bimport\(\s*['"]([^'"]+)['"]\s*\)/,
];

/** The imports of one file's text, in order, with 1-based line numbers. */
export function readImports(file: string, text: string): ImportEdge[] {
  const edges: ImportEdge[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (/^\s*(\/\/|\*)/.test(line)) continue;
    for (const pattern of IMPORT_PATTERNS) {
      const m = pattern.exec(line);
      if (!m?.[1]) continue;
      const spec = m[1];
      const external = !spec.startsWith('.');
      const to = external ? spec : path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      edges.push({ from: file, to, external, line: i + 1 });
      break;
    }
  }
  return edges;
}

export function checkEdges(edges: ImportEdge[]): Violation[] {
  const violations: Violation[] = [];
  for (const edge of edges) {
    for (const rule of RULES) if (rule.broken(edge)) violations.push({ edge, rule: rule.reason });
  }
  return violations;
}

/** Import cycles among the files of `folder` (each cycle once, as a list of files). */
export function findCycles(edges: ImportEdge[], folder: string): string[][] {
  const graph = new Map<string, string[]>();
  for (const e of edges) {
    if (e.external || !under(e.from, folder) || !under(e.to, folder)) continue;
    const to = graph.get(e.from) ?? [];
    to.push(e.to);
    graph.set(e.from, to);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const seen = new Set<string>();
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      const s = state.get(next);
      if (s === 'open') {
        const cycle = stack.slice(stack.indexOf(next));
        const key = [...cycle].sort().join('|');
        if (!seen.has(key)) {
          seen.add(key);
          cycles.push(cycle);
        }
      } else if (s === undefined) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return cycles;
}

function sourceFiles(root: string, folder: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
      const rel = `${dir}/${entry.name}`;
      if (entry.isDirectory()) walk(rel);
      else if (/\.tsx?$/.test(entry.name)) out.push(rel);
    }
  };
  walk(folder);
  return out.sort();
}

export function checkRepository(root: string): {
  violations: Violation[];
  cycles: string[][];
  files: number;
} {
  const files = sourceFiles(root, 'src');
  const edges = files.flatMap((f) => readImports(f, fs.readFileSync(path.join(root, f), 'utf8')));
  const cycles = [
    ...findCycles(edges, 'src/web/'),
    ...findCycles(edges, 'src/core/'),
    ...findCycles(edges, 'src/server/'),
  ];
  return { violations: checkEdges(edges), cycles, files: files.length };
}

if (import.meta.main) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const { violations, cycles, files } = checkRepository(root);
  for (const v of violations) console.error(`${v.edge.from}:${v.edge.line} → ${v.edge.to}\n    ${v.rule}`);
  for (const c of cycles) console.error(`import cycle: ${[...c, c[0]].join(' → ')}`);
  if (violations.length > 0 || cycles.length > 0) {
    console.error(
      `\n${violations.length} boundary violation(s), ${cycles.length} import cycle(s) in ${files} files.`,
    );
    process.exit(1);
  }
  console.log(`Boundaries hold: ${files} files, no violation, no import cycle.`);
}
