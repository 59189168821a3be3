import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkEdges, findCycles, readImports } from './boundaries.ts';

const violationsOf = (file: string, text: string) =>
  checkEdges(readImports(file, text)).map((v) => v.edge.to);

describe('boundary rules', () => {
  it('reads single-line, multi-line, side-effect and dynamic imports with their lines', () => {
    const edges = readImports(
      'src/server/modules/a/a.service.ts',
      [
        "import fs from 'node:fs';",
        'import {',
        '  x,',
        "} from '../b/b.repo.ts';",
        "import './side.ts';",
        "// import '../c/ignored.ts';",
        "const m = await import('../../render/pdf.ts');",
        "export { y } from './y.ts';",
      ].join('\n'),
    );
    assert.deepEqual(
      edges.map((e) => [e.to, e.line, e.external]),
      [
        ['node:fs', 1, true],
        ['src/server/modules/b/b.repo.ts', 4, false],
        ['src/server/modules/a/side.ts', 5, false],
        ['src/server/render/pdf.ts', 7, false],
        ['src/server/modules/a/y.ts', 8, false],
      ],
    );
  });

  it("refuses another module's repository and inner files, accepts its face and the module's own files", () => {
    const file = 'src/server/modules/awards/decisions.service.ts';
    assert.deepEqual(violationsOf(file, "import { findUnitById } from '../units/units.repo.ts';"), [
      'src/server/modules/units/units.repo.ts',
      'src/server/modules/units/units.repo.ts',
    ]);
    assert.deepEqual(violationsOf(file, "import { x } from '../units/units.service.ts';"), [
      'src/server/modules/units/units.service.ts',
    ]);
    assert.deepEqual(violationsOf(file, "import { findUnit } from '../units/index.ts';"), []);
    assert.deepEqual(violationsOf(file, "import { listDecisions } from './decisions.repo.ts';"), []);
  });

  it('keeps the core pure and the web off the server', () => {
    assert.equal(
      violationsOf('src/core/awards/money.ts', "import { db } from '../../server/db/database.ts';").length,
      1,
    );
    assert.equal(violationsOf('src/core/awards/money.ts', "import fs from 'node:fs';").length, 1);
    assert.equal(
      violationsOf('src/core/awards/money.ts', "import { x } from '../vietnamese/money.ts';").length,
      0,
    );
    assert.equal(
      violationsOf('src/web/pages/x.tsx', "import { y } from '../../server/modules/units/index.ts';").length,
      1,
    );
    assert.equal(
      violationsOf('src/web/pages/x.tsx', "import { y } from '../../core/vietnamese/dates.ts';").length,
      0,
    );
  });

  it('keeps the CLI on use cases and http plumbing off features', () => {
    assert.equal(
      violationsOf('src/cli/commands/doc.ts', "import { renderPdf } from '../../server/render/pdf.ts';")
        .length,
      1,
    );
    assert.equal(
      violationsOf('src/cli/open-data.ts', "import { openDatabase } from '../server/db/database.ts';").length,
      1,
    );
    assert.equal(
      violationsOf('src/server/http/session-hook.ts', "import { a } from '../modules/auth/index.ts';").length,
      1,
    );
  });

  it('finds an import cycle once, and none in a tree', () => {
    const edges = [
      ...readImports('src/web/a.tsx', "import { b } from './b.tsx';"),
      ...readImports('src/web/b.tsx', "import { c } from './c.tsx';"),
      ...readImports('src/web/c.tsx', "import { a } from './a.tsx';"),
      ...readImports('src/web/d.tsx', "import { a } from './a.tsx';"),
    ];
    assert.deepEqual(findCycles(edges, 'src/web/'), [['src/web/a.tsx', 'src/web/b.tsx', 'src/web/c.tsx']]);
    assert.deepEqual(findCycles(edges.slice(0, 2), 'src/web/'), []);
  });
});
