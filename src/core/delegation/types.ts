/**
 * The delegation (thành phần đại biểu) of a conference: the candidates, the composition rules, the
 * priority score and the approved, versioned lists. Plain data shared by server, web and documents.
 */
import type { Gender, NominationKind } from '../nominations/types.ts';
import type { QuotaRule, SelectionResult } from '../selection/types.ts';

/** Điển hình tiên tiến (from council-approved nominations), khách mời, lãnh đạo các cấp, các ngành. */
export const DELEGATE_CATEGORIES = ['dien_hinh', 'khach_moi', 'lanh_dao'] as const;
export type DelegateCategory = (typeof DELEGATE_CATEGORIES)[number];

/** The categories of a guest added by hand or imported (điển hình come from nominations). */
export const GUEST_CATEGORIES = ['khach_moi', 'lanh_dao'] as const;
export type GuestCategory = (typeof GUEST_CATEGORIES)[number];

/** The fields a composition rule can count; every candidate has each (empty text when unknown). */
export const DELEGATE_COLUMNS = [
  'category',
  'kind',
  'gender',
  'ethnic',
  'minority',
  'field',
  'sector',
  'direct_worker',
  'former_unit',
  'nominating_unit',
  'priority_area',
] as const;
export type DelegateColumn = (typeof DELEGATE_COLUMNS)[number];

/** The fields of a guest or leader added by hand or imported; the same classification as nominees. */
export interface GuestInput {
  category: GuestCategory;
  name: string;
  gender: Gender | null;
  birthYear: number | null;
  ethnicCode: string | null;
  /** "Chức vụ - đơn vị". */
  position: string;
  nominatingUnitId: string | null;
  formerUnitName: string;
  fieldCode: string | null;
  sectorCode: string | null;
  directWorker: boolean;
  priorityAreas: string[];
  achievements: string;
}

export interface Guest extends GuestInput {
  id: string;
  conferenceId: string;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** One line of the priority score's breakdown ("Bằng khen của Thủ tướng: 30 điểm"). */
export interface ScorePart {
  label: string;
  points: number;
}

/** The award levels read from a nominee's "khen thưởng" text, highest first. */
export const AWARD_LEVELS = [
  'huan_chuong',
  'bang_khen_thu_tuong',
  'bang_khen',
  'chien_si_thi_dua',
  'giay_khen',
  'none',
] as const;
export type AwardLevel = (typeof AWARD_LEVELS)[number];

/** Configurable weights of the priority score; every candidate's score is the sum of its parts. */
export interface ScoreWeights {
  /** Points for the highest award level found in the nominee's awards. */
  award: Record<AwardLevel, number>;
  /** Points × the council's share in favour (0..1). */
  councilShare: number;
  directWorker: number;
  /** Points per priority area (kinh tế - xã hội, quốc phòng - an ninh, sắp xếp bộ máy). */
  priorityArea: number;
  /** Base scores of guests and leaders (they are usually locked in by hand). */
  guest: number;
  leader: number;
}

/** Who attends for a collective: the delegate, whose attributes the composition rules count. */
export interface DelegateRepresentative {
  name: string;
  gender: Gender | null;
  birthYear: number | null;
  ethnicCode: string | null;
}

/** A candidate as the composition screen and the engine see it. */
export interface DelegateCandidate {
  /** The nomination's id for exemplary delegates, the guest's id otherwise. */
  id: string;
  source: 'nomination' | 'guest';
  category: DelegateCategory;
  kind: NominationKind;
  name: string;
  gender: Gender | null;
  birthYear: number | null;
  ethnicCode: string | null;
  position: string;
  nominatingUnitId: string | null;
  nominatingUnitName: string;
  formerUnitName: string;
  fieldCode: string | null;
  sectorCode: string | null;
  directWorker: boolean;
  priorityAreas: string[];
  achievements: string;
  awards: string;
  score: number;
  scoreParts: ScorePart[];
  /**
   * A collective's representative (null or absent for a person, or a collective that has named none):
   * the person who attends and is counted as the delegate. Lists approved before it was recorded lack it.
   */
  representative?: DelegateRepresentative | null;
}

/** Composition rules of a conference; the engine's QuotaRule with the delegate columns. */
export interface DelegateRule extends QuotaRule {
  column: DelegateColumn;
}

export interface CompositionSettings {
  /** Total seats, at most the plan's maximum. */
  seats: number;
  rules: DelegateRule[];
  /** Candidate ids locked in / left out. */
  include: string[];
  exclude: string[];
  weights: ScoreWeights;
  version: number;
}

/** An approved list (one version); the snapshot keeps the candidates as they were when approved. */
export interface DelegateList {
  conferenceId: string;
  number: number;
  approvedAt: string;
  approvedBy: string;
  approvedByName: string;
  note: string;
  seats: number;
  rules: DelegateRule[];
  objective: number;
  /** Selected candidates in Vietnamese order (category, then given name). */
  delegates: DelegateCandidate[];
  evaluation: SelectionResult['quotas'];
}
