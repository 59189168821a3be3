/**
 * The demo delegation of Bạch Long Vĩ: about 50 guests and leaders, the plan's default composition
 * with the leaders locked in, and the optimal list approved as list 1 by the demo organiser, all
 * through the services the API uses. Running it again changes nothing.
 */
import type { Actor } from '../../core/auth/access.ts';
import type { GuestInput } from '../../core/delegation/types.ts';
import type { ServiceContext } from '../context.ts';
import { recordChange } from '../modules/audit/index.ts';
import { findUserWithGrants } from '../modules/auth/index.ts';
import { findConference } from '../modules/conferences/index.ts';
import {
  approveDelegateList,
  assertGuestValid,
  guestProblems,
  insertGuests,
  loadDelegationContext,
  loadGuestRules,
  proposeDelegates,
  updateComposition,
} from '../modules/delegation/index.ts';
import { DEMO_TIMELINE, onDemoDay } from './demo-timeline.ts';

/** The demo organiser who saves the composition and approves the list. */
export const DEMO_ORGANISER = 'bachlongvi';
const BLV_FORMER = 'Huyện Bạch Long Vĩ';
const LIST_NOTE = 'Danh sách đại biểu theo cơ cấu của Kế hoạch 06/KH-UBND; lãnh đạo được chọn chắc chắn.';

