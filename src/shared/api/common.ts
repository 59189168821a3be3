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

/** Largest value of a PostgreSQL `integer` column (int4): every whole number the API stores fits under it. */
export const INT4_MAX = 2_147_483_647;

/** A whole number an `integer` column can hold, from `min` up to `max` (at most INT4_MAX). */
export function intSchema(min = 0, max = INT4_MAX) {
  return z.number().int({ error: 'phải là số nguyên' }).min(min).max(Math.min(max, INT4_MAX));
}

/** The version of an existing record, as read with it: a stale one is refused with 409. */
export const versionSchema = intSchema(1);

/** The version of a setting that may never have been saved: 0 saves it the first time. */
export const versionOrZeroSchema = intSchema(0);

/** The place of an item in a list a user orders by hand. */
export const sortOrderSchema = intSchema(0, 100_000);
