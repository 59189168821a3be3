import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../app.ts';
import type { ServiceContext } from '../context.ts';
import type { DatabaseHandle } from '../db/database.ts';
import { SESSION_COOKIE } from '../http/session-hook.ts';
import { DEMO_PASSWORD, loadDemo } from '../seed/demo.ts';
import { openDemoDatabase, openTestDatabase } from './test-database.ts';

export interface TestApp {
  app: FastifyInstance;
  ctx: ServiceContext;
  handle: DatabaseHandle;
  demoConferenceId: string;
  /** Logs a demo user in and returns a client that sends their cookie and CSRF token. */
  as(username: string, password?: string): Promise<TestClient>;
  close(): Promise<void>;
}

export interface TestClient {
  csrfToken: string;
  cookie: string;
  request(
    method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
    url: string,
    body?: unknown,
  ): Promise<LightMyRequestResponse>;
  /** POSTs one file as the `file` field of a multipart form, as the browser's upload does. */
  upload(url: string, file: UploadFile): Promise<LightMyRequestResponse>;
}

export interface UploadFile {
  data: Buffer;
  fileName: string;
  contentType?: string;
}

/** A multipart/form-data body holding one file in the field `file`. */
export function multipartForm(file: UploadFile): { body: Buffer; contentType: string } {
  const boundary = `----vinhdanh${Date.now().toString(16)}`;
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.fileName}"\r\n` +
    `Content-Type: ${file.contentType ?? 'application/octet-stream'}\r\n\r\n`;
  return {
    body: Buffer.concat([Buffer.from(head), file.data, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    contentType: `multipart/form-data; boundary=${boundary}`,
  };
}

const fixedClocks = new WeakSet<() => Date>();

/** A fixed clock: every test sees the same "now", inside the 2025 cycle. */
export function fixedClock(iso = '2025-08-15T02:00:00.000Z'): () => Date {
  const clock = () => new Date(iso);
  fixedClocks.add(clock);
  return clock;
}

/**
 * A fresh database with the demo loaded: from the prepared image when the clock is fixed (the demo then
 * holds the same rows as when loaded here), else loaded on this clock.
 */
async function demoDatabase(
  engine: 'pglite' | 'postgres',
  now: () => Date,
): Promise<{ handle: DatabaseHandle; conferenceId: string }> {
  if (fixedClocks.has(now)) return openDemoDatabase(engine, now());
  const handle = await openTestDatabase(engine);
  try {
    return { handle, conferenceId: (await loadDemo({ db: handle.db, now })).conferenceId };
  } catch (error) {
    await handle.close();
    throw error;
  }
}

/** The whole application, in-process, on a fresh database with the demo loaded. */
export async function createTestApp(
  engine: 'pglite' | 'postgres',
  options: { now?: () => Date; loginRateLimit?: number } = {},
): Promise<TestApp> {
  const now = options.now ?? fixedClock();
  const { handle, conferenceId } = await demoDatabase(engine, now);
  const ctx: ServiceContext = { db: handle.db, now };
  const app = await buildApp({ ctx, logLevel: 'silent', loginRateLimit: options.loginRateLimit ?? 1000 });
  await app.ready();
  return {
    app,
    ctx,
    handle,
    demoConferenceId: conferenceId,
    async as(username, password = DEMO_PASSWORD) {
      const res = await app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { username, password },
      });
      if (res.statusCode !== 200)
        throw new Error(`Login of ${username} failed: ${res.statusCode} ${res.body}`);
      const cookie = res.cookies.find((c) => c.name === SESSION_COOKIE);
      if (!cookie) throw new Error('No session cookie');
      const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
      const cookieHeader = `${SESSION_COOKIE}=${cookie.value}`;
      return {
        csrfToken,
        cookie: cookieHeader,
        request: (method, url, body) =>
          app.inject({
            method,
            url,
            headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken },
            ...(body === undefined ? {} : { payload: body as object }),
          }),
        upload: (url, file) => {
          const form = multipartForm(file);
          return app.inject({
            method: 'POST',
            url,
            headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken, 'content-type': form.contentType },
            payload: form.body,
          });
        },
      };
    },
    async close() {
      await app.close();
      await handle.close();
    },
  };
}
