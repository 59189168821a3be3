/**
 * The rules a nomination must satisfy: vote thresholds in exact integer arithmetic, field checks with
 * Vietnamese messages ("Số phiếu đồng ý: không được lớn hơn số người dự họp (12)"), and what blocks
 * submitting. Worked examples: docs/rules/nominations.md.
 */

import type { FieldProblem } from '../errors/domain-error.ts';
import type { ReferenceItem, ReferenceLists } from '../reference/types.ts';
import { formatDayMonthYear, isIsoDate, parseIsoDate } from '../vietnamese/dates.ts';
import type {
  CouncilVote,
  GrassrootsVote,
  NominationInput,
  NominationSettings,
  VoteThreshold,
} from './types.ts';

/** A grassroots meeting older than the 2020–2025 period cannot support this conference. */
export const EARLIEST_MEETING_DATE = '2020-01-01';
/** Ages (in the year of the submission) an individual nominee may have. */
export const AGE_RANGE = { min: 16, max: 100 } as const;

/** The share of `base` that voted in favour, clamped to 0..1; 0 when nobody was counted. */
export function voteShare(inFavour: number, base: number): number {
  if (base <= 0) return 0;
  return Math.min(1, Math.max(0, inFavour / base));
}

/** A share as Vietnamese write it, one decimal with a comma: formatShare(2 / 3) === "66,7%". */
export function formatShare(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1).replace('.', ',')}%`;
}

/**
 * The simplest fraction equal to a configured share (denominator at most 10 000, within 1e-9), found by
 * continued fractions: 0.5 → 1/2, 0.6666666666666666 → 2/3, 0.75 → 3/4.
 */
export function shareAsFraction(share: number): { numerator: number; denominator: number } {
  if (!(share >= 0 && share <= 1)) throw new RangeError(`A share must lie between 0 and 1: ${share}`);
  let [hPrev, h, kPrev, k] = [0, 1, 1, 0];
  let x = share;
  for (let i = 0; i < 40; i++) {
    const a = Math.floor(x);
    const [hNext, kNext] = [a * h + hPrev, a * k + kPrev];
    if (kNext > 10000) break;
    [hPrev, h, kPrev, k] = [h, hNext, k, kNext];
    const rest = x - a;
    if (Math.abs(h / k - share) < 1e-9 || rest < 1e-12) break;
    x = 1 / rest;
  }
  return { numerator: h, denominator: k };
}

/**
 * Whether `inFavour` of `base` reaches the threshold, compared as integers (inFavour × q against p × base
 * for share p/q) so exactly half is never misjudged: 5 of 10 is not "more than half", 6 of 10 is, and
 * 2 of 3 is "at least 2/3". A base of 0 never passes.
 */
export function meetsThreshold(inFavour: number, base: number, threshold: VoteThreshold): boolean {
  if (base <= 0) return false;
  const { numerator, denominator } = shareAsFraction(threshold.share);
  const lhs = inFavour * denominator;
  const rhs = numerator * base;
  return threshold.strict ? lhs > rhs : lhs >= rhs;
}

/** The threshold in words: "trên 50%" (strict) or "từ 2/3" (at least); fractions that are not whole percents stay fractions. */
export function formatThreshold(threshold: VoteThreshold): string {
  const { numerator, denominator } = shareAsFraction(threshold.share);
  const amount =
    (100 * numerator) % denominator === 0
      ? `${(100 * numerator) / denominator}%`
      : `${numerator}/${denominator}`;
  return `${threshold.strict ? 'trên' : 'từ'} ${amount}`;
}

/** Whether the council's vote passes, counted against all its members or those present, as configured. */
export function councilPasses(vote: CouncilVote, threshold: NominationSettings['council']): boolean {
  return meetsThreshold(vote.inFavour, threshold.base === 'members' ? vote.members : vote.present, threshold);
}

/** What `validateNomination` needs besides the nomination: the submission date and the reference lists. */
export interface ValidationContext {
  /** ISO date of the save or the submission. */
  today: string;
  lists: ReferenceLists;
}

/** The Vietnamese name of each field in messages ("Số phiếu đồng ý: …"). */
export const NOMINATION_FIELD_LABELS: Record<string, string> = {
  name: 'Họ và tên',
  collectiveName: 'Tên tập thể',
  gender: 'Giới tính',
  birthYear: 'Năm sinh',
  ethnicCode: 'Dân tộc',
  fieldCode: 'Lĩnh vực',
  sectorCode: 'Thành phần kinh tế',
  priorityAreas: 'Lĩnh vực ưu tiên',
  achievements: 'Thành tích tiêu biểu',
  memberCount: 'Số thành viên',
  representativeName: 'Người đại diện',
  representativeGender: 'Giới tính người đại diện',
  representativeBirthYear: 'Năm sinh người đại diện',
  representativeEthnicCode: 'Dân tộc người đại diện',
  vote: 'Kết quả bình xét',
  'vote.meetingDate': 'Ngày bình xét',
  'vote.present': 'Số người dự họp',
  'vote.inFavour': 'Số phiếu đồng ý',
  council: 'Biểu quyết của Hội đồng',
  'council.meetingDate': 'Ngày họp Hội đồng',
  'council.members': 'Tổng số thành viên Hội đồng',
  'council.present': 'Số thành viên Hội đồng dự họp',
  'council.inFavour': 'Số phiếu đồng ý của Hội đồng',
  citizenId: 'Số CCCD',
  phone: 'Số điện thoại',
};

function problem(path: string, message: string, label = NOMINATION_FIELD_LABELS[path]): FieldProblem {
  return { path, message: `${label}: ${message}` };
}

function checkCode(items: readonly ReferenceItem[], code: string, path: string, out: FieldProblem[]): void {
  const item = items.find((i) => i.code === code);
  if (!item) out.push(problem(path, `mã "${code}" không có trong danh mục`));
  else if (!item.active)
    out.push(problem(path, `"${item.label}" đã ngừng sử dụng trong danh mục, hãy chọn mục khác`));
}

function checkCount(value: number, path: string, min: number, out: FieldProblem[]): boolean {
  if (!Number.isInteger(value)) out.push(problem(path, 'phải là số nguyên'));
  else if (value < min) out.push(problem(path, min === 0 ? 'không được là số âm' : `phải từ ${min} trở lên`));
  else return true;
  return false;
}

function checkMeetingDate(
  date: string,
  path: string,
  today: string,
  out: FieldProblem[],
  after = 'ngày gửi',
): void {
  if (!isIsoDate(date)) out.push(problem(path, 'không phải ngày hợp lệ'));
  else if (date > today) out.push(problem(path, `không được sau ${after} (${formatDayMonthYear(today)})`));
  else if (date < EARLIEST_MEETING_DATE)
    out.push(problem(path, `không được trước ngày ${formatDayMonthYear(EARLIEST_MEETING_DATE)}`));
}

function checkVote(vote: GrassrootsVote, today: string, out: FieldProblem[]): void {
  checkMeetingDate(vote.meetingDate, 'vote.meetingDate', today, out);
  const presentOk = checkCount(vote.present, 'vote.present', 1, out);
  const inFavourOk = checkCount(vote.inFavour, 'vote.inFavour', 0, out);
  if (presentOk && inFavourOk && vote.inFavour > vote.present)
    out.push(problem('vote.inFavour', `không được lớn hơn số người dự họp (${vote.present})`));
}

function checkIndividual(input: NominationInput, ctx: ValidationContext, out: FieldProblem[]): void {
  if (input.gender === null) out.push(problem('gender', 'chưa chọn Nam hoặc Nữ'));
  if (input.birthYear === null) out.push(problem('birthYear', 'không được để trống'));
  else {
    const year = parseIsoDate(ctx.today).year;
    const [from, to] = [year - AGE_RANGE.max, year - AGE_RANGE.min];
    if (!Number.isInteger(input.birthYear) || input.birthYear < from || input.birthYear > to)
      out.push(
        problem(
          'birthYear',
          `tuổi phải từ ${AGE_RANGE.min} đến ${AGE_RANGE.max}, tức năm sinh từ ${from} đến ${to}`,
        ),
      );
  }
  if (input.ethnicCode === null || input.ethnicCode.trim() === '')
    out.push(problem('ethnicCode', 'không được để trống'));
  else checkCode(ctx.lists.ethnic, input.ethnicCode, 'ethnicCode', out);
  if (input.memberCount !== null) out.push(problem('memberCount', 'chỉ ghi cho tập thể; cá nhân để trống'));
  if (input.representativeName.trim() !== '')
    out.push(problem('representativeName', 'chỉ ghi cho tập thể; cá nhân để trống'));
  for (const key of REPRESENTATIVE_DETAILS)
    if (input[key] !== null) out.push(problem(key, 'chỉ ghi cho tập thể; cá nhân để trống'));
}

const REPRESENTATIVE_DETAILS = [
  'representativeGender',
  'representativeBirthYear',
  'representativeEthnicCode',
] as const;

/**
 * The representative of a collective (who attends for it and is the delegate): gender, birth year and
 * ethnic group are optional, checked like a person's when given, and need the representative's name.
 */
export function representativeProblems(
  input: Pick<NominationInput, 'representativeName' | (typeof REPRESENTATIVE_DETAILS)[number]>,
  ctx: ValidationContext,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const year = input.representativeBirthYear;
  if (year !== null) {
    const now = parseIsoDate(ctx.today).year;
    const [from, to] = [now - AGE_RANGE.max, now - AGE_RANGE.min];
    if (!Number.isInteger(year) || year < from || year > to)
      out.push(
        problem(
          'representativeBirthYear',
          `tuổi phải từ ${AGE_RANGE.min} đến ${AGE_RANGE.max}, tức năm sinh từ ${from} đến ${to}`,
        ),
      );
  }
  const ethnic = input.representativeEthnicCode;
  if (ethnic !== null && ethnic.trim() !== '')
    checkCode(ctx.lists.ethnic, ethnic, 'representativeEthnicCode', out);
  const detailed = REPRESENTATIVE_DETAILS.some((key) => input[key] !== null);
  if (detailed && input.representativeName.trim() === '')
    out.push(
      problem(
        'representativeName',
        'không được để trống khi đã ghi giới tính, năm sinh hoặc dân tộc của người đại diện',
      ),
    );
  return out;
}

function checkCollective(input: NominationInput, out: FieldProblem[]): void {
  // Rejected rather than ignored: a filled gender usually means the row was marked "Tập thể" by mistake.
  const personal = ['gender', 'birthYear', 'ethnicCode'] as const;
  for (const key of personal)
    if (input[key] !== null) out.push(problem(key, 'chỉ ghi cho cá nhân; tập thể để trống'));
  // The city's spreadsheet has no member-count column: a collective may be saved without it and
  // must have it before it is sent (see submissionProblems).
  if (input.memberCount !== null) checkCount(input.memberCount, 'memberCount', 1, out);
}

/**
 * Every problem of a nomination's content, each with the field key as `path` and a Vietnamese message;
 * an empty array means it can be saved. See docs/rules/nominations.md for each rule.
 */
export function validateNomination(input: NominationInput, ctx: ValidationContext): FieldProblem[] {
  const out: FieldProblem[] = [];
  const individual = input.kind === 'individual';
  if (input.name.trim() === '')
    out.push(
      problem('name', 'không được để trống', NOMINATION_FIELD_LABELS[individual ? 'name' : 'collectiveName']),
    );
  if (individual) checkIndividual(input, ctx, out);
  else {
    checkCollective(input, out);
    out.push(...representativeProblems(input, ctx));
  }
  if (input.fieldCode !== null) checkCode(ctx.lists.field, input.fieldCode, 'fieldCode', out);
  if (input.sectorCode !== null) checkCode(ctx.lists.sector, input.sectorCode, 'sectorCode', out);
  input.priorityAreas.forEach((code, i) => {
    if (input.priorityAreas.indexOf(code) !== i)
      out.push(problem('priorityAreas', `"${code}" được ghi hai lần`));
    else checkCode(ctx.lists.priority, code, 'priorityAreas', out);
  });
  if (input.vote) checkVote(input.vote, ctx.today, out);
  if (!/^(\d{12})?$/u.test(input.citizenId.trim())) out.push(problem('citizenId', 'phải gồm đúng 12 chữ số'));
  if (!/^(0\d{9,10})?$/u.test(input.phone.trim()))
    out.push(problem('phone', 'phải là số điện thoại Việt Nam, ví dụ 0912345678'));
  return out;
}

/**
 * What blocks submitting a valid nomination: no grassroots vote, a vote below the conference's threshold
 * ("Kết quả bình xét: 5/10 phiếu đồng ý (50,0%) chưa đạt ngưỡng trên 50% số người dự họp"), and no field,
 * sector or achievements (needed for the statistics). `today` is the submission date.
 */
export function submissionProblems(
  input: NominationInput,
  settings: NominationSettings,
  today: string,
): FieldProblem[] {
  const out: FieldProblem[] = [];
  const { vote } = input;
  if (!vote)
    out.push(problem('vote', 'chưa có kết quả bình xét ở cơ sở (ngày họp, số người dự, số phiếu đồng ý)'));
  else checkVote(vote, today, out);
  if (vote && out.length === 0 && !meetsThreshold(vote.inFavour, vote.present, settings.grassroots)) {
    const share = formatShare(voteShare(vote.inFavour, vote.present));
    const needed = formatThreshold(settings.grassroots);
    const tail = settings.grassroots.strict ? '' : ' trở lên';
    out.push(
      problem(
        'vote',
        `${vote.inFavour}/${vote.present} phiếu đồng ý (${share}) chưa đạt ngưỡng ${needed} số người dự họp${tail}`,
      ),
    );
  }
  if (input.fieldCode === null) out.push(problem('fieldCode', 'cần chọn trước khi gửi'));
  if (input.sectorCode === null) out.push(problem('sectorCode', 'cần chọn trước khi gửi'));
  if (input.achievements.trim() === '') out.push(problem('achievements', 'cần ghi trước khi gửi'));
  if (input.kind === 'collective' && input.memberCount === null) {
    out.push(problem('memberCount', 'cần ghi số thành viên của tập thể trước khi gửi'));
  }
  return out;
}

/** Problems of a council vote: counts consistent (present ≤ members, in favour ≤ present), date not after today. */
export function validateCouncilVote(vote: CouncilVote, today: string): FieldProblem[] {
  const out: FieldProblem[] = [];
  checkMeetingDate(vote.meetingDate, 'council.meetingDate', today, out, 'hôm nay');
  const membersOk = checkCount(vote.members, 'council.members', 1, out);
  const presentOk = checkCount(vote.present, 'council.present', 1, out);
  const inFavourOk = checkCount(vote.inFavour, 'council.inFavour', 0, out);
  if (membersOk && presentOk && vote.present > vote.members)
    out.push(problem('council.present', `không được lớn hơn tổng số thành viên Hội đồng (${vote.members})`));
  if (presentOk && inFavourOk && vote.inFavour > vote.present)
    out.push(problem('council.inFavour', `không được lớn hơn số thành viên dự họp (${vote.present})`));
  return out;
}