// L = lãnh đạo, K = khách mời | name | sex | born | ethnic | position | local (former unit "Huyện Bạch
// Long Vĩ") | field | sector | direct worker | priority areas (kt, qp, bm)
const GUESTS = `
L | Lê Văn Thành | nam | 1972 | 01 | Bí thư Đảng ủy đặc khu Bạch Long Vĩ | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt qp bm
L | Phạm Thị Thu Hương | nu | 1978 | 01 | Phó Bí thư Thường trực Đảng ủy đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | bm
L | Trần Đức Long | nam | 1975 | 01 | Ủy viên Ban Thường vụ, Trưởng Ban Xây dựng Đảng Đảng ủy đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt bm
L | Đào Quang Minh | nam | 1976 | 01 | Chủ tịch Ủy ban nhân dân đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt qp bm
L | Nguyễn Văn Hậu | nam | 1979 | 01 | Phó Chủ tịch Ủy ban nhân dân đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt
L | Vũ Thị Ngọc Ánh | nu | 1983 | 01 | Phó Chủ tịch Ủy ban nhân dân đặc khu | x | van-hoa-the-thao-thong-tin | nha-nuoc | - | kt bm
L | Hoàng Văn Nông | nam | 1970 | 02 | Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt
L | Trần Thị Lan | nu | 1974 | 01 | Trưởng Ban Thi đua - Khen thưởng thành phố, Sở Nội vụ Hải Phòng | - | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | bm
L | Lương Minh Khôi | nam | 1980 | 01 | Phó Trưởng Ban Thi đua - Khen thưởng thành phố, Sở Nội vụ Hải Phòng | - | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | bm
L | Đặng Văn Trường | nam | 1977 | 01 | Đồn trưởng Đồn Biên phòng Bạch Long Vĩ | - | quoc-phong | nha-nuoc | - | qp
L | Mai Xuân Bách | nam | 1981 | 01 | Chính trị viên Đồn Biên phòng Bạch Long Vĩ | - | quoc-phong | nha-nuoc | - | qp
L | Bùi Quốc Việt | nam | 1978 | 06 | Chỉ huy trưởng Ban Chỉ huy quân sự đặc khu | x | quoc-phong | nha-nuoc | - | qp
L | Ngô Đình Hưng | nam | 1980 | 01 | Trưởng Công an đặc khu | x | an-ninh | nha-nuoc | - | qp
L | Phan Thị Hồng Nhung | nu | 1992 | 01 | Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt
L | Đỗ Thị Thanh Hà | nu | 1982 | 01 | Chủ tịch Hội Liên hiệp Phụ nữ đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt
L | Cao Văn Sáu | nam | 1969 | 01 | Chủ tịch Hội Nông dân đặc khu | x | nong-nghiep-thuy-san | nha-nuoc | - | kt
L | Tạ Văn Lực | nam | 1960 | 01 | Chủ tịch Hội Cựu chiến binh đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | qp
L | Hà Minh Tiến | nam | 1975 | 01 | Phó Giám đốc Sở Nông nghiệp và Môi trường thành phố Hải Phòng | - | nong-nghiep-thuy-san | nha-nuoc | - | kt
K | Nguyễn Hữu Cảnh | nam | 1976 | 01 | Phó Tư lệnh Vùng 1 Hải quân | - | quoc-phong | nha-nuoc | - | qp
K | Trịnh Văn Đông | nam | 1985 | 01 | Trạm trưởng Trạm Ra đa Bạch Long Vĩ | - | quoc-phong | nha-nuoc | - | qp
K | Lê Thị Bích Ngọc | nu | 1987 | 01 | Trạm trưởng Trạm Khí tượng Hải văn Bạch Long Vĩ | - | khac | nha-nuoc | - | kt
K | Phạm Văn Hiển | nam | 1979 | 01 | Giám đốc Ban Quản lý Cảng cá và Khu neo đậu tránh trú bão Bạch Long Vĩ | x | nong-nghiep-thuy-san | nha-nuoc | - | kt qp
K | Vũ Mạnh Cường | nam | 1983 | 01 | Đội trưởng Đội Kiểm ngư, Chi cục Thủy sản Hải Phòng | - | nong-nghiep-thuy-san | nha-nuoc | - | kt qp
K | Dương Thị Kim Oanh | nu | 1980 | 01 | Giám đốc Phòng giao dịch Ngân hàng Chính sách xã hội đặc khu | x | lao-dong-xa-hoi | nha-nuoc | - | kt
K | Lưu Đức Anh | nam | 1984 | 01 | Giám đốc Chi nhánh Điện lực đặc khu Bạch Long Vĩ | x | cong-nghiep-xay-dung | nha-nuoc | - | kt
K | Đinh Văn Quý | nam | 1986 | 06 | Bệnh xá trưởng Bệnh xá Quân dân y kết hợp Bạch Long Vĩ | - | y-te | nha-nuoc | - | qp kt
K | Nguyễn Thị Huyền Trang | nu | 1990 | 01 | Bác sĩ tình nguyện, Bệnh viện Hữu nghị Việt Tiệp Hải Phòng | - | y-te | nha-nuoc | - | kt
K | Trần Minh Tâm | nam | 1988 | 01 | Phóng viên Báo Hải Phòng | - | van-hoa-the-thao-thong-tin | nha-nuoc | - | kt
K | Hoàng Thị Mai Phương | nu | 1991 | 01 | Phóng viên Đài Phát thanh và Truyền hình Hải Phòng | - | van-hoa-the-thao-thong-tin | nha-nuoc | - | kt
K | Nguyễn Văn Khải | nam | 1968 | 01 | Giám đốc Công ty TNHH Thủy sản Hải Đăng | - | nong-nghiep-thuy-san | tu-nhan | - | kt
K | Bùi Thị Ngân | nu | 1975 | 01 | Giám đốc Công ty Cổ phần Hậu cần nghề cá Biển Xanh | - | dich-vu-du-lich-thuong-mai | tu-nhan | - | kt
K | Lê Quang Huy | nam | 1973 | 01 | Phó Tổng Giám đốc Công ty TNHH Chế biến Thủy sản Hải Long (vốn đầu tư nước ngoài) | - | nong-nghiep-thuy-san | fdi | - | kt
K | Phạm Đức Thịnh | nam | 1971 | 01 | Chủ cơ sở đóng mới và sửa chữa tàu cá Thịnh Phát | x | cong-nghiep-xay-dung | tu-nhan | x | kt
K | Đoàn Văn Lợi | nam | 1966 | 01 | Giám đốc Hợp tác xã Dịch vụ nghề cá Bạch Long Vĩ | x | nong-nghiep-thuy-san | tap-the | - | kt qp
K | Vũ Văn Nghĩa | nam | 1974 | 01 | Thuyền trưởng tàu cá HP-90215-TS, Tổ đoàn kết trên biển số 3 | x | nong-nghiep-thuy-san | ho-gia-dinh | x | kt qp
K | Nguyễn Thị Sen | nu | 1970 | 01 | Chủ hộ kinh doanh hải sản khô, khu dân cư số 2 | x | dich-vu-du-lich-thuong-mai | ho-gia-dinh | x | kt
K | Lò Văn Tuấn | nam | 1989 | 03 | Ngư dân, thuyền viên tàu cá HP-90488-TS | x | nong-nghiep-thuy-san | ho-gia-dinh | x | kt qp
K | Trần Văn Bảy | nam | 1958 | 01 | Người có uy tín, Trưởng khu dân cư số 1 | x | xay-dung-dang-chinh-quyen-doan-the | ho-gia-dinh | - | kt
K | Phạm Thị Thanh Thủy | nu | 1977 | 01 | Hiệu trưởng Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ | x | giao-duc | nha-nuoc | - | kt
K | Đỗ Thị Hạnh | nu | 1984 | 01 | Hiệu trưởng Trường Mầm non Bạch Long Vĩ | x | giao-duc | nha-nuoc | - | kt
K | Hoàng Minh Đức | nam | 1982 | 01 | Trưởng Trạm Y tế đặc khu Bạch Long Vĩ | x | y-te | nha-nuoc | - | kt
K | Lê Văn Tùng | nam | 1985 | 01 | Giám đốc Trung tâm sự nghiệp công đặc khu | x | khac | nha-nuoc | - | kt bm
K | Nguyễn Thị Lệ | nu | 1979 | 01 | Trưởng Phòng Văn hóa - Xã hội đặc khu | x | van-hoa-the-thao-thong-tin | nha-nuoc | - | kt bm
K | Trần Văn Khoa | nam | 1978 | 01 | Trưởng Phòng Kinh tế đặc khu | x | nong-nghiep-thuy-san | nha-nuoc | - | kt bm
K | Mai Thị Thu | nu | 1986 | 01 | Chánh Văn phòng Ủy ban nhân dân đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | bm
K | Phạm Ngọc Sơn | nam | 1976 | 01 | Chủ tịch Công đoàn đặc khu | x | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt
K | Triệu Văn Lâm | nam | 1987 | 09 | Chính trị viên phó Ban Chỉ huy quân sự đặc khu | x | quoc-phong | nha-nuoc | - | qp
K | Đặng Thị Yến | nu | 1988 | 01 | Cán bộ Đội Vận động quần chúng, Đồn Biên phòng Bạch Long Vĩ | - | quoc-phong | nha-nuoc | - | qp kt
K | Cao Thị Dung | nu | 1981 | 01 | Trưởng Chi nhánh Bưu điện đặc khu Bạch Long Vĩ | x | dich-vu-du-lich-thuong-mai | nha-nuoc | - | kt
K | Vũ Đức Hòa | nam | 1972 | 01 | Phó Chủ tịch Hội Nghề cá thành phố Hải Phòng | - | nong-nghiep-thuy-san | tap-the | - | kt qp
`;

