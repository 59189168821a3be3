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
  /** Its own office settings; null = the default of its type. */
  hasCouncil: z.boolean().nullable(),
  officeName: z.string().nullable(),
  /** The office documents name (city, xã, phường, đặc khu only): settings or defaults applied. */
  office: z
    .object({ hasCouncil: z.boolean(), officeName: z.string(), shortName: z.string(), custom: z.boolean() })
    .nullable(),
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

/** The office settings of a city or commune-level unit; null = back to the default of its type. */
export const updateUnitOfficeBodySchema = z.object({
  version: versionSchema,
  hasCouncil: z.boolean().nullable(),
  officeName: z.string().trim().min(5).max(200).nullable(),
});

export type Unit = z.infer<typeof unitSchema>;
export type UnitTreeResponse = z.infer<typeof unitTreeResponseSchema>;
export type CreateUnitBody = z.infer<typeof createUnitBodySchema>;
export type UpdateUnitBody = z.infer<typeof updateUnitBodySchema>;
export type UpdateUnitOfficeBody = z.infer<typeof updateUnitOfficeBodySchema>;
