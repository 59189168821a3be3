import { randomUUID } from 'node:crypto';
import { type Actor, can, canSee, scopePaths } from '../../../core/auth/access.ts';
import { hasOffice, type UnitOffice, unitOffice } from '../../../core/documents/unit-office.ts';
import { conflictError, DomainError } from '../../../core/errors/domain-error.ts';
import { compareVietnamese } from '../../../core/vietnamese/collate.ts';
import { splitUnitName } from '../../../core/vietnamese/unit-names.ts';
import type {
  CreateUnitBody,
  Unit,
  UnitTreeResponse,
  UpdateUnitBody,
  UpdateUnitOfficeBody,
} from '../../../shared/api/units.ts';
import type { RequestMeta, ServiceContext } from '../../context.ts';
import { recordChange } from '../audit/index.ts';
import { authorizeUnit } from './access.ts';
import {
  codeTakenByOther,
  findUnitByCode,
  findUnitById,
  findUnitByKey,
  insertUnit,
  listChildren,
  listUnitsVisible,
  nextSortOrder,
  toApiUnit,
  type UnitRow,
  updateUnitIfVersion,
  updateUnitOfficeIfVersion,
} from './units.repo.ts';

const UNIT = 'đơn vị này';

function bySortThenName(a: UnitRow, b: UnitRow): number {
  return a.sortOrder - b.sortOrder || compareVietnamese(a.fullName, b.fullName);
}

/** The tree a user sees: the city's public list of units, and everything inside their scopes. */
export async function getUnitTree(ctx: ServiceContext, actor: Actor): Promise<UnitTreeResponse> {
  const paths = scopePaths(actor, 'unit.read');
  const rows = await listUnitsVisible(ctx.db, paths);
  rows.sort(bySortThenName);
  return { units: rows.map((r) => toApiUnit(r, canSee(actor, r.path))), homeUnitId: actor.homeUnitId };
}

/** A unit the actor may read, or "not found". */
export async function getReadableUnit(ctx: ServiceContext, actor: Actor, unitId: string): Promise<UnitRow> {
  const unit = await authorizeUnit(ctx.db, actor, unitId, 'unit.read', UNIT);
  return unit;
}

export async function getUnitDetail(ctx: ServiceContext, actor: Actor, unitId: string) {
  const unit = await getReadableUnit(ctx, actor, unitId);
  const children = await listChildren(ctx.db, unit.id);
  children.sort(bySortThenName);
  return { unit: toApiUnit(unit, true), children: children.map((c) => toApiUnit(c, true)) };
}

/** Adds an agency, department or former unit under a unit the actor manages. */
export async function createUnit(
  ctx: ServiceContext,
  actor: Actor,
  input: CreateUnitBody,
  meta: RequestMeta,
): Promise<Unit> {
  const parent = await authorizeUnit(ctx.db, actor, input.parentId, 'unit.manage', 'đơn vị cấp trên');
  const code = input.officialCode ?? null;
  if (code && (await codeTakenByOther(ctx.db, code, null))) {
    throw new DomainError('DUPLICATE', `Mã đơn vị ${code} đã được dùng cho đơn vị khác.`, [
      { path: 'officialCode', message: `Mã đơn vị: ${code} đã được dùng cho đơn vị khác` },
    ]);
  }
  const now = ctx.now();
  const id = randomUUID();
  return ctx.db.transaction().execute(async (tx) => {
    const row: UnitRow = {
      id,
      parentId: parent.id,
      path: `${parent.path}${id}/`,
      kind: input.kind,
      typeLabel: input.typeLabel,
      name: input.fullName,
      fullName: input.fullName,
      officialCode: code,
      isFormer: input.kind === 'former',
      isDemo: false,
      sortOrder: await nextSortOrder(tx, parent.id),
      hasCouncil: null,
      officeName: null,
      version: 1,
    };
    await insertUnit(tx, { ...row, key: null, now });
    const created = toApiUnit(row, true);
    await recordChange(
      tx,
      now,
      actor,
      { action: 'unit.created', entityType: 'unit', entityId: id, unitId: id, after: created },
      meta.ip,
    );
    return created;
  });
}

/**
 * The names after an edit. A xã, phường or đặc khu keeps its short name ("Bạch Long Vĩ", used to name
 * its conferences) in step with the full name, whose type word must stay one of the official ones.
 */
function renamed(
  unit: UnitRow,
  input: UpdateUnitBody,
): { typeLabel: string; name: string; fullName: string } {
  const fullName = input.fullName ?? unit.fullName;
  if (unit.kind !== 'commune') {
    return {
      typeLabel: input.typeLabel ?? unit.typeLabel,
      fullName,
      name: input.fullName && unit.name === unit.fullName ? fullName : unit.name,
    };
  }
  try {
    const parts = splitUnitName(fullName);
    return { typeLabel: parts.typeLabel, name: parts.name, fullName };
  } catch {
    throw new DomainError(
      'VALIDATION',
      'Tên xã, phường, đặc khu phải bắt đầu bằng "Xã", "Phường" hoặc "Đặc khu".',
      [{ path: 'fullName', message: 'Tên: phải bắt đầu bằng "Xã", "Phường" hoặc "Đặc khu"' }],
    );
  }
}

