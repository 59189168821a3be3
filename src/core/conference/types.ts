/** The conference and its plan, as plain data shared by the server, the documents and the web. */

/**
 * One paragraph of running text; `dash` and `plus` are the "- " and "+ " levels of Vietnamese documents.
 * Every free text of a plan may mark emphasis: `*italic*`, `**bold**` (see `parseInlineMarks`).
 */
export interface TextBlock {
  style: 'paragraph' | 'dash' | 'plus';
  text: string;
}

/** A numbered key content of section III.3 ("3.1. Phạm vi: …"). */
export interface KeyContent {
  code: string;
  heading: string;
  blocks: TextBlock[];
}

/** A duty assigned in section IV to a department or organisation. */
export interface Assignment {
  unitName: string;
  /** The unit in the organisation tree, when the assignee is one of them. */
  unitId: string | null;
  /** Whether the plan asks ("Đề nghị …") rather than assigns, as for the Fatherland Front. */
  isRequest: boolean;
  /** Whether the label ("4. Trung tâm sự nghiệp công:") prints bold, as IV.4 and IV.5 of Kế hoạch 06/KH-UBND. */
  labelBold: boolean;
  duties: string[];
}

/** The signature block of an administrative document (Nghị định 30/2020, Điều 13). */
export interface Signature {
  /** "TM. ỦY BAN NHÂN DÂN"; empty when the head signs in their own name. */
  authority: string;
  /** "KT. CHỦ TỊCH"; empty when the head signs. */
  prefix: string;
  /** "PHÓ CHỦ TỊCH". */
  position: string;
  signerName: string;
}

export const SESSION_PARTS = ['sang', 'chieu'] as const;
export type SessionPart = (typeof SESSION_PARTS)[number];

/** The one session the conference is held in. */
export interface ConferenceSession {
  /** ISO date, or null while not yet fixed. */
  date: string | null;
  part: SessionPart;
  /** "07:30". */
  startTime: string;
  endTime: string;
  venue: string;
}

/** Everything the Kế hoạch says that is free text; figures live on the conference itself. */
export interface ConferencePlan {
  /** "06" in "Số: 06/KH-UBND"; empty while the number is not yet given. */
  documentNumber: string;
  /** "KH-UBND". */
  documentSymbol: string;
  /** ISO date of the plan, or null while a draft. */
  issuedDate: string | null;
  /** Place name of the place-date line: "Bạch Long Vĩ". */
  place: string;
  /** Upper line of the header ("ỦY BAN NHÂN DÂN"), may be empty. */
  parentBody: string;
  /** Issuing body as printed ("ĐẶC KHU BẠCH LONG VĨ"). */
  issuingBody: string;
  /** Trích yếu after "KẾ HOẠCH". */
  title: string;
  /** The opening paragraph naming the upper plan. */
  basis: string;
  purposes: string[];
  /** "Tổ chức “Hội nghị tuyên dương điển hình tiên tiến”". */
  form: string;
  /** "Thành phần, cơ cấu" of section II, without the shares (the document adds them from the figures). */
  composition: string;
  /** The paragraphs after it: grassroots vote, priorities, balance between fields and former units. */
  compositionNotes: string[];
  programItems: string[];
  activities: string[];
  keyContents: KeyContent[];
  assignments: Assignment[];
  closing: string;
  recipients: string[];
  signature: Signature;
}

export const CONFERENCE_STATUSES = ['draft', 'approved'] as const;
export type ConferenceStatus = (typeof CONFERENCE_STATUSES)[number];

export interface Conference {
  id: string;
  unitId: string;
  /** "Hội nghị tuyên dương điển hình tiên tiến đặc khu Bạch Long Vĩ". */
  name: string;
  /** "Lần thứ I (2025 - 2030)". */
  nameLine2: string;
  ordinal: number;
  /** "2025 - 2030". */
  term: string;
  year: number;
  session: ConferenceSession;
  /** ISO date the conference must be held by (from the upper plan). */
  deadline: string | null;
  maxDelegates: number;
  /** Target shares in whole percent; they add up to 100. */
  exemplaryShare: number;
  guestShare: number;
  plan: ConferencePlan;
  status: ConferenceStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
}
