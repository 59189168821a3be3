/**
 * The office (Văn phòng) of a city or commune-level unit, which documents name when they assign work:
 * Điều 3 of an award decision ("Chánh Văn phòng …"), the plan's assignments ("Văn phòng … đặc khu").
 *
 * Each unit says whether it has a Hội đồng nhân dân and what its office is called; when it has not said,
 * the default follows its type:
 * - a xã or phường has a Hội đồng nhân dân: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Phú";
 * - an đặc khu has one unless it is listed in `SPECIAL_ZONES_WITHOUT_COUNCIL`: Bạch Long Vĩ has none,
 *   so "Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ";
 * - the city's decisions are carried out by "Văn phòng Ủy ban nhân dân thành phố Hải Phòng".
 */

/** What a unit says about its office; null = the default for its type. */
export interface UnitOfficeSettings {
  hasCouncil: boolean | null;
  officeName: string | null;
}

export interface UnitForOffice extends UnitOfficeSettings {
  kind: string;
  /** "đặc khu", "xã", "phường", "thành phố". */
  typeLabel: string;
  /** Without the type word: "Bạch Long Vĩ". */
  name: string;
  officialCode: string | null;
}

/** A unit's office as documents use it. */
export interface UnitOffice {
  hasCouncil: boolean;
  /** "Văn phòng Ủy ban nhân dân đặc khu Bạch Long Vĩ". */
  officeName: string;
  /** As the plan's assignments name it inside the unit's own documents: "Văn phòng Ủy ban nhân dân đặc khu". */
  shortName: string;
  /** Both values are the unit's own (not the default of its type). */
  custom: boolean;
}

/**
 * Đặc khu without a Hội đồng nhân dân, by official code. Bạch Long Vĩ (11948): the seed plan names only
 * "Văn phòng Ủy ban nhân dân đặc khu" and the island's voters elect the city's council, not one of
 * their own (likely; not in the verified facts). Any other đặc khu defaults to having a council; each
 * unit can say otherwise.
 */
export const SPECIAL_ZONES_WITHOUT_COUNCIL: readonly string[] = ['11948'];

/** Units that have an office named in documents: the city and the xã, phường, đặc khu. */
export function hasOffice(unit: Pick<UnitForOffice, 'kind'>): boolean {
  return unit.kind === 'city' || unit.kind === 'commune';
}

/** Whether a unit of this type has a Hội đồng nhân dân when it has not said. */
export function defaultHasCouncil(unit: Pick<UnitForOffice, 'kind' | 'typeLabel' | 'officialCode'>): boolean {
  if (unit.kind !== 'commune') return true;
  if (unit.typeLabel.toLocaleLowerCase('vi') !== 'đặc khu') return true;
  return !SPECIAL_ZONES_WITHOUT_COUNCIL.includes(unit.officialCode ?? '');
}

function officeOf(
  unit: Pick<UnitForOffice, 'kind' | 'typeLabel'>,
  hasCouncil: boolean,
  name: string,
): string {
  const type = unit.typeLabel.toLocaleLowerCase('vi');
  const where = [type, name].filter(Boolean).join(' ');
  if (unit.kind === 'city' || !hasCouncil) return `Văn phòng Ủy ban nhân dân ${where}`;
  return `Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${where}`;
}

/** The default office name: "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã An Phú". */
export function defaultOfficeName(
  unit: Pick<UnitForOffice, 'kind' | 'typeLabel' | 'name'>,
  hasCouncil: boolean,
): string {
  return officeOf(unit, hasCouncil, unit.name);
}

/** The unit's office: its own settings, or the defaults of its type. */
export function unitOffice(unit: UnitForOffice): UnitOffice {
  const hasCouncil = unit.hasCouncil ?? defaultHasCouncil(unit);
  const own = unit.officeName?.trim() || null;
  return {
    hasCouncil,
    officeName: own ?? defaultOfficeName(unit, hasCouncil),
    shortName: own ?? officeOf(unit, hasCouncil, ''),
    custom: unit.hasCouncil !== null || own !== null,
  };
}

/** The head of an office: "Văn phòng Ủy ban nhân dân …" → "Chánh Văn phòng Ủy ban nhân dân …". */
export function chiefOfOffice(officeName: string): string {
  const name = officeName.trim();
  return /^văn phòng\b/iu.test(name) ? `Chánh Văn phòng${name.slice('Văn phòng'.length)}` : `Chánh ${name}`;
}
