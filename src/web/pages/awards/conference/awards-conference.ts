/** The conference the commendation tab works on: its id, organising unit and year. */
export interface AwardsConference {
  id: string;
  unitId: string;
  year: number;
}
