import { ROLE_LABELS, ROLES, type Role } from '../../core/auth/roles.ts';
import { findUnitByReference } from '../../server/modules/units/index.ts';
import { createUser } from '../../server/modules/users/index.ts';
import { CliError } from '../cli-error.ts';
import { commandLineActor, openData } from '../open-data.ts';

export interface UserAddOptions {
  data?: string;
  username?: string;
  name?: string;
  password?: string;
  unit?: string;
  role: string[];
}

/**
 * `vinhdanh user add --username U --name "Họ tên" --password P --unit CODE --role ROLE [--role ROLE@CODE]`:
 * each role is granted on --unit unless written ROLE@UNIT.
 */
export async function userAddCommand(opts: UserAddOptions): Promise<void> {
  const missing = (['username', 'name', 'password', 'unit'] as const).filter((k) => !opts[k]);
  if (missing.length > 0) throw new CliError(`Thiếu ${missing.map((k) => `--${k}`).join(', ')}.`);
  if (opts.role.length === 0) {
    throw new CliError(
      `Thiếu --role. Các vai trò: ${ROLES.map((r) => `${r} (${ROLE_LABELS[r]})`).join(', ')}.`,
    );
  }
  const { handle, ctx } = await openData(opts.data);
  try {
    const home = await findUnitByReference(ctx, opts.unit as string);
    if (!home) throw new CliError(`Không tìm thấy đơn vị "${opts.unit}" (dùng mã đơn vị, ví dụ 11948).`);
    const roles: Array<{ role: Role; unitId: string }> = [];
    for (const spec of opts.role) {
      const [role, unitRef] = spec.split('@');
      if (!(ROLES as readonly string[]).includes(role))
        throw new CliError(`Vai trò không có: ${role}. Các vai trò: ${ROLES.join(', ')}.`);
      const unit = unitRef ? await findUnitByReference(ctx, unitRef) : home;
      if (!unit) throw new CliError(`Không tìm thấy đơn vị "${unitRef}" của vai trò ${role}.`);
      roles.push({ role: role as Role, unitId: unit.id });
    }
    const user = await createUser(
      ctx,
      await commandLineActor(ctx),
      {
        username: opts.username as string,
        fullName: opts.name as string,
        password: opts.password as string,
        unitId: home.id,
        roles,
      },
      { ip: null },
    );
    console.log(`Đã tạo người dùng ${user.username} (${user.fullName}, ${user.unitName}).`);
  } finally {
    await handle.close();
  }
}
