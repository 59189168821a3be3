import type { Actor } from '../../../core/auth/access.ts';
import { conflictError, DomainError } from '../../../core/errors/domain-error.ts';
import {
  certificatesNeedAddressMessage,
  normalizePublicAddress,
  PUBLIC_ADDRESS_LABEL,
  publicAddressProblem,
} from '../../../core/settings/public-address.ts';
import type { PublicAddressView, UpdatePublicAddressBody } from '../../../shared/api/settings.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { findSetting, saveSettingIfVersion } from './settings.repo.ts';

/**
 * Settings of the installation as a whole ("Cài đặt"), kept by the system administrator. The public
 * address is saved here; VINHDANH_PUBLIC_URL, when the server is started with it, overrides it.
 */

const PUBLIC_URL = 'public_url';

/** The system administrator's grant: settings belong to the whole installation, not to a unit. */
function systemAdminGrant(actor: Actor) {
  const grant = actor.grants.find((g) => g.role === 'system_admin');
  if (!grant) {
    throw new DomainError('FORBIDDEN', 'Chỉ quản trị hệ thống được thay đổi phần Cài đặt.');
  }
  return grant;
}

/** GET /api/settings/public-address: the address in force and where it comes from (any signed-in user). */
export async function publicAddress(ctx: ServiceContext): Promise<PublicAddressView> {
  const stored = await findSetting(ctx.db, PUBLIC_URL);
  const environment = ctx.publicUrl ? normalizePublicAddress(ctx.publicUrl) : null;
  const value = environment ?? stored?.value ?? null;
  return {
    value,
    source: environment ? 'environment' : stored ? 'setting' : null,
    saved: stored?.value ?? null,
    problem: publicAddressProblem(value ?? ''),
    version: stored?.version ?? 0,
  };
}

/**
 * The base of every QR code on certificates: `override` (`--base-url`) when given, else the address in
 * force. Refuses, naming the setting and how to set it, when it is missing or only opens on this machine.
 */
export async function certificateBaseUrl(ctx: ServiceContext, override?: string): Promise<string> {
  const address =
    override !== undefined ? normalizePublicAddress(override) : (await publicAddress(ctx)).value;
  if (address === null || publicAddressProblem(address) !== null) {
    throw new DomainError('INVALID_STATE', certificatesNeedAddressMessage(address), [
      { path: 'publicUrl', message: `${PUBLIC_ADDRESS_LABEL}: ${publicAddressProblem(address ?? '')}` },
    ]);
  }
  return address;
}

/** PUT /api/settings/public-address and `vinhdanh settings set public-url`: the system administrator only. */
export async function setPublicAddress(
  ctx: ServiceContext,
  actor: Actor,
  body: UpdatePublicAddressBody,
  meta: RequestMeta,
): Promise<PublicAddressView> {
  const grant = systemAdminGrant(actor);
  const value = normalizePublicAddress(body.publicUrl);
  const problem = publicAddressProblem(value);
  if (problem) {
    throw new DomainError('VALIDATION', `${PUBLIC_ADDRESS_LABEL} ${problem}.`, [
      { path: 'publicUrl', message: `${PUBLIC_ADDRESS_LABEL}: ${problem}` },
    ]);
  }
  const before = await findSetting(ctx.db, PUBLIC_URL);
  if ((before?.version ?? 0) !== body.version) throw conflictError(PUBLIC_ADDRESS_LABEL);
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    const saved = await saveSettingIfVersion(tx, PUBLIC_URL, value, body.version, {
      now,
      userId: actor.userId || null,
    });
    if (!saved) throw conflictError(PUBLIC_ADDRESS_LABEL);
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'settings.public_url_updated',
        entityType: 'installation_setting',
        entityId: PUBLIC_URL,
        unitId: grant.unitId,
        before: before ? { publicUrl: before.value } : null,
        after: { publicUrl: value },
      },
      meta.ip,
    );
  });
  return publicAddress(ctx);
}
