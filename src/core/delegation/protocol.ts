/**
 * Protocol order (thứ tự nghi thức) of leaders and guests: by the rank of their position, then by given
 * name. The ranks are data (PROTOCOL_RANKS); the rule and its worked example are in
 * docs/rules/delegate-selection.md ("Thứ tự trong danh sách").
 */
import { compareByGivenName } from '../vietnamese/collate.ts';
import { foldVietnamese } from '../vietnamese/fold.ts';

export interface ProtocolRank {
  rank: number;
  /** What the rank covers, as the rules document names it. */
  label: string;
  /** Tested against the start of the position, folded (lower case, no marks: "bi thu dang uy …"). */
  pattern: RegExp;
}

/** Positions in protocol order; the first pattern that matches gives the rank. */
export const PROTOCOL_RANKS: readonly ProtocolRank[] = [
  { rank: 1, label: 'Bí thư cấp ủy', pattern: /^bi thu (?!doan|chi doan)/u },
  { rank: 2, label: 'Phó Bí thư Thường trực cấp ủy', pattern: /^pho bi thu thuong truc (?!doan)/u },
  { rank: 3, label: 'Phó Bí thư cấp ủy', pattern: /^pho bi thu (?!doan|chi doan)/u },
  { rank: 4, label: 'Chủ tịch Hội đồng nhân dân', pattern: /^chu tich (hoi dong nhan dan|hdnd)/u },
  { rank: 5, label: 'Chủ tịch Ủy ban nhân dân', pattern: /^chu tich (uy ban nhan dan|ubnd)/u },
  {
    rank: 6,
    label: 'Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
    pattern: /^chu tich (uy ban mat tran|ub mttq|mttq|ubmttq)/u,
  },
  { rank: 7, label: 'Phó Chủ tịch Hội đồng nhân dân', pattern: /^pho chu tich (hoi dong nhan dan|hdnd)/u },
  { rank: 8, label: 'Phó Chủ tịch Ủy ban nhân dân', pattern: /^pho chu tich (uy ban nhan dan|ubnd)/u },
  {
    rank: 9,
    label: 'Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam',
    pattern: /^pho chu tich (uy ban mat tran|ub mttq|mttq|ubmttq)/u,
  },
  { rank: 10, label: 'Ủy viên Ban Thường vụ cấp ủy', pattern: /^uy vien ban thuong vu/u },
  {
    rank: 11,
    label: 'Người đứng đầu lực lượng vũ trang (Chỉ huy trưởng, Trưởng Công an, Đồn trưởng, Chính trị viên)',
    pattern: /^(chi huy truong|truong cong an|don truong|chinh tri vien (?!pho)|tu lenh)/u,
  },
  {
    rank: 12,
    label: 'Người đứng đầu tổ chức chính trị - xã hội (Chủ tịch Hội, Công đoàn; Bí thư Đoàn)',
    pattern: /^(chu tich (hoi|cong doan|lien doan)|bi thu (doan|chi doan))/u,
  },
  {
    rank: 13,
    label: 'Người đứng đầu cơ quan, đơn vị (Trưởng, Giám đốc, Chánh Văn phòng, Hiệu trưởng, Thủ trưởng …)',
    pattern:
      /^(truong |giam doc|tong giam doc|chanh van phong|chanh an|vien truong|hieu truong|thu truong|tram truong|benh xa truong|doi truong|chu nhiem|chu tich|thuyen truong|chu )/u,
  },
  { rank: 14, label: 'Cấp phó (Phó …)', pattern: /^(pho |chinh tri vien pho)/u },
];

/** Positions no pattern matches come after every ranked one. */
export const UNRANKED = PROTOCOL_RANKS.length + 1;

/** The protocol rank of a position ("Chức vụ - đơn vị"); UNRANKED when no pattern matches. */
export function protocolRank(position: string): number {
  const folded = foldVietnamese(position);
  return PROTOCOL_RANKS.find((r) => r.pattern.test(folded))?.rank ?? UNRANKED;
}

/**
 * A new array in protocol order: rank of the position, then given name (Intl.Collator('vi'));
 * equal ones keep their order.
 */
export function sortByProtocol<T>(
  items: readonly T[],
  position: (item: T) => string,
  name: (item: T) => string,
): T[] {
  return items
    .map((item, index) => ({ item, index, rank: protocolRank(position(item)), name: name(item) }))
    .sort((x, y) => x.rank - y.rank || compareByGivenName(x.name, y.name) || x.index - y.index)
    .map((e) => e.item);
}
