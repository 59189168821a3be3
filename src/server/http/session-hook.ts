import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/auth/access.ts';
import { DomainError } from '../../core/errors/domain-error.ts';
import type { CurrentUser } from '../../shared/api/auth.ts';

export const SESSION_COOKIE = 'vd_session';
export const CSRF_HEADER = 'x-csrf-token';

/** The signed-in session of a request, as the sign-in feature resolves it from the cookie's token. */
export interface RequestSession {
  sessionId: string;
  csrfToken: string;
  actor: Actor;
  user: CurrentUser;
}

/** Finds the live session of a cookie's token (null when unknown or expired); given by the app. */
export type SessionLookup = (token: string) => Promise<RequestSession | null>;

declare module 'fastify' {
  interface FastifyRequest {
    session: RequestSession | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Requests that may come without a session or token: logging in opens the session. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** Loads the session from its cookie on every API request and checks the CSRF token of every change. */
export function registerSessionHook(app: FastifyInstance, lookupSession: SessionLookup): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await lookupSession(token) : null;
    if (SAFE_METHODS.has(request.method)) return;
    const path = request.url.split('?')[0];
    if (CSRF_EXEMPT.has(path)) return;
    if (!request.session)
      throw new DomainError('UNAUTHENTICATED', 'Phiên làm việc đã hết hạn. Vui lòng đăng nhập lại.');
    if (request.headers[CSRF_HEADER] !== request.session.csrfToken) {
      throw new DomainError(
        'FORBIDDEN',
        'Yêu cầu bị từ chối vì thiếu mã bảo vệ (CSRF). Hãy tải lại trang rồi thử lại.',
      );
    }
  });
}

/** The signed-in actor, or a 401 for anonymous requests. */
export function requireActor(request: FastifyRequest): Actor {
  if (!request.session) throw new DomainError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
  return request.session.actor;
}

export function requireSession(request: FastifyRequest): RequestSession {
  if (!request.session) throw new DomainError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
  return request.session;
}

export function setSessionCookie(
  reply: FastifyReply,
  token: string,
  secure: boolean,
  maxAgeMs: number,
): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(maxAgeMs / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The client address for the audit log. */
export function requestMeta(request: FastifyRequest): { ip: string | null } {
  return { ip: request.ip ?? null };
}
