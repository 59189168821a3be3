/**
 * About 200 realistic nominations from the demo units of Bạch Long Vĩ, spread over every workflow state.
 * Pure: the same `random` gives the same nominations (use `seededRandom`).
 */

import { nominationDuplicateKey } from '../../core/nominations/duplicates.ts';
import { councilPasses } from '../../core/nominations/rules.ts';
import {
  type CouncilVote,
  DEFAULT_NOMINATION_SETTINGS,
  type Gender,
  type NominationInput,
  type NominationState,
} from '../../core/nominations/types.ts';
import { DEMO_PROFILES, type DemoProfile, type DemoRole } from './demo-nomination-profiles.ts';

/** A unit as the seed knows it. */
export interface DemoUnitRef {
  id: string;
  key: string;
  fullName: string;
  typeLabel: string;
}

/** A generated nomination with its workflow state. */
export type DemoNomination = NominationInput & {
  state: NominationState;
  returnReason: string;
  council: CouncilVote | null;
};

/** mulberry32: a small, fast, seedable generator of numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BLV_KEY = 'hp/11948';
const TODAY_YEAR = 2025;
const COUNCIL_DATE = '2025-08-19';
const COUNCIL_MEMBERS = 11;
/**
 * Share of each state: the council has decided most nominations (about 130 of 200 approved, enough to
 * compose the delegation); drafts and returns are a minority as in a real round near the deadline.
 */
const STATE_SHARES: Record<NominationState, number> = {
  council_approved: 0.65,
  accepted: 0.1,
  submitted: 0.07,
  draft: 0.06,
  returned: 0.06,
  council_rejected: 0.06,
};
const RETURN_REASONS = [
  'Biên bản bình xét chưa có chữ ký của người chủ trì cuộc họp, đề nghị bổ sung.',
  'Thành tích tiêu biểu còn chung chung, đề nghị nêu rõ số liệu cụ thể giai đoạn 2020-2025.',
  'Khen thưởng 2020-2025 ghi chưa đủ số và ngày của quyết định, đề nghị bổ sung.',
  'Chưa ghi rõ chức vụ, nơi công tác; đề nghị đơn vị kiểm tra lại.',
];
/** Words separated by spaces; "_" joins a two-word entry ("Thị_Thu"). Repeats weight a choice. */
const words = (text: string) =>
  text
    .trim()
    .split(/\s+/u)
    .map((w) => w.replace('_', ' '));
const FAMILIES = words(`Nguyễn Nguyễn Nguyễn Nguyễn Trần Trần Lê Lê Phạm Phạm Hoàng Vũ Vũ Đỗ Bùi Đặng Ngô
  Dương Đinh Phan Hà Mai Lương Đào Cao Lưu Tạ Trịnh`);
const MIDDLE_MEN = words('Văn Văn Văn Đức Minh Quang Hữu Xuân Thanh Ngọc Mạnh Công Duy Tiến');
const MIDDLE_WOMEN = words('Thị Thị Thị Thị_Thu Thị_Thanh Thị_Minh Ngọc Thu Thị_Hồng Phương');
const GIVEN_MEN = words(`Hùng Dũng Tuấn Hải Nam Long Cường Thắng Hậu Sơn Quân Phong Trung Hiếu Khánh Toàn
  Tùng Đạt Bình An Vinh Hưng Thành Lâm Kiên Tâm Thịnh`);
const GIVEN_WOMEN = words(`Hoa Lan Hương Mai Nga Hằng Thảo Huyền Trang Yến Linh Nhung Thủy Hạnh Dung Phương
  Hà Ngân Loan Vân Oanh Hiền`);
/** Ethnic minorities on the island (teachers, soldiers, officials from the mainland): code and family names. */
const MINORITIES = words(
  '02:Nông,Hoàng,Lương 03:Lò,Lường,Cầm 06:Bùi,Đinh,Quách 07:Hoàng,Vi 09:Triệu,Bàn 04:Lý,Châu',
).map((w) => w.split(':') as [string, string]);
/** Khu dân cư of the island, where households and residents' posts belong (invented for the demo). */
const KHU_COUNT = 3;
const PHONE_PREFIXES = words('090 091 093 094 096 097 098 086 088 035 036 037 038 039');

/** A seed from a text (FNV-1a), for a choice that must not move the main sequence. */
function textSeed(text: string): number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
  return h >>> 0;
}

/** The random choices, named. */
function picker(random: () => number) {
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)];
  const digits = (n: number) => Array.from({ length: n }, () => int(0, 9)).join('');
  const fill = (text: string, k: number, age: number) =>
    text
      .replace('{years}', String(int(2, Math.max(2, Math.min(30, age - 20)))))
      .replace(/\{n:(\d+)-(\d+)\}/gu, (_, a: string, b: string) => String(int(Number(a), Number(b))))
      .replace('{tau}', `HP-9${digits(4)}-TS`)
      .replace('{khu}', `khu dân cư số ${int(1, KHU_COUNT)}`)
      .replace('{k}', String(k));
  return { int, pick, digits, fill, chance: (p: number) => random() < p };
}
type Picker = ReturnType<typeof picker>;

