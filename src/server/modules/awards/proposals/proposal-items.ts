/**
 * The people and collectives a proposal may name, and the eligibility of each line: exemplary delegates
 * of the latest approved list and nominations the council approved, checked against the award history
 * and the other open proposals of the same year.
 */
import { randomUUID } from 'node:crypto';
import { formInForce, formNotInForceMessage } from '../../../../core/awards/catalogue.ts';
import { eligibilityProblems } from '../../../../core/awards/eligibility.ts';
import { subjectFromDelegate, subjectFromNomination, subjectKey } from '../../../../core/awards/subject.ts';
import type { AwardForm, AwardSubject, ProposalItem } from '../../../../core/awards/types.ts';
import type { Conference } from '../../../../core/conference/types.ts';
import type { DelegateCandidate } from '../../../../core/delegation/types.ts';
import { DomainError, type FieldProblem } from '../../../../core/errors/domain-error.ts';
import { formatDayMonthYear } from '../../../../core/vietnamese/dates.ts';
import type { ProposalItemInput } from '../../../../shared/api/award-proposals.ts';
import type { Db } from '../../../db/database.ts';
import { findLatestList } from '../../delegation/index.ts';
import { listConferenceNominations } from '../../nominations/index.ts';
import { listOtherOpenProposalItems, listRecordsOfSubjects } from './proposals.repo.ts';

/**
 * A line's achievement when neither the user nor the nomination gives one. It names no period: the
 * period is the proposal's own field, printed by the documents.
 */
export const FALLBACK_ACHIEVEMENT = 'Có thành tích tiêu biểu trong phong trào thi đua yêu nước';

/** "Bám biển 20 năm …; tham gia cứu hộ …." → the same without the final full stop, as a list cell. */
function achievementOf(text: string): string {
  return text.trim().replace(/[.;]+$/u, '');
}

interface Pickable {
  subject: AwardSubject;
  nominationId: string | null;
  /** The achievements written in the nomination, as the line's default. */
  achievement: string;
}

/** Whom a conference's proposals may name, by source and id. */
export async function loadPickable(
  db: Db,
  conferenceId: string,
): Promise<{ delegate: Map<string, Pickable>; nomination: Map<string, Pickable> }> {
  const latest = await findLatestList(db, conferenceId);
  const delegates = ((latest?.delegates ?? []) as DelegateCandidate[]).filter(
    (d) => d.category === 'dien_hinh',
  );
  const nominations = (await listConferenceNominations(db, conferenceId)).filter(
    (n) => n.state === 'council_approved',
  );
  return {
    delegate: new Map(
      delegates.map((d) => [
        d.id,
        {
          subject: subjectFromDelegate(d),
          nominationId: d.source === 'nomination' ? d.id : null,
          achievement: achievementOf(d.achievements),
        },
      ]),
    ),
    nomination: new Map(
      nominations.map((n) => [
        n.id,
        {
          subject: subjectFromNomination(n, n.nominatingUnitName),
          nominationId: n.id,
          achievement: achievementOf(n.achievements),
        },
      ]),
    ),
  };
}

const row = (i: number, name?: string) => `Dòng ${i + 1}${name ? ` (${name})` : ''}`;

/** The form in force on `isoDate`, or a 400 naming the field. */
export function requireForm(forms: readonly AwardForm[], code: string, isoDate: string): AwardForm {
  const form = formInForce(forms, code, isoDate);
  if (form) return form;
  throw new DomainError(
    'VALIDATION',
    formNotInForceMessage(forms, code, isoDate) ??
      `Không có danh hiệu hoặc hình thức khen thưởng mã “${code}” còn hiệu lực ngày ${formatDayMonthYear(isoDate)}.`,
    [{ path: 'formCode', message: 'Hình thức khen thưởng: không có trong danh mục hoặc không còn hiệu lực' }],
  );
}

