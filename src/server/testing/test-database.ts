import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { type DatabaseHandle, openDatabase } from '../db/database.ts';
import { loadDemo } from '../seed/demo.ts';

/**
 * Test databases start from prepared images instead of being built anew in every test file: the
 * migrated schema, or the schema with the Bạch Long Vĩ demo loaded at a given moment. PGlite loads the
 * image from a tarball of its data folder (cached under node_modules/.cache); PostgreSQL copies a
 * template database. An image is named after a hash of the server code (migrations, seed, services), so
 * any change of that code builds new images on the next run; the first test file to need an image
 * builds it while the others wait for it.
 */

export type TestEngine = 'pglite' | 'postgres';

/** The engines every repository and API test runs on: PGlite always, PostgreSQL when configured. */
export function testEngines(): TestEngine[] {
  return process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * A fresh, migrated, empty database: in-memory PGlite, or a new database on the PostgreSQL server
 * of TEST_DATABASE_URL that is dropped again on close.
 */
export async function openTestDatabase(engine: TestEngine): Promise<DatabaseHandle> {
  return (await openPrepared(engine, 'schema', async () => ({}))).handle;
}

/**
 * A fresh database with the demo loaded as `loadDemo` does it when the clock reads `at`: the same rows,
 * times and texts, read from an image made once.
 */
export async function openDemoDatabase(
  engine: TestEngine,
  at: Date,
): Promise<{ handle: DatabaseHandle; conferenceId: string }> {
  const stamp = at.toISOString().replace(/[^0-9]/g, '');
  const { handle, meta } = await openPrepared(engine, `demo_${stamp}`, async (db) => {
    const { conferenceId } = await loadDemo({ db: db.db, now: () => new Date(at) });
    return { conferenceId };
  });
  if (typeof meta.conferenceId !== 'string') throw new Error('The demo image has no conference id');
  return { handle, conferenceId: meta.conferenceId };
}

/**
 * Fills the empty data folder `dataDir` with a copy of a prepared one, made once by `build` (on a folder
 * of its own) for this code version and `kind`.
 */
export async function copyPreparedDataDir(
  kind: string,
  dataDir: string,
  build: (dataDir: string) => Promise<void>,
): Promise<void> {
  const name = `${sourceHash()}_${kind}`;
  const ready = path.join(CACHE_DIR, `${name}.dir`);
  if (fs.existsSync(ready)) touch(ready);
  else {
    fs.mkdirSync(CACHE_DIR, { recursive: true });
    const release = await lockFile(`${ready}.lock`, () => fs.existsSync(ready));
    try {
      if (!fs.existsSync(ready)) {
        const work = `${ready}.${process.pid}.part`;
        fs.rmSync(work, { recursive: true, force: true });
        await build(work);
        fs.renameSync(work, ready);
        removeStaleImages(name);
      }
    } finally {
      release();
    }
  }
  fs.cpSync(ready, dataDir, { recursive: true });
}

/** Fills the empty folder `dataDir` with a migrated, empty embedded database, as a first start leaves it. */
export function copyMigratedDataDir(dataDir: string): Promise<void> {
  return copyPreparedDataDir('schema', dataDir, async (dir) => {
    await (await openDatabase({ engine: 'pglite', dataDir: dir })).close();
  });
}

type ImageMeta = Record<string, unknown>;
type Build = (handle: DatabaseHandle) => Promise<ImageMeta>;

async function openPrepared(
  engine: TestEngine,
  kind: string,
  build: Build,
): Promise<{ handle: DatabaseHandle; meta: ImageMeta }> {
  const name = `${sourceHash()}_${kind}`;
  return engine === 'pglite' ? openPgliteImage(name, build) : openPostgresCopy(name, build);
}

const REPO = path.resolve(import.meta.dirname, '../../..');
const CACHE_DIR = path.join(REPO, 'node_modules', '.cache', 'vinhdanh-test-databases');

let hash: string | undefined;

/** A hash of everything that decides what an image holds: the server, core and shared code, and PGlite. */
function sourceHash(): string {
  if (hash) return hash;
  const h = createHash('sha256');
  const pglite = path.join(REPO, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  h.update(fs.existsSync(pglite) ? fs.readFileSync(pglite) : 'pglite');
  for (const dir of ['src/server', 'src/core', 'src/shared']) {
    const root = path.join(REPO, dir);
    const files = (fs.readdirSync(root, { recursive: true }) as string[])
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .sort();
    for (const f of files) {
      h.update(`${dir}/${f}\0`);
      h.update(fs.readFileSync(path.join(root, f)));
    }
  }
  hash = h.digest('hex').slice(0, 12);
  return hash;
}

// ---- PGlite: a tarball of the data folder, cached on disk and in memory

interface Image {
  data: Buffer;
  meta: ImageMeta;
}

const images = new Map<string, Promise<Image>>();

async function openPgliteImage(
  name: string,
  build: Build,
): Promise<{ handle: DatabaseHandle; meta: ImageMeta }> {
  let image = images.get(name);
  if (!image) {
    image = pgliteImage(name, build);
    images.set(name, image);
    image.catch(() => images.delete(name));
  }
  const { data, meta } = await image;
  const snapshot = new Blob([new Uint8Array(data)], { type: 'application/x-tar' });
  return { handle: await openDatabase({ engine: 'pglite-memory', snapshot }), meta };
}

async function pgliteImage(name: string, build: Build): Promise<Image> {
  const tar = path.join(CACHE_DIR, `${name}.tar`);
  const json = path.join(CACHE_DIR, `${name}.json`);
  const read = (): Image | null => {
    if (!fs.existsSync(tar) || !fs.existsSync(json)) return null;
    touch(tar);
    touch(json);
    return { data: fs.readFileSync(tar), meta: JSON.parse(fs.readFileSync(json, 'utf8')) as ImageMeta };
  };
  const cached = read();
  if (cached) return cached;
  fs.mkdirSync(CACHE_DIR, { recursive: true });
  const release = await lockFile(path.join(CACHE_DIR, `${name}.lock`), () => fs.existsSync(tar));
  try {
    const ready = read();
    if (ready) return ready;
    const handle = await openDatabase({ engine: 'pglite-memory' });
    let image: Image;
    try {
      const meta = await build(handle);
      const dump = await (handle.pglite as NonNullable<DatabaseHandle['pglite']>).dumpDataDir('none');
      image = { data: Buffer.from(await dump.arrayBuffer()), meta };
    } finally {
      await handle.close();
    }
    const part = `.${process.pid}.${randomBytes(4).toString('hex')}.part`;
    fs.writeFileSync(json + part, JSON.stringify(image.meta));
    fs.renameSync(json + part, json);
    fs.writeFileSync(tar + part, image.data);
    fs.renameSync(tar + part, tar);
    removeStaleImages(name);
    return image;
  } finally {
    release();
  }
}

/**
 * Takes a lock file, waiting while another live process holds it; returns early (with nothing to
 * release) once `done` says the holder has made what we came for.
 */
async function lockFile(file: string, done: () => boolean): Promise<() => void> {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
      return () => fs.rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    if (done()) return () => {};
    const holder = Number(fs.readFileSync(file, { encoding: 'utf8', flag: 'a+' }));
    if (!alive(holder) || Date.now() > deadline) fs.rmSync(file, { force: true });
    else await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function alive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Images not used for an hour are removed (older code, or an earlier hour's end-to-end demo). */
function removeStaleImages(current: string): void {
  for (const f of fs.readdirSync(CACHE_DIR)) {
    const file = path.join(CACHE_DIR, f);
    if (f.startsWith(current)) continue;
    try {
      if (Date.now() - fs.statSync(file).mtimeMs > 3_600_000)
        fs.rmSync(file, { recursive: true, force: true });
    } catch {
      // Removed by another process meanwhile.
    }
  }
}

/** Marks an image as used now, so that removeStaleImages keeps it. */
function touch(file: string): void {
  try {
    const now = new Date();
    fs.utimesSync(file, now, now);
  } catch {
    // Only a hint for the clean-up.
  }
}

// ---- PostgreSQL: a template database per image, copied by CREATE DATABASE … TEMPLATE

const TEMPLATE_PREFIX = 'vinhdanh_tpl_';

async function openPostgresCopy(
  imageName: string,
  build: Build,
): Promise<{ handle: DatabaseHandle; meta: ImageMeta }> {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  const template = `${TEMPLATE_PREFIX}${imageName}`.toLowerCase();
  const name = `vinhdanh_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  let meta: ImageMeta;
  try {
    // One process builds a template; the others wait for it here, then copy it one at a time.
    await admin.query('SELECT pg_advisory_lock(hashtext($1))', [template]);
    try {
      meta = (await templateMeta(admin, template)) ?? (await buildTemplate(admin, base, template, build));
      await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
    } finally {
      await admin.query('SELECT pg_advisory_unlock(hashtext($1))', [template]);
    }
  } finally {
    await admin.end();
  }
  const handle = await openDatabase({ engine: 'postgres', url: databaseUrl(base, name) });
  return {
    meta,
    handle: {
      ...handle,
      close: async () => {
        await handle.close();
        const dropper = new pg.Client({ connectionString: base });
        await dropper.connect();
        await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await dropper.end();
      },
    },
  };
}

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

async function templateMeta(admin: pg.Client, template: string): Promise<ImageMeta | null> {
  const { rows } = await admin.query<{ comment: string | null }>(
    `SELECT shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname = $1`,
    [template],
  );
  const comment = rows[0]?.comment;
  return comment ? ((JSON.parse(comment) as { meta: ImageMeta }).meta ?? null) : null;
}

/** Builds the template under a working name, then renames it: a template by its name is complete. */
async function buildTemplate(
  admin: pg.Client,
  base: string,
  template: string,
  build: Build,
): Promise<ImageMeta> {
  const work = `${template.slice(0, 50)}_work`;
  await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`);
  await admin.query(`DROP DATABASE IF EXISTS ${work} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${work}`);
  const handle = await openDatabase({ engine: 'postgres', url: databaseUrl(base, work) });
  let meta: ImageMeta;
  try {
    meta = await build(handle);
  } finally {
    await handle.close();
  }
  await admin.query(`ALTER DATABASE ${work} RENAME TO ${template}`);
  const comment = JSON.stringify({ madeAt: Date.now(), meta }).replaceAll("'", "''");
  await admin.query(`COMMENT ON DATABASE ${template} IS '${comment}'`);
  await removeStaleTemplates(admin, template);
  return meta;
}

/** Templates of older code are dropped a day after they were made (other checkouts may still use them). */
async function removeStaleTemplates(admin: pg.Client, current: string): Promise<void> {
  const { rows } = await admin.query<{ datname: string; comment: string | null }>(
    `SELECT datname, shobj_description(oid, 'pg_database') AS comment FROM pg_database WHERE datname LIKE $1`,
    [`${TEMPLATE_PREFIX}%`],
  );
  for (const row of rows) {
    if (row.datname === current || row.datname.endsWith('_work')) continue;
    let madeAt = 0;
    try {
      madeAt = (JSON.parse(row.comment ?? '{}') as { madeAt?: number }).madeAt ?? 0;
    } catch {
      // A template without a readable note is as old as can be.
    }
    if (Date.now() - madeAt < 86_400_000) continue;
    await admin.query(`DROP DATABASE IF EXISTS ${row.datname}`).catch(() => {});
  }
}
