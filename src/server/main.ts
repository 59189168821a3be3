import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { AppConfig } from './config.ts';
import type { ServiceContext } from './context.ts';
import { type DatabaseHandle, openDatabase, targetFromConfig } from './db/database.ts';
import { ensureReferenceData } from './seed/install-reference.ts';

export interface RunningServer {
  app: FastifyInstance;
  handle: DatabaseHandle;
  url: string;
  close(): Promise<void>;
}

/** Opens the database (taking the data-folder lock), installs reference data and listens. */
export async function startServer(
  config: AppConfig,
  options: { prepare?: (ctx: ServiceContext) => Promise<void> } = {},
): Promise<RunningServer> {
  const handle = await openDatabase(targetFromConfig(config));
  try {
    const ctx: ServiceContext = { db: handle.db, now: () => new Date(), publicUrl: config.publicUrl };
    await ensureReferenceData(handle.db, ctx.now());
    if (options.prepare) await options.prepare(ctx);
    const app = await buildApp({
      ctx,
      webDir: config.webDir,
      secureCookies: config.secureCookies,
      trustProxy: config.trustProxy,
      logLevel: config.logLevel,
    });
    await app.listen({ port: config.port, host: config.host });
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://localhost:${port}`;
    return {
      app,
      handle,
      url,
      async close() {
        await app.close();
        await handle.close();
      },
    };
  } catch (error) {
    await handle.close();
    throw error;
  }
}