/**
 * Proposal lines for the chosen people, keeping the id (and the council's count) of a line whose
 * subject was already in `previous`. A line's achievement is the one typed, else the line's before,
 * else the nomination's own. Unknown ids and the same subject twice are refused, row by row.
 */
export async function resolveItems(
  db: Db,
  conference: Conference,
  inputs: readonly ProposalItemInput[],
  previous: readonly ProposalItem[] = [],
): Promise<ProposalItem[]> {
  const pickable = await loadPickable(db, conference.id);
  const before = new Map(previous.map((p) => [p.subjectKey, p]));
  const problems: FieldProblem[] = [];
  const seen = new Map<string, number>();
  const items: ProposalItem[] = [];
  inputs.forEach((input, i) => {
    const found = pickable[input.source].get(input.id);
    if (!found) {
      problems.push({
        path: `items.${i}.id`,
        message:
          input.source === 'delegate'
            ? `${row(i)}: không phải đại biểu điển hình tiên tiến của danh sách đại biểu đã phê duyệt`
            : `${row(i)}: không phải đề cử đã được Hội đồng Thi đua - Khen thưởng thông qua`,
      });
      return;
    }
    const key = subjectKey(found.subject);
    const first = seen.get(key);
    if (first !== undefined) {
      problems.push({
        path: `items.${i}.id`,
        message: `${row(i, found.subject.name)}: trùng với dòng ${first + 1}`,
      });
      return;
    }
    seen.set(key, i);
    const old = before.get(key);
    items.push({
      id: old?.id ?? randomUUID(),
      subject: found.subject,
      subjectKey: key,
      nominationId: found.nominationId,
      achievement: input.achievement?.trim() || old?.achievement || found.achievement || FALLBACK_ACHIEVEMENT,
      inFavour: old?.inFavour ?? null,
      passed: old?.passed ?? null,
    });
  });
  if (problems.length > 0) {
    throw new DomainError(
      'VALIDATION',
      `Danh sách đề nghị chưa hợp lệ: ${problems.map((p) => p.message).join('; ')}.`,
      problems,
    );
  }
  return items;
}

/** Each line's eligibility problems (empty = eligible), in the order of `items`. */
export async function itemProblems(
  db: Db,
  input: {
    conferenceId: string;
    proposalId: string | null;
    formCode: string;
    year: number;
    items: readonly Pick<ProposalItem, 'subjectKey' | 'achievement' | 'subject'>[];
    forms: readonly AwardForm[];
    /** A decision being replaced: its records do not count against the new one. */
    exceptDecisionId?: string | null;
  },
): Promise<string[][]> {
  const records = await listRecordsOfSubjects(
    db,
    input.items.map((i) => i.subjectKey),
    input.exceptDecisionId ?? null,
  );
  const others = await listOtherOpenProposalItems(db, input.conferenceId, input.year, input.proposalId);
  return input.items.map((item, i) =>
    eligibilityProblems({
      subjectKey: item.subjectKey,
      formCode: input.formCode,
      year: input.year,
      achievement: item.achievement,
      forms: input.forms,
      records,
      kind: item.subject.kind,
      alsoProposed: [
        ...others,
        ...input.items
          .filter((_, j) => j !== i)
          .map((o) => ({ subjectKey: o.subjectKey, formCode: input.formCode })),
      ],
    }),
  );
}

/** Refuses lines that are not eligible, naming each row and person. */
export function assertEligible(
  items: readonly Pick<ProposalItem, 'subject'>[],
  problems: readonly string[][],
  path = 'items',
): void {
  const fields: FieldProblem[] = [];
  problems.forEach((list, i) => {
    for (const p of list)
      fields.push({ path: `${path}.${i}`, message: `${row(i, items[i].subject.name)}: ${p}` });
  });
  if (fields.length === 0) return;
  throw new DomainError(
    'VALIDATION',
    `Có ${new Set(fields.map((f) => f.path)).size} dòng chưa đủ điều kiện khen thưởng: ${fields.map((f) => f.message).join(' ')}`,
    fields,
  );
}
