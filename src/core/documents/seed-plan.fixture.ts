/** Test factory: the conference of Kế hoạch 06/KH-UBND (Bạch Long Vĩ, 14/8/2025) built from the city's template. */

import { DEFAULT_TEMPLATE } from '../conference/default-template.ts';
import {
  type ConferenceTemplate,
  conferenceName,
  conferenceNameLine2,
  fillDeep,
  type TemplateUnit,
  templateTokens,
} from '../conference/template.ts';
import type { Conference } from '../conference/types.ts';

const BACH_LONG_VI: TemplateUnit = { typeLabel: 'đặc khu', name: 'Bạch Long Vĩ' };

/** The seed conference; `overrides` replace whole top-level fields. */
export function seedPlanConference(overrides: Partial<Conference> = {}): Conference {
  const template: ConferenceTemplate = fillDeep(
    DEFAULT_TEMPLATE,
    templateTokens(DEFAULT_TEMPLATE, BACH_LONG_VI),
  );
  return {
    id: 'conference-seed',
    unitId: 'unit-bach-long-vi',
    name: conferenceName(BACH_LONG_VI),
    nameLine2: conferenceNameLine2(template.ordinal, template.term),
    ordinal: template.ordinal,
    term: template.term,
    year: template.year,
    session: { ...template.session, date: null, venue: '' },
    deadline: '2025-08-25',
    maxDelegates: 150,
    exemplaryShare: 70,
    guestShare: 30,
    plan: {
      ...template.plan,
      documentNumber: '06',
      issuedDate: '2025-08-14',
      signature: { ...template.plan.signature, signerName: 'Nguyễn Văn Hậu' },
    },
    status: 'draft',
    version: 1,
    createdAt: '2025-08-14T00:00:00Z',
    updatedAt: '2025-08-14T00:00:00Z',
    ...overrides,
  };
}
