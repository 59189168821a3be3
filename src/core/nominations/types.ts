/** A nomination of an exemplary individual or collective (đề cử điển hình tiên tiến), as plain data. */

export const NOMINATION_KINDS = ['individual', 'collective'] as const;
export type NominationKind = (typeof NOMINATION_KINDS)[number];
export const GENDERS = ['nam', 'nu'] as const;
export type Gender = (typeof GENDERS)[number];

/** The workflow states; "council_*" are the Hội đồng Thi đua - Khen thưởng's decision. */
export const NOMINATION_STATES = [
  'draft',
  'submitted',
  'returned',
  'accepted',
  'council_approved',
  'council_rejected',
] as const;
export type NominationState = (typeof NOMINATION_STATES)[number];

/** The record of the public grassroots vote (bình xét công khai, dân chủ từ cơ sở). */
export interface GrassrootsVote {
  /** ISO date of the meeting. */
  meetingDate: string;
  present: number;
  inFavour: number;
  /** Stored file of the minutes (PDF, image or DOCX), if uploaded. */
  minutesFileId: string | null;
}

/** The council's vote on a nomination. */
export interface CouncilVote {
  meetingDate: string;
  members: number;
  present: number;
  inFavour: number;
}

/** The fields a unit fills in; the same for the form, the Excel row and the API. */
export interface NominationInput {
  kind: NominationKind;
  /** Họ và tên, or the collective's name. */
  name: string;
  /** Individuals only. */
  gender: Gender | null;
  birthYear: number | null;
  /** Code of one of the 54 ethnic groups ("01" Kinh); individuals only. */
  ethnicCode: string | null;
  /** "Chức vụ, nơi công tác" of an individual; the collective's address or parent body. */
  position: string;
  nominatingUnitId: string;
  /** The unit before the 2025 reorganisation, as written (matched to the tree when possible). */
  formerUnitName: string;
  /** Code of the field (lĩnh vực) reference list. */
  fieldCode: string | null;
  /** Code of the economic sector (thành phần kinh tế) list. */
  sectorCode: string | null;
  directWorker: boolean;
  /** Codes of the priority areas list (kinh tế - xã hội, quốc phòng - an ninh, sắp xếp bộ máy). */
  priorityAreas: string[];
  achievements: string;
  /** Khen thưởng 2020-2025, as written. */
  awards: string;
  /** Collectives only. */
  memberCount: number | null;
  /** Collectives only: who will attend, and is the delegate when the collective is one. */
  representativeName: string;
  /** Collectives only: the representative's gender, birth year and ethnic group (counted by the composition rules). */
  representativeGender: Gender | null;
  representativeBirthYear: number | null;
  representativeEthnicCode: string | null;
  vote: GrassrootsVote | null;
  /** Personal data: optional, shown only to the organising unit's staff. */
  citizenId: string;
  phone: string;
}

export interface Nomination extends NominationInput {
  id: string;
  conferenceId: string;
  /** Position in the conference's nominations, for "STT"; stable. */
  number: number;
  state: NominationState;
  /** Why the organiser returned it, while returned. */
  returnReason: string;
  council: CouncilVote | null;
  photoFileId: string | null;
  submittedAt: string | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

/** Thresholds a conference sets; shares are compared as "more than" when `strict`. */
export interface VoteThreshold {
  /** 0.5 with strict = "more than half". */
  share: number;
  strict: boolean;
}

export interface NominationSettings {
  /** Grassroots vote: share of those present who must agree (default more than half). */
  grassroots: VoteThreshold;
  /** Council vote: share of its members (not only those present) who must agree. */
  council: VoteThreshold & { base: 'members' | 'present' };
}

export const DEFAULT_NOMINATION_SETTINGS: NominationSettings = {
  grassroots: { share: 0.5, strict: true },
  council: { share: 0.5, strict: true, base: 'members' },
};
