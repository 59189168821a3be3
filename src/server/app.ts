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
import { registerSessionHook } from './http/session-hook.ts';
import { auditRoutes } from './modules/audit/audit.routes.ts';
import { authRoutes } from './modules/auth/auth.routes.ts';
import { awardRecordRoutes } from './modules/awards/history/award-records.routes.ts';
import { awardCatalogueRoutes } from './modules/awards/catalogue/catalogue.routes.ts';
import { certificateRoutes } from './modules/awards/certificates/certificates.routes.ts';
import { awardDecisionRoutes } from './modules/awards/decisions/decisions.routes.ts';
import { awardProposalRoutes } from './modules/awards/proposals/proposals.routes.ts';
import { awardStatisticsRoutes } from './modules/awards/history/statistics.routes.ts';
import { verificationRoutes } from './modules/awards/verification/verification.routes.ts';
import { conferenceRoutes } from './modules/conferences/conferences.routes.ts';
import { apportionRoutes } from './modules/delegation/apportion.routes.ts';
import { delegateListRoutes } from './modules/delegation/delegate-lists.routes.ts';
import { delegateRoutes } from './modules/delegation/delegation.routes.ts';
import { fileRoutes } from './modules/files/files.routes.ts';
import { MAX_UPLOAD_BYTES } from './modules/files/uploads.ts';
import { nominationRoutes } from './modules/nominations/nominations.routes.ts';
import { nominationXlsxRoutes } from './modules/nominations/nominations-xlsx.routes.ts';
import { notificationRoutes } from './modules/notifications/notifications.routes.ts';
import { referenceRoutes } from './modules/reference/reference.routes.ts';
import { templateRoutes } from './modules/templates/templates.routes.ts';
import { unitRoutes } from './modules/units/units.routes.ts';
import { userRoutes } from './modules/users/users.routes.ts';

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
  /** Where QR codes on certificates point; absent = the address of the request. */
  publicUrl?: string;
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
  registerErrorHandling(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        styleSrc: ["'self'", "'unsafe-inline'"],
        scriptSrc: ["'self'", "'unsafe-inline'"],
        frameSrc: ["'self'", 'blob:'],
        objectSrc: ["'self'", 'blob:'],
      },
    },
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

  registerSessionHook(app, ctx);
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
  await app.register(nominationRoutes(ctx));
  await app.register(nominationXlsxRoutes(ctx));
  await app.register(delegateRoutes(ctx));
  await app.register(delegateListRoutes(ctx));
  await app.register(apportionRoutes(ctx));
  await app.register(fileRoutes(ctx));
  await app.register(notificationRoutes(ctx));
  await app.register(awardCatalogueRoutes(ctx));
  await app.register(awardRecordRoutes(ctx));
  await app.register(awardStatisticsRoutes(ctx));
  await app.register(awardProposalRoutes(ctx));
  await app.register(awardDecisionRoutes(ctx));
  await app.register(certificateRoutes(ctx, { publicUrl: options.publicUrl }));
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
