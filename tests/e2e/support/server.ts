import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/server/config.ts';
import { openDatabase } from '../../../src/server/db/database.ts';
import { startServer } from '../../../src/server/main.ts';
import { loadDemo } from '../../../src/server/seed/demo.ts';
import { ensureReferenceData } from '../../../src/server/seed/install-reference.ts';
import { copyPreparedDataDir } from '../../../src/server/testing/test-database.ts';

const WEB_DIR = path.resolve(import.meta.dirname, '../../../dist/web');

/**
 * A data folder as `startServer` leaves it with the demo loaded, made once an hour (the demo's times are
 * the clock's) and copied for each server: building it costs more than the copy.
 */
async function prepareDataDir(dataDir: string): Promise<void> {
  const hour = new Date()
    .toISOString()
    .slice(0, 13)
    .replace(/[^0-9]/g, '');
  await copyPreparedDataDir(`e2e_${hour}`, dataDir, async (dir) => {
    const handle = await openDatabase({ engine: 'pglite', dataDir: dir });
    try {
      await ensureReferenceData(handle.db, new Date());
      await loadDemo({ db: handle.db, now: () => new Date() });
    } finally {
      await handle.close();
    }
  });
}

/**
 * The real application on a random port: the built web UI, the API, and a fresh embedded database
 * in a temporary folder with the Bạch Long Vĩ demo loaded.
 */
export async function startTestServer(): Promise<{
  url: string;
  demoConferenceId: string;
  close(): Promise<void>;
}> {
  if (!fs.existsSync(path.join(WEB_DIR, 'index.html'))) {
    throw new Error('The web UI is not built: run `npm run build:web` first.');
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vinhdanh-e2e-'));
  await prepareDataDir(dataDir);
  let demoConferenceId = '';
  const server = await startServer(
    loadConfig({ port: 0, host: '127.0.0.1', dataDir, webDir: WEB_DIR, logLevel: 'warn' }, {}),
    {
      prepare: async (ctx) => {
        demoConferenceId = (await loadDemo(ctx)).conferenceId;
      },
    },
  );
  return {
    url: server.url.replace('localhost', '127.0.0.1'),
    demoConferenceId,
    async close() {
      await server.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
