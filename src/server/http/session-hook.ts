import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from '../../core/auth/access.ts';
import { DomainError } from '../../core/errors/domain-error.ts';
import type { ServiceContext } from '../context.ts';
import { type ResolvedSession, resolveSession, SESSION_TTL_MS } from '../modules/auth/auth.service.ts';

export const SESSION_COOKIE = 'vd_session';
export const CSRF_HEADER = 'x-csrf-token';

declare module 'fastify' {
  interface FastifyRequest {
    session: ResolvedSession | null;
  }
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Requests that may come without a session or token: logging in opens the session. */
const CSRF_EXEMPT = new Set(['/api/auth/login']);

/** Loads the session from its cookie on every API request and checks the CSRF token of every change. */
export function registerSessionHook(app: FastifyInstance, ctx: ServiceContext): void {
  app.decorateRequest('session', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[SESSION_COOKIE];
    request.session = token ? await resolveSession(ctx, token) : null;
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

export function requireSession(request: FastifyRequest): ResolvedSession {
  if (!request.session) throw new DomainError('UNAUTHENTICATED', 'Vui lòng đăng nhập để tiếp tục.');
  return request.session;
}

export function setSessionCookie(reply: FastifyReply, token: string, secure: boolean): void {
  reply.setCookie(SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: Math.floor(SESSION_TTL_MS / 1000),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** The client address for the audit log. */
export function requestMeta(request: FastifyRequest): { ip: string | null } {
  return { ip: request.ip ?? null };
}
