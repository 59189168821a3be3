import { conferenceDraft } from '../../../core/conference/instantiate.ts';
import { conferenceNameLine2 } from '../../../core/conference/template.ts';
import type { Conference } from '../../../core/conference/types.ts';
import type { UpdateConferenceBody } from '../../../shared/api/conferences.ts';

/** What the editor changes: the whole editable conference, without its version. */
export type ConferenceDraft = Omit<UpdateConferenceBody, 'version'>;

/** The editor's starting point: the editable part of the loaded conference. */
export function toDraft(c: Conference): ConferenceDraft {
  return conferenceDraft(c);
}

function lineFor(ordinal: number, term: string): string | null {
  try {
    return conferenceNameLine2(ordinal, term);
  } catch {
    return null;
  }
}

/**
 * Applies a change; when the ordinal or term changes and the second name line was still the generated
 * one ("Lần thứ I (2025 - 2030)"), it follows.
 */
export function applyDraftPatch(draft: ConferenceDraft, patch: Partial<ConferenceDraft>): ConferenceDraft {
  const next = { ...draft, ...patch };
  if (
    (patch.ordinal !== undefined || patch.term !== undefined) &&
    draft.nameLine2 === lineFor(draft.ordinal, draft.term)
  ) {
    next.nameLine2 = lineFor(next.ordinal, next.term) ?? next.nameLine2;
  }
  return next;
}
