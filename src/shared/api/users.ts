import { idSchema, versionSchema } from './common.ts';
import { ROLES } from './roles.ts';
import { z } from './zod-vi.ts';

const usernameSchema = z
  .string()
  .trim()
  .min(3)
  .max(60)
  .regex(/^[a-z0-9._-]+$/, { error: 'chỉ gồm chữ thường không dấu, số, dấu chấm, gạch ngang, gạch dưới' });

export const userGrantInputSchema = z.object({ role: z.enum(ROLES), unitId: idSchema });

export const userSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  active: z.boolean(),
  roles: z.array(z.object({ role: z.enum(ROLES), unitId: z.string(), unitName: z.string() })),
  version: z.number(),
  createdAt: z.string(),
});

export const userListQuerySchema = z.object({ unitId: idSchema.optional() });
export const userListResponseSchema = z.object({ users: z.array(userSchema) });

export const createUserBodySchema = z.object({
  username: usernameSchema,
  fullName: z.string().trim().min(2).max(120),
  password: z.string().min(8).max(200),
  unitId: idSchema,
  roles: z.array(userGrantInputSchema).min(1).max(20),
});

export const updateUserBodySchema = z.object({
  version: versionSchema,
  fullName: z.string().trim().min(2).max(120).optional(),
  active: z.boolean().optional(),
  password: z.string().min(8).max(200).optional(),
  roles: z.array(userGrantInputSchema).min(1).max(20).optional(),
});

export type UserRecord = z.infer<typeof userSchema>;
export type CreateUserBody = z.infer<typeof createUserBodySchema>;
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;
