/**
 * The rules of one award record, shared by the form and the spreadsheet import: each problem names its
 * field in Vietnamese, and the record to store is derived (subject key, collective fields cleared).
 */
import { formAcceptsKind, formInForce, latestForm } from '../../../../core/awards/catalogue.ts';
import { subjectKey } from '../../../../core/awards/subject.ts';
import type { AwardForm, AwardRecordSource } from '../../../../core/awards/types.ts';
import type { FieldProblem } from '../../../../core/errors/domain-error.ts';
import { formatDayMonthYear } from '../../../../core/vietnamese/dates.ts';
import { foldVietnamese } from '../../../../core/vietnamese/fold.ts';
import type { AwardRecordInput } from '../../../../shared/api/award-records.ts';
import type { NewAwardRecord } from './award-records.repo.ts';

/** Labels of the record's fields, as the form and the messages name them. */
export const RECORD_FIELD_LABELS: Record<keyof AwardRecordInput, string> = {
  kind: 'Đối tượng',
  name: 'Họ và tên / Tên tập thể',
  birthYear: 'Năm sinh',
  gender: 'Giới tính',
  ethnicCode: 'Dân tộc',
  directWorker: 'Trực tiếp lao động, sản xuất',
  position: 'Chức vụ, đơn vị công tác',
  unitId: 'Đơn vị',
  unitName: 'Tên đơn vị',
  formCode: 'Hình thức khen thưởng',
  year: 'Năm được khen',
  achievement: 'Thành tích',
  decisionNumber: 'Số quyết định',
  decisionDate: 'Ngày quyết định',
  issuer: 'Cấp quyết định',
  amount: 'Số tiền thưởng',
};

const MAX_POSITION = 500;

/** What the rules need besides the record. */
export interface RecordContext {
  forms: readonly AwardForm[];
  ethnicCodes: ReadonlySet<string>;
  owner: { id: string; fullName: string };
  /** Units of the owner's subtree, by id (the subject's unit must be one of them). */
  units: ReadonlyMap<string, { fullName: string }>;
  /** Today in Vietnam, ISO. */
  today: string;
}

/** The name of a form on a record: the version in force at the decision (or year end), else the newest. */
export function recordFormName(
  forms: readonly AwardForm[],
  r: { formCode: string; year: number; decisionDate: string | null },
): string {
  const form =
    formInForce(forms, r.formCode, r.decisionDate ?? `${r.year}-12-31`) ?? latestForm(forms, r.formCode);
  return form?.name ?? r.formCode;
}

/** Every problem of the input, one per field at most. */
export function recordProblems(input: AwardRecordInput, ctx: RecordContext): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const add = (path: keyof AwardRecordInput, text: string) => {
    if (!problems.some((p) => p.path === path))
      problems.push({ path, message: `${RECORD_FIELD_LABELS[path]}: ${text}` });
  };
  const thisYear = Number(ctx.today.slice(0, 4));
  const form = latestForm(ctx.forms, input.formCode);
  if (!form)
    add('formCode', `mã "${input.formCode}" không có trong danh mục danh hiệu, hình thức khen thưởng`);
  else if (!formAcceptsKind(form, input.kind))
    add('formCode', `“${form.name}” không dành cho ${input.kind === 'individual' ? 'cá nhân' : 'tập thể'}`);
  if (input.year > thisYear) add('year', `không được sau năm ${thisYear}`);
  if (input.kind === 'individual' && input.birthYear !== null && input.birthYear > input.year)
    add('birthYear', `không được sau năm được khen (${input.year})`);
  if (input.decisionDate !== null) {
    if (input.decisionDate > ctx.today) add('decisionDate', 'không được sau ngày hôm nay');
    else if (input.decisionDate < `${input.year}-01-01`)
      add('decisionDate', `${formatDayMonthYear(input.decisionDate)} trước năm được khen (${input.year})`);
  }
  if (input.kind === 'individual' && input.ethnicCode !== null && !ctx.ethnicCodes.has(input.ethnicCode))
    add('ethnicCode', `mã "${input.ethnicCode}" không có trong danh mục dân tộc`);
  if (input.position.length > MAX_POSITION) add('position', `không được dài quá ${MAX_POSITION} ký tự`);
  if (input.unitId !== null && !ctx.units.has(input.unitId))
    add('unitId', `phải là một đơn vị thuộc ${ctx.owner.fullName}`);
  return problems;
}

/** The record to store: collective fields cleared, the unit's name filled in, the subject key derived. */
export function toNewRecord(
  input: AwardRecordInput,
  ctx: RecordContext,
  extra: { source: AwardRecordSource; nominationId?: string | null },
): NewAwardRecord {
  const individual = input.kind === 'individual';
  const unitName = input.unitName || (input.unitId ? (ctx.units.get(input.unitId)?.fullName ?? '') : '');
  const subject = {
    kind: input.kind,
    name: input.name.trim().replace(/\s+/gu, ' '),
    birthYear: individual ? input.birthYear : null,
    gender: individual ? input.gender : null,
    ethnicCode: individual ? input.ethnicCode : null,
    directWorker: input.directWorker,
    position: input.position,
    unitId: input.unitId,
    unitName,
  };
  return {
    ...subject,
    subjectKey: subjectKey(subject),
    formCode: input.formCode,
    year: input.year,
    achievement: input.achievement,
    decisionNumber: input.decisionNumber,
    decisionDate: input.decisionDate,
    issuer: input.issuer,
    amount: input.amount,
    source: extra.source,
    decisionId: null,
    nominationId: extra.nominationId ?? null,
    ownerUnitId: ctx.owner.id,
  };
}

/** Two records of the same award: same subject, form, year and decision number (case and marks aside). */
export function sameAward(
  a: Pick<NewAwardRecord, 'subjectKey' | 'formCode' | 'year' | 'decisionNumber'>,
  b: Pick<NewAwardRecord, 'subjectKey' | 'formCode' | 'year' | 'decisionNumber'>,
): boolean {
  return (
    a.subjectKey === b.subjectKey &&
    a.formCode === b.formCode &&
    a.year === b.year &&
    foldVietnamese(a.decisionNumber) === foldVietnamese(b.decisionNumber)
  );
}
