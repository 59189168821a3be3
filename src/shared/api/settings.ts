/** Settings of the installation ("Cài đặt"): the public address certificates' QR codes open. */
import { PUBLIC_ADDRESS_EXAMPLE } from '../../core/settings/public-address.ts';
import { versionOrZeroSchema } from './common.ts';
import { z } from './zod-vi.ts';

/** Where the address in force comes from: saved in Cài đặt, or VINHDANH_PUBLIC_URL (which wins). */
export const PUBLIC_ADDRESS_SOURCES = ['setting', 'environment'] as const;

export const publicAddressSchema = z.object({
  /** The address in force, or null when none is set. */
  value: z.string().nullable(),
  source: z.enum(PUBLIC_ADDRESS_SOURCES).nullable(),
  /** The address saved in Cài đặt (null = never saved); shown even when the environment overrides it. */
  saved: z.string().nullable(),
  /** Why certificates cannot be printed with the address in force; null = they can. */
  problem: z.string().nullable(),
  /** Version of the saved setting; 0 = never saved. */
  version: z.number(),
});

/** `version` 0 saves the setting for the first time. */
export const updatePublicAddressBodySchema = z.object({
  version: versionOrZeroSchema,
  publicUrl: z
    .string()
    .trim()
    .min(1, { error: `chưa nhập; ví dụ ${PUBLIC_ADDRESS_EXAMPLE}` })
    .max(300),
});

export type PublicAddressView = z.infer<typeof publicAddressSchema>;
export type UpdatePublicAddressBody = z.infer<typeof updatePublicAddressBodySchema>;
