import {
  type ConferenceTemplate,
  conferenceName,
  conferenceNameLine2,
  fillDeep,
  type TemplateUnit,
  templateTokens,
} from './template.ts';
import type { Conference } from './types.ts';

/** The editable part of a new conference, before it has an id and timestamps. */
export type ConferenceDraft = Omit<
  Conference,
  'id' | 'unitId' | 'status' | 'version' | 'createdAt' | 'updatedAt'
>;

/** The editable part of a conference (or of an edit request), without identity, status and version. */
export function conferenceDraft(c: ConferenceDraft): ConferenceDraft {
  return {
    name: c.name,
    nameLine2: c.nameLine2,
    ordinal: c.ordinal,
    term: c.term,
    year: c.year,
    session: c.session,
    deadline: c.deadline,
    maxDelegates: c.maxDelegates,
    exemplaryShare: c.exemplaryShare,
    guestShare: c.guestShare,
    plan: c.plan,
  };
}

/**
 * A new conference for a unit from the city's template: the name by section 3.6 and every text with the
 * unit's words filled in. `matchAssignee` links each assignee of section IV to a unit of the tree.
 */
export function instantiateTemplate(
  template: ConferenceTemplate,
  unit: TemplateUnit,
  matchAssignee: (unitName: string) => string | null = () => null,
): ConferenceDraft {
  const tokens = templateTokens(template, unit);
  const plan = fillDeep(template.plan, tokens);
  return {
    name: conferenceName(unit),
    nameLine2: conferenceNameLine2(template.ordinal, template.term),
    ordinal: template.ordinal,
    term: template.term,
    year: template.year,
    session: { date: null, venue: '', ...template.session },
    deadline: template.deadline,
    maxDelegates: template.maxDelegates,
    exemplaryShare: template.exemplaryShare,
    guestShare: template.guestShare,
    plan: {
      ...plan,
      assignments: plan.assignments.map((a) => ({ ...a, unitId: a.unitId ?? matchAssignee(a.unitName) })),
    },
  };
}