const PRIORITY: Record<string, string> = {
  kt: 'kinh-te-xa-hoi',
  qp: 'quoc-phong-an-ninh',
  bm: 'sap-xep-bo-may',
};

/** The demo's guests and leaders, as the guest form would save them. */
export function demoGuests(): GuestInput[] {
  return GUESTS.split('\n')
    .filter((line) => line.trim() !== '')
    .map((line): GuestInput => {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length !== 11) throw new Error(`Demo guest row has ${cells.length} cells: ${line}`);
      const [category, name, gender, born, ethnic, position, local, field, sector, direct, priority] = cells;
      return {
        category: category === 'L' ? 'lanh_dao' : 'khach_moi',
        name,
        gender: gender === 'nu' ? 'nu' : 'nam',
        birthYear: Number(born),
        ethnicCode: ethnic,
        position,
        nominatingUnitId: null,
        formerUnitName: local === 'x' ? BLV_FORMER : '',
        fieldCode: field,
        sectorCode: sector,
        directWorker: direct === 'x',
        priorityAreas: priority.split(' ').map((p) => PRIORITY[p]),
        achievements: '',
      };
    });
}

async function organiser(ctx: ServiceContext): Promise<Actor | null> {
  const row = await ctx.db
    .selectFrom('users')
    .select('id')
    .where('username', '=', DEMO_ORGANISER)
    .executeTakeFirst();
  const user = row ? await findUserWithGrants(ctx.db, row.id) : null;
  if (!user) return null;
  return {
    userId: user.id,
    username: user.username,
    homeUnitId: user.unit_id,
    grants: user.grants.map((g) => ({ role: g.role, unitId: g.unitId, unitPath: g.unitPath })),
  };
}

