import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyMultipart from '@fastify/multipart';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import '../shared/api/zod-vi.ts';
import type { ServiceContext } from './context.ts';
import { registerErrorHandling } from './http/errors.ts';
import { registerInputGuards } from './http/input-guards.ts';
import { registerSessionHook } from './http/session-hook.ts';
import { auditRoutes } from './modules/audit/index.ts';
import { authRoutes, resolveSession } from './modules/auth/index.ts';
import {
  awardCatalogueRoutes,
  awardDecisionRoutes,
  awardProposalRoutes,
  awardRecordRoutes,
  awardStatisticsRoutes,
  certificateRoutes,
  legalDocumentRoutes,
  verificationRoutes,
} from './modules/awards/index.ts';
import { conferenceRoutes } from './modules/conferences/index.ts';
import { apportionRoutes, delegateListRoutes, delegateRoutes } from './modules/delegation/index.ts';
import { MAX_UPLOAD_BYTES } from './modules/files/index.ts';
import { nominationFileRoutes, nominationRoutes, nominationXlsxRoutes } from './modules/nominations/index.ts';
import { notificationRoutes } from './modules/notifications/index.ts';
import { referenceRoutes } from './modules/reference/index.ts';
import { settingsRoutes } from './modules/settings/index.ts';
import { templateRoutes } from './modules/templates/index.ts';
import { unitRoutes } from './modules/units/index.ts';
import { userRoutes } from './modules/users/index.ts';

export interface AppOptions {
  ctx: ServiceContext;
  /** The built web UI; absent in API-only tests. */
  webDir?: string;
  secureCookies?: boolean;
  logLevel?: string;
  /** Login attempts per minute per address. */
  loginRateLimit?: number;
  /** Believe X-Forwarded-For only behind a reverse proxy; otherwise any client could pick its address. */
  trustProxy?: boolean;
  /** Certificate verifications (/xac-thuc) per minute per address. */
  verifyRateLimit?: number;
}

/** Builds the HTTP application without listening, so tests can call it in-process. */
export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { ctx } = options;
  const app = Fastify({
    logger: { level: options.logLevel ?? 'warn' },
    bodyLimit: 2 * 1024 * 1024,
    trustProxy: options.trustProxy ?? false,
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app, { maxUploadBytes: MAX_UPLOAD_BYTES });
  registerInputGuards(app);

  // Scripts only from the app's own files; HSTS and upgrade-insecure-requests only when the installation
  // is served over HTTPS (secure cookies), never over plain HTTP where they would lock users out.
  const https = options.secureCookies ?? false;
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'"],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'self'", 'blob:'],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    hsts: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
  });
  await app.register(fastifyCookie);
  await app.register(fastifyMultipart, { limits: { fileSize: MAX_UPLOAD_BYTES, files: 1, fields: 10 } });
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Vinh Danh API',
        description: 'Quản lý Hội nghị điển hình tiên tiến và công tác thi đua, khen thưởng.',
        version: '0.1.0',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'vd_session' },
          csrf: { type: 'apiKey', in: 'header', name: 'x-csrf-token' },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  registerSessionHook(app, (token) => resolveSession(ctx, token));
  await app.register(
    authRoutes(ctx, {
      secureCookies: options.secureCookies ?? false,
      loginRateLimit: options.loginRateLimit ?? 20,
    }),
  );
  await app.register(unitRoutes(ctx));
  await app.register(templateRoutes(ctx));
  await app.register(conferenceRoutes(ctx));
  await app.register(userRoutes(ctx));
  await app.register(auditRoutes(ctx));
  await app.register(referenceRoutes(ctx));
  await app.register(settingsRoutes(ctx));
  await app.register(nominationRoutes(ctx));
  await app.register(nominationXlsxRoutes(ctx));
  await app.register(delegateRoutes(ctx));
  await app.register(delegateListRoutes(ctx));
  await app.register(apportionRoutes(ctx));
  await app.register(nominationFileRoutes(ctx));
  await app.register(notificationRoutes(ctx));
  await app.register(awardCatalogueRoutes(ctx));
  await app.register(legalDocumentRoutes(ctx));
  await app.register(awardRecordRoutes(ctx));
  await app.register(awardStatisticsRoutes(ctx));
  await app.register(awardProposalRoutes(ctx));
  await app.register(awardDecisionRoutes(ctx));
  await app.register(certificateRoutes(ctx));
  // Public, before the web UI's catch-all so a certificate's QR code never opens the sign-in screen.
  await app.register(verificationRoutes(ctx, { rateLimit: options.verifyRateLimit ?? 60 }));
  app.get('/api/health', { schema: { hide: true } }, async () => ({ ok: true }));

  if (options.webDir && fs.existsSync(path.join(options.webDir, 'index.html'))) {
    await app.register(fastifyStatic, { root: options.webDir, wildcard: false });
    // The web UI routes on the client: any other page address gets index.html.
    app.get('/*', { schema: { hide: true } }, (_request, reply) => reply.sendFile('index.html'));
  }
  return app;
}