function personName(r: Picker, gender: Gender, family = r.pick(FAMILIES)): string {
  const middle = r.pick(gender === 'nu' ? MIDDLE_WOMEN : MIDDLE_MEN);
  return `${family} ${middle} ${r.pick(gender === 'nu' ? GIVEN_WOMEN : GIVEN_MEN)}`;
}

/** Awards 2020–2024 as written on the form, by who receives them ("năm {y}" is appended). */
const AWARDS = {
  team: 'Tập thể lao động tiên tiến|Giấy khen UBND huyện|Tập thể lao động xuất sắc',
  armedTeam: 'Đơn vị tiên tiến|Đơn vị quyết thắng|Bằng khen UBND thành phố',
  armed: 'Chiến sĩ tiên tiến|Chiến sĩ thi đua cơ sở|Giấy khen của Chỉ huy trưởng',
  household: 'Giấy khen UBND huyện|Giấy khen UBND huyện|Bằng khen UBND thành phố',
  staff: 'Lao động tiên tiến|Giấy khen UBND huyện|Chiến sĩ thi đua cơ sở',
};

function awardsText(r: Picker, collective: boolean, role: DemoRole): string {
  if (r.chance(0.1)) return '';
  const kind = collective
    ? role.armed
      ? 'armedTeam'
      : 'team'
    : role.armed
      ? 'armed'
      : role.sector === 'ho-gia-dinh'
        ? 'household'
        : 'staff';
  const years = [...new Set(Array.from({ length: r.int(1, 3) }, () => r.int(2020, 2024)))].sort();
  return years.map((y) => `${r.pick(AWARDS[kind].split('|'))} năm ${y}`).join('; ');
}

function meetingDate(r: Picker): string {
  const day = r.int(1, 51); // 1/7 … 20/8/2025
  return day <= 31
    ? `2025-07-${String(day).padStart(2, '0')}`
    : `2025-08-${String(day - 31).padStart(2, '0')}`;
}

function grassrootsVote(r: Picker, state: NominationState, collective: boolean): NominationInput['vote'] {
  const present = collective ? r.int(15, 60) : r.int(10, 45);
  const half = Math.floor(present / 2);
  const below = state === 'draft' && r.chance(0.35);
  if (state === 'draft' && !below && r.chance(0.3)) return null;
  const inFavour = below
    ? Math.max(0, half - r.int(0, 3))
    : r.int(Math.max(half + 1, Math.ceil(present * 0.7)), present);
  return { meetingDate: meetingDate(r), present, inFavour, minutesFileId: null };
}

function councilVote(r: Picker, state: NominationState): CouncilVote | null {
  if (state !== 'council_approved' && state !== 'council_rejected') return null;
  const present = r.int(9, COUNCIL_MEMBERS);
  const half = Math.floor(COUNCIL_MEMBERS / 2);
  const inFavour = state === 'council_approved' ? r.int(half + 1, present) : r.int(1, half);
  const vote = { meetingDate: COUNCIL_DATE, members: COUNCIL_MEMBERS, present, inFavour };
  if (councilPasses(vote, DEFAULT_NOMINATION_SETTINGS.council) !== (state === 'council_approved'))
    throw new Error('Demo council vote disagrees with its decision');
  return vote;
}

function statesFor(r: Picker, count: number): NominationState[] {
  const states = (Object.entries(STATE_SHARES) as Array<[NominationState, number]>).flatMap(
    ([state, share]) => Array.from({ length: Math.round(share * count) }, () => state),
  );
  while (states.length < count) states.push('accepted');
  states.length = count;
  for (let i = states.length - 1; i > 0; i--) {
    const j = r.int(0, i);
    [states[i], states[j]] = [states[j], states[i]];
  }
  return states;
}

interface Slot {
  profile: DemoProfile;
  unit: DemoUnitRef;
}

/** Who is nominated: the fields that differ between an individual and a collective. */
type Identity = Pick<
  NominationInput,
  | 'kind'
  | 'name'
  | 'gender'
  | 'birthYear'
  | 'ethnicCode'
  | 'position'
  | 'memberCount'
  | 'representativeName'
  | 'representativeGender'
  | 'representativeBirthYear'
  | 'representativeEthnicCode'
> &
  Pick<NominationInput, 'citizenId' | 'phone'>;

/** A role of the unit and its printed position, a post not yet held by as many as it may have. */
interface Post {
  role: DemoRole;
  position: string;
}

