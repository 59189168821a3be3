import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../../src/server/config.ts';
import { startServer } from '../../../src/server/main.ts';
import { loadDemo } from '../../../src/server/seed/demo.ts';

const WEB_DIR = path.resolve(import.meta.dirname, '../../../dist/web');

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