/** Adds the guests and leaders when the conference has none yet; returns how many were added. */
async function ensureGuests(ctx: ServiceContext, actor: Actor, conferenceId: string): Promise<number> {
  const any = await ctx.db
    .selectFrom('delegate_guests')
    .select('id')
    .where('conference_id', '=', conferenceId)
    .limit(1)
    .execute();
  if (any.length > 0) return 0;
  const found = await findConference(ctx.db, conferenceId);
  if (!found) throw new Error('The demo conference is missing');
  const rules = await loadGuestRules(ctx, found.unitPath);
  const guests = demoGuests();
  for (const g of guests) assertGuestValid(guestProblems(g, rules));
  const now = ctx.now();
  await ctx.db.transaction().execute(async (tx) => {
    await insertGuests(tx, conferenceId, guests, { now, createdBy: actor.userId });
    await recordChange(tx, now, actor, {
      action: 'delegate_guest.imported',
      entityType: 'conference',
      entityId: conferenceId,
      unitId: found.conference.unitId,
      after: { count: guests.length, demo: true },
    });
  });
  return guests.length;
}

/**
 * Once per conference: guests and leaders, the default composition with the leaders locked in (unless
 * a composition was saved), and the proposed list approved as list 1 (unless a list exists).
 */
export async function ensureDemoDelegation(
  runCtx: ServiceContext,
  conferenceId: string,
): Promise<{ guestsAdded: number; listApproved: boolean }> {
  const ctx = onDemoDay(runCtx, DEMO_TIMELINE.delegation);
  const approved = await ctx.db
    .selectFrom('delegate_lists')
    .select('number')
    .where('conference_id', '=', conferenceId)
    .limit(1)
    .execute();
  const actor = await organiser(ctx);
  if (approved.length > 0 || !actor) return { guestsAdded: 0, listApproved: false };
  const meta = { ip: null };
  const guestsAdded = await ensureGuests(ctx, actor, conferenceId);
  const { composition, candidates } = await loadDelegationContext(ctx.db, conferenceId);
  if (composition.version === 0) {
    const { version, ...defaults } = composition;
    const leaders = candidates.filter((c) => c.category === 'lanh_dao').map((c) => c.id);
    await updateComposition(ctx, actor, conferenceId, { ...defaults, include: leaders, version }, meta);
  }
  const proposal = await proposeDelegates(ctx, actor, conferenceId, {});
  if (proposal.status !== 'optimal') {
    const unmet = (proposal.relaxation ?? []).map((r) => r.label).join(', ');
    throw new Error(`The demo composition cannot be met: ${unmet}`);
  }
  await approveDelegateList(
    ctx,
    actor,
    conferenceId,
    { selected: proposal.selected, basedOn: null, note: LIST_NOTE },
    meta,
  );
  return { guestsAdded, listApproved: true };
}
