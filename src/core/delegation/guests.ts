/**
 * The rules of a guest or leader added by hand or imported: field labels, every problem of its
 * content (reference codes, age, a nominating unit inside the conference's territory) and how its
 * name is written. Pure: the service loads the lists, units and date, and saves.
 */
import { DomainError, type FieldProblem } from '../errors/domain-error.ts';
import { AGE_RANGE } from '../nominations/rules.ts';
import type { ReferenceItem, ReferenceLists } from '../reference/types.ts';
import { parseIsoDate } from '../vietnamese/dates.ts';
import type { GuestInput } from './types.ts';

/** The Vietnamese name of each field of a guest, as the form and the spreadsheet show it. */
export const GUEST_FIELD_LABELS: Record<keyof GuestInput, string> = {
  category: 'Thành phần',
  name: 'Họ và tên',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  ethnicCode: 'Dân tộc',
  position: 'Chức vụ - đơn vị',
  nominatingUnitId: 'Đơn vị đề cử',
  formerUnitName: 'Đơn vị trước sắp xếp',
  fieldCode: 'Lĩnh vực',
  sectorCode: 'Thành phần kinh tế',
  directWorker: 'Trực tiếp lao động',
  priorityAreas: 'Lĩnh vực ưu tiên',
  achievements: 'Ghi chú/Thành tích',
};

/** A unit of the conference's territory, as far as a guest's check needs it. */
export interface GuestUnit {
  id: string;
  fullName: string;
  isFormer: boolean;
}

/** What checking a guest needs: the reference lists, the conference's units and today's date. */
export interface GuestRules {
  lists: ReferenceLists;
  /** Units of the conference's territory; a guest's nominating unit must be one of the current ones. */
  units: readonly GuestUnit[];
  /** ISO date, for the age check. */
  today: string;
}

function problem(path: keyof GuestInput, message: string): FieldProblem {
  return { path, message: `${GUEST_FIELD_LABELS[path]}: ${message}` };
}

function checkCode(
  items: readonly ReferenceItem[],
  code: string,
  path: keyof GuestInput,
  out: FieldProblem[],
): void {
  const item = items.find((i) => i.code === code);
  if (!item) out.push(problem(path, `mã "${code}" không có trong danh mục`));
  else if (!item.active)
    out.push(problem(path, `"${item.label}" đã ngừng sử dụng trong danh mục, hãy chọn mục khác`));
}

/**
 * Every problem of a guest's content, each naming its field in Vietnamese: codes of the reference
 * lists, the age, and a nominating unit inside the conference's territory. Empty means it can be saved.
 *
 * @example guestProblems({ ...guest, birthYear: 2015 }, { lists, units, today: '2025-08-15' })
 *   // [{ path: 'birthYear', message: 'Năm sinh: tuổi phải từ 16 đến 100, tức năm sinh từ 1925 đến 2009' }]
 */
export function guestProblems(input: GuestInput, rules: GuestRules): FieldProblem[] {
  const out: FieldProblem[] = [];
  if (input.name.trim().length < 2) out.push(problem('name', 'cần ít nhất 2 ký tự'));
  if (input.birthYear !== null) {
    const year = parseIsoDate(rules.today).year;
    const [from, to] = [year - AGE_RANGE.max, year - AGE_RANGE.min];
    if (!Number.isInteger(input.birthYear) || input.birthYear < from || input.birthYear > to)
      out.push(
        problem(
          'birthYear',
          `tuổi phải từ ${AGE_RANGE.min} đến ${AGE_RANGE.max}, tức năm sinh từ ${from} đến ${to}`,
        ),
      );
  }
  if (input.ethnicCode !== null) checkCode(rules.lists.ethnic, input.ethnicCode, 'ethnicCode', out);
  if (input.fieldCode !== null) checkCode(rules.lists.field, input.fieldCode, 'fieldCode', out);
  if (input.sectorCode !== null) checkCode(rules.lists.sector, input.sectorCode, 'sectorCode', out);
  input.priorityAreas.forEach((code, i) => {
    if (input.priorityAreas.indexOf(code) !== i)
      out.push(problem('priorityAreas', `"${code}" được ghi hai lần`));
    else checkCode(rules.lists.priority, code, 'priorityAreas', out);
  });
  if (input.nominatingUnitId !== null) {
    const unit = rules.units.find((u) => u.id === input.nominatingUnitId);
    if (!unit) out.push(problem('nominatingUnitId', 'không thuộc địa bàn của hội nghị'));
    else if (unit.isFormer)
      out.push(
        problem('nominatingUnitId', `"${unit.fullName}" là đơn vị trước sắp xếp, hãy chọn đơn vị hiện nay`),
      );
  }
  return out;
}

/** Throws one VALIDATION error listing every problem, or returns when there is none. */
export function assertGuestValid(problems: FieldProblem[]): void {
  if (problems.length === 0) return;
  throw new DomainError(
    'VALIDATION',
    `Thông tin đại biểu chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}`,
    problems,
  );
}

/** Names written with single spaces: "  Nguyễn   Văn An " → "Nguyễn Văn An". */
export function normaliseGuest(input: GuestInput): GuestInput {
  return { ...input, name: input.name.trim().replace(/\s+/gu, ' ') };
}