function positionOf(r: Picker, role: DemoRole, unit: DemoUnitRef): string {
  return r.fill(role.title, 0, 0).replace('{donVi}', unit.fullName);
}

/**
 * One of `roles` whose printed position is still open (`held` counts the positions given so far); after
 * a few draws only the jobs anyone may hold are left, so a unit whose posts are all taken still nominates.
 */
function openPost(r: Picker, roles: readonly DemoRole[], unit: DemoUnitRef, held: Map<string, number>): Post {
  const jobs = roles.filter((x) => x.holders === Number.POSITIVE_INFINITY);
  for (let draw = 0; draw < 12; draw++) {
    const role = r.pick(draw < 6 || jobs.length === 0 ? roles : jobs);
    const position = positionOf(r, role, unit);
    if ((held.get(position) ?? 0) < role.holders) return { role, position };
  }
  throw new Error(`No open position among the demo roles of ${unit.fullName}`);
}

function individual(r: Picker, post: Post, fixedName: string | null): Identity {
  const { role } = post;
  const gender: Gender = fixedName ? 'nam' : r.chance(role.women) ? 'nu' : 'nam';
  const minority = !fixedName && r.chance(0.05) ? r.pick(MINORITIES) : null;
  const birthYear = TODAY_YEAR - r.int(role.ages[0], role.ages[1]);
  const cccdSex = (birthYear >= 2000 ? 2 : 0) + (gender === 'nu' ? 1 : 0);
  return {
    kind: 'individual',
    name: fixedName ?? personName(r, gender, minority ? r.pick(minority[1].split(',')) : undefined),
    gender,
    birthYear,
    ethnicCode: minority ? minority[0] : '01',
    position: post.position,
    memberCount: null,
    representativeName: '',
    representativeGender: null,
    representativeBirthYear: null,
    representativeEthnicCode: null,
    // CCCD: province 031 (Hải Phòng), century-and-sex digit, year of birth, six digits.
    citizenId: r.chance(0.5) ? `031${cccdSex}${String(birthYear % 100).padStart(2, '0')}${r.digits(6)}` : '',
    phone: r.chance(0.6) ? `${r.pick(PHONE_PREFIXES)}${r.digits(7)}` : '',
  };
}

function collective(r: Picker, slot: Slot, counter: Map<string, number>): [Identity, readonly string[]] {
  // A named team (Bộ phận Một cửa) is nominated once; numbered ones (Tổ … số {k}) as many times as they exist.
  const team = r.pick(freshTeams(slot, counter));
  const k = (counter.get(team.name) ?? 0) + 1;
  counter.set(team.name, k);
  const name = r.fill(team.name, k, 0);
  const drawn: Gender = r.chance(0.4) ? 'nu' : 'nam';
  // A women's union branch is represented by a woman (the draw is kept so the sequence stays the same).
  const representativeGender: Gender = /Phụ nữ/u.test(name) ? 'nu' : drawn;
  const representativeName = personName(r, representativeGender);
  // The representative's age comes from a picker of its own, so the rest of the demo stays as it was.
  const own = picker(seededRandom(textSeed(`${slot.unit.id} ${name} ${representativeName}`)));
  const identity: Identity = {
    kind: 'collective',
    name,
    gender: null,
    birthYear: null,
    ethnicCode: null,
    position: slot.unit.fullName,
    memberCount: r.int(team.members[0], team.members[1]),
    representativeName,
    representativeGender,
    representativeBirthYear: TODAY_YEAR - own.int(28, 56),
    representativeEthnicCode: '01',
    citizenId: '',
    phone: '',
  };
  return [identity, team.deeds];
}

/** The unit's collectives not all nominated yet. */
function freshTeams(slot: Slot, counter: Map<string, number>): DemoProfile['teams'][number][] {
  return slot.profile.teams.filter((t) => (counter.get(t.name) ?? 0) < t.count);
}

/**
 * About `count` nominations from the demo units found among `units` (keys hp/11948/<slug>), weighted
 * towards fishers and the armed forces; about one in seven a collective; the first is "Nguyễn Văn Hậu", a fisher.
 * Throws when none of the demo units is given.
 */
