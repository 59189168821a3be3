import { z } from './zod-vi.ts';

export const idSchema = z.uuid({ error: 'không phải là mã hợp lệ' });

export const isoDateSchema = z.iso.date({ error: 'phải là ngày hợp lệ (năm-tháng-ngày)' });

export const timeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'phải là giờ dạng 07:30' });

export const idParamsSchema = z.object({ id: idSchema });

/** Every error the API returns has this shape; `fields` lists one line per bad field. */
export const errorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
  }),
});

export type ErrorResponse = z.infer<typeof errorResponseSchema>;

export const versionSchema = z.number().int().min(1);
