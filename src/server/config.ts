import path from 'node:path';
import { z } from 'zod';

/** Settings from the environment and the command line; every value is optional. */
const configSchema = z.object({
  port: z.coerce.number().int().min(0).max(65535).default(3000),
  host: z.string().default('0.0.0.0'),
  dataDir: z.string().default('./data'),
  databaseUrl: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'DATABASE_URL phải bắt đầu bằng postgres://' })
    .optional(),
  /** Marks the session cookie Secure; turn on behind HTTPS. */
  secureCookies: z.coerce.boolean().default(false),
  /** Set behind a reverse proxy so the client address comes from X-Forwarded-For. */
  trustProxy: z.coerce.boolean().default(false),
  /**
   * The address people reach the app at (https://vinhdanh.example.vn[/path]); QR codes on certificates
   * point there. When set it overrides the "Địa chỉ công khai" saved in Cài đặt.
   */
  publicUrl: z
    .string()
    .regex(/^https?:\/\/[^/\s?#]+(\/[^\s?#]*[^/\s?#])?$/, {
      error: 'VINHDANH_PUBLIC_URL phải có dạng https://tên-miền[/đường-dẫn] (không có / ở cuối)',
    })
    .optional(),
  logLevel: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  /** Where the built web UI lives. */
  webDir: z.string().default(path.resolve(import.meta.dirname, '../../dist/web')),
});

export type AppConfig = z.infer<typeof configSchema>;

/** Reads the settings once; lists every problem at once instead of stopping at the first. */
export function loadConfig(
  overrides: Partial<Record<keyof AppConfig, unknown>> = {},
  env: NodeJS.ProcessEnv = process.env,
): AppConfig {
  const raw = {
    port: env.PORT,
    host: env.HOST,
    dataDir: env.VINHDANH_DATA,
    databaseUrl: env.DATABASE_URL || undefined,
    secureCookies: env.VINHDANH_SECURE_COOKIES === '1' ? true : undefined,
    trustProxy: env.VINHDANH_TRUST_PROXY === '1' ? true : undefined,
    publicUrl: env.VINHDANH_PUBLIC_URL || undefined,
    logLevel: env.LOG_LEVEL,
    webDir: env.VINHDANH_WEB_DIR,
    ...Object.fromEntries(Object.entries(overrides).filter(([, v]) => v !== undefined)),
  };
  const result = configSchema.safeParse(
    Object.fromEntries(Object.entries(raw).filter(([, v]) => v !== undefined)),
  );
  if (!result.success) {
    const lines = result.error.issues.map((i) => `- ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Cấu hình không hợp lệ:\n${lines.join('\n')}`);
  }
  return result.data;
}