export function generateDemoNominations(
  units: ReadonlyArray<DemoUnitRef>,
  random: () => number,
  count = 200,
): DemoNomination[] {
  const r = picker(random);
  const slots: Slot[] = DEMO_PROFILES.flatMap((profile) => {
    const unit = units.find((u) => u.key === `${BLV_KEY}/${profile.slug}`);
    return unit ? [{ profile, unit }] : [];
  });
  if (slots.length === 0)
    throw new Error('None of the demo units of Bạch Long Vĩ is in the organisation tree');
  const weighted = slots.flatMap((s) => Array.from({ length: s.profile.weight }, () => s));
  const hauSlot = slots.find((s) => s.profile.slug === 'nghiep-doan-nghe-ca');
  const counter = new Map<string, number>();
  const held = new Map<string, number>();
  const seen = new Set<string>();
  const list = statesFor(r, count).map((state, i): DemoNomination => {
    const fixedName = i === 0 && hauSlot ? 'Nguyễn Văn Hậu' : null;
    // Every unit nominates at least once: the first nominations go round the units.
    const slot = fixedName && hauSlot ? hauSlot : i <= slots.length ? slots[i - 1] : r.pick(weighted);
    // A unit whose collectives have all been nominated nominates a person.
    const isCollective = !fixedName && r.chance(0.13) && freshTeams(slot, counter).length > 0;
    const roles = fixedName ? slot.profile.roles.slice(0, 1) : slot.profile.roles;
    const post = isCollective ? null : openPost(r, roles, slot.unit, held);
    const role = post ? post.role : slot.profile.roles[0];
    let [identity, deeds] = post
      ? [individual(r, post, fixedName), role.deeds]
      : collective(r, slot, counter);
    while (post && seen.has(nominationDuplicateKey({ ...identity, nominatingUnitId: slot.unit.id })))
      identity = individual(r, post, null);
    seen.add(nominationDuplicateKey({ ...identity, nominatingUnitId: slot.unit.id }));
    if (post) held.set(post.position, (held.get(post.position) ?? 0) + 1);
    const chosen = [...new Set([r.pick(deeds), r.pick(deeds)])];
    const age = identity.birthYear === null ? 30 : TODAY_YEAR - identity.birthYear;
    return {
      ...identity,
      nominatingUnitId: slot.unit.id,
      formerUnitName: r.chance(0.7) ? 'Huyện Bạch Long Vĩ' : slot.unit.fullName,
      fieldCode: role.field,
      sectorCode: role.sector,
      directWorker: role.direct,
      priorityAreas: [...role.priority],
      // One sentence: deeds after the first continue it in lower case ("…; tham gia cứu hộ …").
      achievements: `${chosen
        .map((d, j) => {
          const text = r.fill(d, 0, age);
          return j === 0 ? text : text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);
        })
        .join('; ')}.`,
      awards: awardsText(r, isCollective, role),
      vote: grassrootsVote(r, state, isCollective),
      state,
      returnReason: state === 'returned' ? r.pick(RETURN_REASONS) : '',
      council: councilVote(r, state),
    };
  });
  coverApproved(list);
  return list;
}

/** The fields that go with a workflow state; two nominations exchange them whole. */
const STATE_FIELDS = ['state', 'council', 'returnReason', 'vote'] as const;
/** What the default composition rules count: each field, sector and former unit at least once. */
const TRAITS: ReadonlyArray<(n: DemoNomination) => string> = [
  (n) => n.fieldCode ?? '',
  (n) => n.sectorCode ?? '',
  (n) => n.formerUnitName,
];
const MINORITIES_APPROVED = 3;
const isMinority = (n: DemoNomination) => n.ethnicCode !== null && n.ethnicCode !== '01';

/**
 * Makes the council-approved nominations hold every field, sector and former unit of the round and a
 * few ethnic minorities, so the default composition rules can be met: a nomination with a missing
 * value (preferably an accepted one) exchanges its state with an approved one that is not needed.
 */
function coverApproved(list: DemoNomination[]): void {
  const approved = () => list.filter((n) => n.state === 'council_approved');
  const swap = (a: DemoNomination, b: DemoNomination) => {
    const saved = Object.fromEntries(STATE_FIELDS.map((k) => [k, a[k]]));
    Object.assign(a, Object.fromEntries(STATE_FIELDS.map((k) => [k, b[k]])));
    Object.assign(b, saved);
  };
  /** The last approved nomination whose every trait another approved one also has, not a minority. */
  const spare = () => {
    const now = approved();
    const shared = (n: DemoNomination) =>
      TRAITS.every((t) => now.filter((m) => t(m) === t(n)).length > 1) && !isMinority(n);
    return now.reverse().find(shared);
  };
  const promote = (wanted: (n: DemoNomination) => boolean) => {
    const waiting = list.filter((n) => n.state !== 'council_approved' && wanted(n));
    const taker = waiting.find((n) => n.state === 'accepted') ?? waiting[0];
    const giver = spare();
    if (!taker || !giver) return false;
    swap(taker, giver);
    return true;
  };
  for (const trait of TRAITS)
    for (const value of new Set(list.map(trait)))
      if (value !== '' && !approved().some((n) => trait(n) === value)) promote((n) => trait(n) === value);
  while (approved().filter(isMinority).length < MINORITIES_APPROVED && promote(isMinority));
}
