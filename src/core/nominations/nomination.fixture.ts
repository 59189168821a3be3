/** Test factories for nominations: a valid individual and a valid collective, overridable field by field. */

import type { Nomination, NominationInput } from './types.ts';

/** A valid individual nomination (a fisher of Bạch Long Vĩ) with a passing grassroots vote. */
export function individualInput(overrides: Partial<NominationInput> = {}): NominationInput {
  return {
    kind: 'individual',
    name: 'Nguyễn Văn Hậu',
    gender: 'nam',
    birthYear: 1980,
    ethnicCode: '01',
    position: 'Thuyền trưởng tàu cá HP-90123-TS',
    nominatingUnitId: 'unit-nghiep-doan',
    formerUnitName: 'Huyện Bạch Long Vĩ',
    fieldCode: 'nong-nghiep-thuy-san',
    sectorCode: 'ho-gia-dinh',
    directWorker: true,
    priorityAreas: ['kinh-te-xa-hoi', 'quoc-phong-an-ninh'],
    achievements: 'Bám biển 20 năm; cứu 12 ngư dân gặp nạn năm 2023.',
    awards: 'Giấy khen UBND huyện năm 2022',
    memberCount: null,
    representativeName: '',
    representativeGender: null,
    representativeBirthYear: null,
    representativeEthnicCode: null,
    vote: { meetingDate: '2025-08-01', present: 12, inFavour: 10, minutesFileId: null },
    citizenId: '',
    phone: '',
    ...overrides,
  };
}

/** A valid collective nomination (a school's subject group). */
export function collectiveInput(overrides: Partial<NominationInput> = {}): NominationInput {
  return individualInput({
    kind: 'collective',
    name: 'Tổ chuyên môn Tiểu học',
    gender: null,
    birthYear: null,
    ethnicCode: null,
    position: 'Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ',
    nominatingUnitId: 'unit-truong',
    fieldCode: 'giao-duc',
    sectorCode: 'nha-nuoc',
    directWorker: false,
    priorityAreas: ['kinh-te-xa-hoi'],
    memberCount: 9,
    representativeName: 'Trần Thị Lan',
    representativeGender: 'nu',
    representativeBirthYear: 1985,
    representativeEthnicCode: '01',
    ...overrides,
  });
}

/** A stored nomination with the unit's name, as the listing works on. */
export function listedNomination(
  overrides: Partial<Nomination & { nominatingUnitName: string }> = {},
): Nomination & { nominatingUnitName: string } {
  return {
    ...individualInput(),
    id: 'n-1',
    conferenceId: 'c-1',
    number: 1,
    state: 'draft',
    returnReason: '',
    council: null,
    photoFileId: null,
    submittedAt: null,
    version: 1,
    createdAt: '2025-08-01T00:00:00.000Z',
    updatedAt: '2025-08-01T00:00:00.000Z',
    nominatingUnitName: 'Nghiệp đoàn nghề cá Bạch Long Vĩ',
    ...overrides,
  };
}