/** Renames or re-tags a unit; refuses when someone else saved it first. */
export async function updateUnit(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  input: UpdateUnitBody,
  meta: RequestMeta,
): Promise<Unit> {
  const unit = await authorizeUnit(ctx.db, actor, unitId, 'unit.manage', UNIT);
  if (unit.kind === 'city' || unit.kind === 'commune') {
    // Official units are set by law: only the level above may correct their names and codes.
    const parent = unit.parentId ? await findUnitById(ctx.db, unit.parentId) : null;
    if (!parent || !can(actor, 'unit.manage', parent.path)) {
      throw new DomainError('FORBIDDEN', 'Tên và mã của thành phố, xã, phường, đặc khu do cấp trên quản lý.');
    }
  }
  const code = input.officialCode === undefined ? unit.officialCode : input.officialCode;
  if (code && (await codeTakenByOther(ctx.db, code, unit.id))) {
    throw new DomainError('DUPLICATE', `Mã đơn vị ${code} đã được dùng cho đơn vị khác.`, [
      { path: 'officialCode', message: `Mã đơn vị: ${code} đã được dùng cho đơn vị khác` },
    ]);
  }
  const next = {
    ...renamed(unit, input),
    officialCode: code,
    isFormer: input.isFormer ?? unit.isFormer,
  };
  const now = ctx.now();
  return ctx.db.transaction().execute(async (tx) => {
    if (!(await updateUnitIfVersion(tx, unit.id, input.version, next, now))) throw conflictError('Đơn vị');
    const after = { ...unit, ...next, version: input.version + 1 };
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'unit.updated',
        entityType: 'unit',
        entityId: unit.id,
        unitId: unit.id,
        before: toApiUnit(unit, true),
        after: toApiUnit(after, true),
      },
      meta.ip,
    );
    return toApiUnit(after, true);
  });
}

/**
 * Says whether a city or commune-level unit has a Hội đồng nhân dân and what its office is called
 * (null = the default of its type). Its own managers may set it: it is how the unit's documents name
 * its office. The name must start with "Văn phòng" so that "Chánh Văn phòng …" reads right.
 */
export async function updateUnitOffice(
  ctx: ServiceContext,
  actor: Actor,
  unitId: string,
  input: UpdateUnitOfficeBody,
  meta: RequestMeta,
): Promise<Unit> {
  const unit = await authorizeUnit(ctx.db, actor, unitId, 'unit.manage', UNIT);
  if (!hasOffice(unit)) {
    throw new DomainError(
      'VALIDATION',
      'Chỉ thành phố, xã, phường, đặc khu có văn phòng được ghi trong văn bản.',
      [{ path: 'officeName', message: 'Tên văn phòng: chỉ đặt cho thành phố, xã, phường, đặc khu' }],
    );
  }
  const officeName = input.officeName?.replace(/\s+/gu, ' ').trim() || null;
  if (officeName !== null && !/^văn phòng /iu.test(officeName)) {
    throw new DomainError('VALIDATION', 'Tên văn phòng phải bắt đầu bằng "Văn phòng".', [
      { path: 'officeName', message: 'Tên văn phòng: phải bắt đầu bằng "Văn phòng"' },
    ]);
  }
  const next = { hasCouncil: input.hasCouncil, officeName };
  const now = ctx.now();
  return ctx.db.transaction().execute(async (tx) => {
    if (!(await updateUnitOfficeIfVersion(tx, unit.id, input.version, next, now)))
      throw conflictError('Đơn vị');
    const after = { ...unit, ...next, version: input.version + 1 };
    await recordChange(
      tx,
      now,
      actor,
      {
        action: 'unit.office_updated',
        entityType: 'unit',
        entityId: unit.id,
        unitId: unit.id,
        before: { hasCouncil: unit.hasCouncil, officeName: unit.officeName },
        after: { ...next, office: unitOffice(after).officeName },
      },
      meta.ip,
    );
    return toApiUnit(after, true);
  });
}

/**
 * The office a unit's documents name and the level of the body issuing them, without a permission
 * check (the caller has already checked the record that belongs to the unit). Null office for a unit
 * that is not a city or a xã, phường, đặc khu.
 */
export async function officeOfUnit(
  ctx: ServiceContext,
  unitId: string,
): Promise<{ office: UnitOffice | null; level: 'city' | 'commune' }> {
  const unit = await findUnitById(ctx.db, unitId);
  if (!unit) return { office: null, level: 'commune' };
  return {
    office: hasOffice(unit) ? unitOffice(unit) : null,
    level: unit.kind === 'city' ? 'city' : 'commune',
  };
}

/**
 * A unit by official code ("11948"), tree key ("hp/11948/phong-vhxh") or id, without a permission
 * check: for the command line, which acts for the whole system.
 */
export async function findUnitByReference(ctx: ServiceContext, ref: string): Promise<UnitRow | null> {
  if (/^\d{2,5}$/.test(ref)) return findUnitByCode(ctx.db, ref);
  if (/^[0-9a-f-]{36}$/i.test(ref)) return findUnitById(ctx.db, ref);
  return findUnitByKey(ctx.db, ref);
}
