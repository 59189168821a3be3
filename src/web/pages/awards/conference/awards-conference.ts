import type { AwardPeriod } from '../../../../core/awards/types.ts';

/** The conference the commendation tab works on: its id, organising unit, year and the period its plan assesses. */
export interface AwardsConference {
  id: string;
  unitId: string;
  year: number;
  /** "giai đoạn 2020 - 2025": what a new proposal honours unless changed. */
  period: AwardPeriod;
}
