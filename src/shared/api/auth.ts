import { ROLES } from './roles.ts';
import { z } from './zod-vi.ts';

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
});

export const roleGrantSchema = z.object({
  role: z.enum(ROLES),
  unitId: z.string(),
  unitName: z.string(),
});

export const currentUserSchema = z.object({
  id: z.string(),
  username: z.string(),
  fullName: z.string(),
  unitId: z.string(),
  unitName: z.string(),
  roles: z.array(roleGrantSchema),
});

export const sessionResponseSchema = z.object({
  user: currentUserSchema,
  csrfToken: z.string(),
});

export const changePasswordBodySchema = z.object({
  password: z.string().min(1).max(200),
  newPassword: z.string().min(8).max(200),
});

export type LoginBody = z.infer<typeof loginBodySchema>;
export type CurrentUser = z.infer<typeof currentUserSchema>;
export type SessionResponse = z.infer<typeof sessionResponseSchema>;
