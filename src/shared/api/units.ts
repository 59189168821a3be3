import { idSchema, versionSchema } from './common.ts';
import { z } from './zod-vi.ts';

export const UNIT_KINDS = ['city', 'commune', 'city_agency', 'agency', 'department', 'former'] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** How a kind of unit is named on screen. */
export const UNIT_KIND_LABELS: Record<UnitKind, string> = {
  city: 'Thành phố',
  commune: 'Xã, phường, đặc khu',
  city_agency: 'Cơ quan thành phố',
  agency: 'Cơ quan, đơn vị trên địa bàn',
  department: 'Phòng, ban chuyên môn',
  former: 'Đơn vị trước sắp xếp',
};

export const unitSchema = z.object({
  id: z.string(),
  parentId: z.string().nullable(),
  kind: z.enum(UNIT_KINDS),
  typeLabel: z.string(),
  name: z.string(),
  fullName: z.string(),
  officialCode: z.string().nullable(),
  isFormer: z.boolean(),
  isDemo: z.boolean(),
  sortOrder: z.number(),
  version: z.number(),
  /** The signed-in user may read this unit's data (it is inside one of their scopes). */
  inScope: z.boolean(),
});

export const unitTreeResponseSchema = z.object({
  units: z.array(unitSchema),
  homeUnitId: z.string(),
});

export const createUnitBodySchema = z.object({
  parentId: idSchema,
  kind: z.enum(['agency', 'department', 'former']),
  typeLabel: z.string().trim().min(1).max(60),
  fullName: z.string().trim().min(2).max(200),
  officialCode: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/, { error: 'phải gồm 2 đến 5 chữ số' })
    .nullable()
    .optional(),
});

export const updateUnitBodySchema = z.object({
  version: versionSchema,
  typeLabel: z.string().trim().min(1).max(60).optional(),
  fullName: z.string().trim().min(2).max(200).optional(),
  officialCode: z
    .string()
    .trim()
    .regex(/^\d{2,5}$/, { error: 'phải gồm 2 đến 5 chữ số' })
    .nullable()
    .optional(),
  isFormer: z.boolean().optional(),
});

export type Unit = z.infer<typeof unitSchema>;
export type UnitTreeResponse = z.infer<typeof unitTreeResponseSchema>;
export type CreateUnitBody = z.infer<typeof createUnitBodySchema>;
export type UpdateUnitBody = z.infer<typeof updateUnitBodySchema>;
