/**
 * What the demo units of Bạch Long Vĩ would nominate, as three small tables: the roles of each unit
 * with their classification, the unit's collectives, and typical achievements. Invented for the demo.
 * Tokens in texts: {n:a-b} a number in a..b, {tau} a fishing boat's number, {k} the collective's number,
 * {years} a number of working years that fits the person's age, {donVi} the unit's full name, {khu} a
 * khu dân cư of the island.
 *
 * Realism a legal officer checks (`demo-realism.test.ts`): a post (Chỉ huy phó, Tổng phụ trách Đội…)
 * has one holder per unit; a position names its unit once ("Bác sĩ, Phó Trưởng Trạm Y tế đặc khu…", not
 * "Trưởng Trạm Y tế, Trạm Y tế…"); households and cooperative groups belong to a khu dân cư or to an
 * association (Hội Nông dân, Nghiệp đoàn), never to a government office.
 */

/** One kind of person a unit nominates. */
export interface DemoRole {
  /**
   * The position as printed: `{donVi}` stands for the unit's full name ("Giáo viên {donVi}"), `{khu}` for
   * a khu dân cư where a household or a residents' post belongs ("Chủ hộ nuôi cá lồng bè, {khu}").
   */
  title: string;
  /**
   * How many people may hold one printed position: 1 for a post ("Chỉ huy phó {donVi}"), a few for a small
   * team (three at the radio station), Infinity ("-" in the table) for a job many people do.
   */
  holders: number;
  /** Probability that the person is a woman. */
  women: number;
  ages: readonly [number, number];
  field: string;
  sector: string;
  direct: boolean;
  priority: readonly string[];
  /** Armed forces: "Chiến sĩ tiên tiến" rather than "Lao động tiên tiến". */
  armed: boolean;
  deeds: readonly string[];
}

/** One collective a unit nominates; it takes the classification of the unit's first role. */
export interface DemoTeam {
  /** "{k}" numbers collectives of which there are several ("Chi hội Phụ nữ khu dân cư số {k}"). */
  name: string;
  /** How many such collectives exist: 1 for a named one, the highest {k} for a numbered one. */
  count: number;
  members: readonly [number, number];
  deeds: readonly string[];
}

/** A unit's nominations. */
export interface DemoProfile {
  slug: string;
  /** Relative number of nominations. */
  weight: number;
  roles: DemoRole[];
  teams: DemoTeam[];
}

// unit slug | position | holders | women % | ages | field | sector | direct | priority (kt, qp, bm) | armed | deeds
const ROLES = `
nghiep-doan-nghe-ca | Thuyền trưởng tàu cá {tau}, {donVi} | 1 | 2 | 30-62 | nong-nghiep-thuy-san | ho-gia-dinh | x | kt qp | - | fisher
nghiep-doan-nghe-ca | Ngư dân, thuyền viên tàu cá {tau}, {donVi} | - | 5 | 22-58 | nong-nghiep-thuy-san | ho-gia-dinh | x | kt qp | - | fisher
nghiep-doan-nghe-ca | Chủ hộ nuôi cá lồng bè, {khu} | - | 40 | 30-60 | nong-nghiep-thuy-san | ho-gia-dinh | x | kt | - | farmer-sea
htx-dich-vu-nghe-ca | Thành viên {donVi}, ngư dân tàu cá {tau} | - | 5 | 25-60 | nong-nghiep-thuy-san | tap-the | x | kt qp | - | fisher
htx-dich-vu-nghe-ca | Công nhân chế biến hải sản, {donVi} | - | 80 | 22-55 | nong-nghiep-thuy-san | tap-the | x | kt | - | processing
htx-dich-vu-nghe-ca | Phó Giám đốc {donVi} | 1 | 40 | 35-60 | nong-nghiep-thuy-san | tap-the | - | kt | - | coop-manager
dn-hau-can-nghe-ca | Công nhân vận hành kho lạnh, {donVi} | - | 35 | 22-55 | dich-vu-du-lich-thuong-mai | tu-nhan | x | kt | - | cold-store
dn-hau-can-nghe-ca | Thợ sửa chữa tàu cá, {donVi} | - | 2 | 25-58 | cong-nghiep-xay-dung | tu-nhan | x | kt qp | - | repair
dn-hau-can-nghe-ca | Nhân viên kinh doanh, {donVi} | - | 55 | 24-45 | dich-vu-du-lich-thuong-mai | tu-nhan | - | kt | - | sales
truong-th-thcs | Giáo viên {donVi} | - | 72 | 24-58 | giao-duc | nha-nuoc | - | kt | - | teacher
truong-th-thcs | Tổng phụ trách Đội {donVi} | 1 | 50 | 24-40 | giao-duc | nha-nuoc | - | kt | - | pioneer
truong-mam-non | Giáo viên {donVi} | - | 100 | 23-55 | giao-duc | nha-nuoc | - | kt | - | preschool
truong-mam-non | Nhân viên nấu ăn {donVi} | - | 90 | 25-55 | giao-duc | nha-nuoc | x | kt | - | cook
tram-y-te | Y sĩ {donVi} | - | 60 | 25-58 | y-te | nha-nuoc | - | kt | - | doctor
tram-y-te | Điều dưỡng {donVi} | - | 80 | 23-50 | y-te | nha-nuoc | - | kt | - | nurse
tram-y-te | Bác sĩ, Phó Trưởng {donVi} | 1 | 35 | 32-58 | y-te | nha-nuoc | - | kt | - | doctor
don-bien-phong | Chiến sĩ {donVi} | - | 3 | 20-35 | quoc-phong | nha-nuoc | - | qp | x | border
don-bien-phong | Cán bộ Đội Vận động quần chúng, {donVi} | - | 10 | 24-45 | quoc-phong | nha-nuoc | - | qp kt | x | border-mass
don-bien-phong | Đội trưởng Đội Vận động quần chúng, {donVi} | 1 | 10 | 28-50 | quoc-phong | nha-nuoc | - | qp kt | x | border-mass
cong-an | Cán bộ {donVi} | - | 25 | 22-50 | an-ninh | nha-nuoc | - | qp | x | police
ban-chqs | Dân quân tự vệ biển, ngư dân tàu cá {tau}, {donVi} | - | 2 | 20-45 | quoc-phong | ho-gia-dinh | x | qp kt | x | militia
ban-chqs | Chỉ huy phó {donVi} | 1 | 5 | 30-50 | quoc-phong | nha-nuoc | - | qp | x | commander
doan-thanh-nien | Đoàn viên, ngư dân trẻ tàu cá {tau}, {donVi} | - | 5 | 19-30 | nong-nghiep-thuy-san | ho-gia-dinh | x | kt qp | - | fisher
doan-thanh-nien | Bí thư Chi đoàn {khu}, {donVi} | 1 | 55 | 22-32 | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt | - | youth
hoi-phu-nu | Chủ hộ kinh doanh hải sản khô, {khu} | - | 100 | 28-60 | dich-vu-du-lich-thuong-mai | ho-gia-dinh | x | kt | - | dried-fish
hoi-phu-nu | Chi hội trưởng Chi hội Phụ nữ {khu}, {donVi} | 1 | 100 | 30-60 | xay-dung-dang-chinh-quyen-doan-the | ho-gia-dinh | - | kt | - | women-union
hoi-cuu-chien-binh | Hội viên Cựu chiến binh, chủ hộ chăn nuôi, {khu} | - | 5 | 48-75 | nong-nghiep-thuy-san | ho-gia-dinh | x | kt qp | - | livestock
hoi-cuu-chien-binh | Chi hội trưởng Chi hội Cựu chiến binh {khu}, {donVi} | 1 | 0 | 55-72 | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | qp | - | veterans
cong-doan | Chủ tịch Công đoàn cơ sở Trường Mầm non Bạch Long Vĩ | 1 | 55 | 30-55 | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt | - | trade-union
cong-doan | Chủ tịch Công đoàn cơ sở Trạm Y tế đặc khu Bạch Long Vĩ | 1 | 55 | 30-55 | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt | - | trade-union
cong-doan | Chủ tịch Công đoàn cơ sở Trường Tiểu học và Trung học cơ sở Bạch Long Vĩ | 1 | 55 | 30-55 | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | kt | - | trade-union
cong-doan | Ủy viên Ban Chấp hành {donVi} | - | 45 | 26-55 | lao-dong-xa-hoi | nha-nuoc | - | kt | - | trade-union
phong-vhxh | Công chức {donVi} | - | 60 | 26-55 | van-hoa-the-thao-thong-tin | nha-nuoc | - | bm kt | - | civil
phong-vhxh | Công chức {donVi}, phụ trách lao động, người có công và xã hội | - | 60 | 26-55 | lao-dong-xa-hoi | nha-nuoc | - | kt | - | welfare
van-phong-ubnd | Chuyên viên {donVi} | - | 65 | 25-55 | xay-dung-dang-chinh-quyen-doan-the | nha-nuoc | - | bm | - | civil
phong-kinh-te | Công chức {donVi} | - | 55 | 26-55 | nong-nghiep-thuy-san | nha-nuoc | - | bm kt | - | civil
trung-tam-su-nghiep-cong | Công nhân vệ sinh môi trường, {donVi} | - | 65 | 25-58 | khac | nha-nuoc | x | kt | - | sanitation
trung-tam-su-nghiep-cong | Viên chức Đài Truyền thanh, {donVi} | 3 | 60 | 25-55 | van-hoa-the-thao-thong-tin | nha-nuoc | - | kt | - | radio
ubmttq | Trưởng Ban công tác Mặt trận {khu} | 1 | 45 | 40-70 | xay-dung-dang-chinh-quyen-doan-the | ho-gia-dinh | - | kt | - | front
ubmttq | Ủy viên Ban công tác Mặt trận {khu} | - | 50 | 35-70 | xay-dung-dang-chinh-quyen-doan-the | ho-gia-dinh | - | kt | - | front
hoi-nong-dan | Chủ hộ trồng rau trong nhà lưới, {khu} | - | 45 | 30-65 | nong-nghiep-thuy-san | ho-gia-dinh | x | kt | - | vegetables
`;

// unit slug | collective | how many there are | members | deeds
const TEAMS = `
nghiep-doan-nghe-ca | Tổ đoàn kết khai thác hải sản xa bờ số {k} | 8 | 5-12 | t-fishing
htx-dich-vu-nghe-ca | Tổ dịch vụ cung ứng nhiên liệu, nước đá số {k} | 3 | 5-15 | t-supply
dn-hau-can-nghe-ca | Tổ kho lạnh và cầu cảng số {k} | 3 | 6-20 | t-port
truong-th-thcs | Tổ chuyên môn Tiểu học | 1 | 6-10 | t-school
truong-th-thcs | Tổ chuyên môn Trung học cơ sở | 1 | 6-12 | t-school
truong-mam-non | Tổ chuyên môn Mẫu giáo | 1 | 5-9 | t-preschool
tram-y-te | Tập thể Trạm Y tế đặc khu Bạch Long Vĩ | 1 | 8-16 | t-health
don-bien-phong | Đội Vũ trang | 1 | 15-30 | t-border
don-bien-phong | Trạm Kiểm soát Biên phòng Cảng | 1 | 8-15 | t-border
cong-an | Tổ Cảnh sát khu vực số {k} | 3 | 4-8 | t-police
ban-chqs | Trung đội Dân quân thường trực | 1 | 20-35 | t-militia
ban-chqs | Tiểu đội Dân quân tự vệ biển số {k} | 3 | 8-12 | t-militia
doan-thanh-nien | Chi đoàn Thanh niên xung kích | 1 | 12-30 | t-youth
doan-thanh-nien | Chi đoàn khu dân cư số {k} | 3 | 12-30 | t-youth
hoi-phu-nu | Chi hội Phụ nữ khu dân cư số {k} | 3 | 20-60 | t-women
hoi-cuu-chien-binh | Chi hội Cựu chiến binh khu dân cư số {k} | 3 | 10-30 | t-veterans
cong-doan | Công đoàn cơ sở cơ quan chuyên môn đặc khu | 1 | 20-50 | t-union
cong-doan | Công đoàn cơ sở Trường Mầm non Bạch Long Vĩ | 1 | 10-20 | t-union
phong-vhxh | Tập thể Phòng Văn hóa - Xã hội | 1 | 4-8 | t-office
van-phong-ubnd | Bộ phận Một cửa | 1 | 3-6 | t-office
phong-kinh-te | Tập thể Phòng Kinh tế | 1 | 4-8 | t-office
trung-tam-su-nghiep-cong | Tổ Vệ sinh môi trường và cấp nước | 1 | 6-14 | t-sanitation
ubmttq | Ban công tác Mặt trận khu dân cư số {k} | 3 | 5-9 | t-front
hoi-nong-dan | Tổ hợp tác trồng rau an toàn khu dân cư số {k} | 2 | 5-12 | t-vegetables
`;

// deeds key | one typical achievement
const DEEDS = `
fisher | Bám biển {years} năm, mỗi năm khai thác trên {n:60-180} tấn hải sản
fisher | Tham gia cứu hộ, cứu nạn {n:3-15} ngư dân gặp nạn trên biển
fisher | Thực hiện nghiêm quy định chống khai thác hải sản bất hợp pháp (IUU), không có vi phạm
fisher | Cung cấp {n:5-20} tin về hoạt động của tàu lạ cho Đồn Biên phòng
farmer-sea | Nuôi {n:2-6} lồng cá song, cá giò, doanh thu trên {n:300-900} triệu đồng mỗi năm
farmer-sea | Hướng dẫn {n:5-15} hộ trên đảo kỹ thuật nuôi lồng bè
processing | Vượt định mức sơ chế hải sản {n:10-30}% mỗi năm
processing | Bảo đảm an toàn vệ sinh thực phẩm, không có lô hàng bị trả lại
coop-manager | Đưa doanh thu dịch vụ hậu cần nghề cá tăng {n:10-40}% so với năm 2020
coop-manager | Kết nối tiêu thụ ổn định cho {n:20-60} tàu cá của ngư dân
cold-store | Vận hành an toàn kho lạnh {n:300-800} tấn, không để hư hỏng hàng hóa
cold-store | Có cải tiến kỹ thuật tiết kiệm điện năng {n:5-15}%
repair | Sửa chữa kịp thời {n:50-150} lượt tàu cá hỏng máy
repair | Kèm cặp {n:2-6} thợ trẻ thành thạo nghề
sales | Vượt kế hoạch doanh thu {n:10-30}% các năm 2022–2024
teacher | Đạt giáo viên dạy giỏi cấp huyện năm {n:2021-2024}
teacher | 100% học sinh lớp chủ nhiệm được lên lớp, {n:3-8} em đạt giải học sinh giỏi
teacher | Có sáng kiến kinh nghiệm được công nhận cấp huyện
teacher | Tình nguyện công tác trên đảo {years} năm
pioneer | Liên đội đạt vững mạnh xuất sắc {n:2-4} năm liền
pioneer | Tổ chức tốt phong trào "Em yêu biển đảo quê hương"
preschool | 100% trẻ được chăm sóc, nuôi dưỡng an toàn
preschool | Làm {n:10-40} đồ dùng dạy học từ vật liệu tái chế
cook | Bảo đảm an toàn thực phẩm cho {n:40-90} trẻ, không để xảy ra ngộ độc
doctor | Cấp cứu, chuyển viện an toàn {n:10-40} ca bệnh nặng bằng tàu và trực thăng
doctor | Khám, chữa bệnh cho {n:500-1500} lượt ngư dân mỗi năm
doctor | Tình nguyện công tác trên đảo {years} năm
nurse | Thực hiện tiêm chủng mở rộng đạt 100% trẻ trong độ tuổi
nurse | Khám sức khỏe miễn phí cho {n:100-400} lượt người cao tuổi
border | Tham gia {n:5-20} chuyến tuần tra bảo vệ chủ quyền vùng biển
border | Cứu hộ {n:2-10} tàu cá gặp nạn trong bão
border-mass | Tuyên truyền pháp luật về biển cho {n:300-900} lượt ngư dân
border-mass | Vận động {n:20-60} tàu cá tham gia tổ đoàn kết trên biển
police | Tham gia giải quyết {n:5-20} vụ việc về an ninh trật tự trên đảo
police | Hoàn thành cấp căn cước cho 100% người dân đủ điều kiện
militia | Vừa bám biển sản xuất vừa tham gia bảo vệ chủ quyền biển, đảo
militia | Huấn luyện dân quân tự vệ biển đạt loại giỏi
commander | Tham mưu hoàn thành 100% chỉ tiêu huấn luyện lực lượng dân quân
commander | Tổ chức diễn tập phòng thủ đạt loại giỏi
youth | Tổ chức {n:5-15} đợt tình nguyện làm sạch bờ biển
youth | Phát triển {n:10-30} đoàn viên mới
dried-fish | Chế biến và tiêu thụ {n:3-12} tấn hải sản khô mỗi năm
dried-fish | Tạo việc làm cho {n:3-8} phụ nữ trên đảo
women-union | Vận động hội viên tiết kiệm {n:50-200} triệu đồng giúp nhau phát triển kinh tế
women-union | Thực hiện tốt cuộc vận động "Xây dựng gia đình 5 không 3 sạch"
livestock | Chăn nuôi {n:30-120} con lợn, gà mỗi năm, cung cấp thực phẩm cho đảo
livestock | Giúp {n:2-6} hội viên khó khăn vay vốn sản xuất
veterans | Hội đạt trong sạch, vững mạnh {n:3-5} năm liền
veterans | Tham gia giữ gìn an ninh trật tự ở khu dân cư
trade-union | Chăm lo đời sống cho {n:30-90} đoàn viên công tác trên đảo
trade-union | Vận động ủng hộ quỹ "Mái ấm công đoàn" {n:20-80} triệu đồng
civil | Hoàn thành xuất sắc nhiệm vụ {n:3-5} năm liền
civil | Tham mưu sắp xếp tổ chức bộ máy, vận hành chính quyền đặc khu từ ngày 01/7/2025
civil | Có sáng kiến được công nhận cấp cơ sở năm {n:2021-2024}
welfare | Chi trả đúng, đủ chế độ cho 100% đối tượng chính sách
welfare | Hoàn thành xuất sắc nhiệm vụ {n:3-5} năm liền
vegetables | Trồng {n:500-2000} m² rau xanh trong nhà lưới, cung cấp cho bộ đội và nhân dân
vegetables | Áp dụng tưới tiết kiệm nước ngọt
sanitation | Thu gom, xử lý {n:200-600} tấn rác thải mỗi năm
sanitation | Giữ đảo xanh, sạch, đẹp
radio | Thực hiện {n:150-400} tin, bài tuyên truyền mỗi năm
radio | Bảo đảm thông tin thông suốt trong mùa mưa bão
front | Vận động nhân dân đóng góp {n:20-100} triệu đồng xây dựng khu dân cư
front | Hòa giải thành {n:3-10} vụ việc ở cơ sở
t-fishing | Tổ gồm {n:4-8} tàu hỗ trợ nhau trên biển, sản lượng mỗi năm trên {n:400-900} tấn
t-fishing | Không có tàu vi phạm vùng biển nước ngoài
t-supply | Cung ứng kịp thời nhiên liệu, nước đá cho {n:80-200} lượt tàu mỗi tháng
t-port | Bốc xếp an toàn trên {n:5000-12000} tấn hàng mỗi năm, {n:3-5} năm liền không có tai nạn lao động
t-school | Tỷ lệ học sinh lên lớp đạt 100% các năm học 2020–2025
t-school | Có {n:2-6} giáo viên đạt giáo viên dạy giỏi cấp huyện
t-preschool | Tỷ lệ trẻ suy dinh dưỡng giảm còn dưới {n:2-5}%
t-health | Cấp cứu kịp thời {n:30-90} ca cho ngư dân và nhân dân trên đảo
t-health | Không để dịch bệnh bùng phát giai đoạn 2020–2025
t-border | Hoàn thành xuất sắc nhiệm vụ quản lý, bảo vệ chủ quyền vùng biển đảo
t-border | Phối hợp cứu hộ {n:10-40} tàu cá gặp nạn
t-police | Giữ vững an ninh chính trị, trật tự an toàn xã hội trên đảo
t-militia | Huấn luyện đạt loại giỏi {n:3-5} năm liền; tham gia phòng chống bão kịp thời
t-youth | Đảm nhận công trình thanh niên trồng cây xanh chắn sóng
t-youth | Tham gia {n:10-30} đợt tình nguyện vì cộng đồng
t-women | Chi hội vững mạnh {n:3-5} năm liền; giúp {n:3-10} hội viên thoát nghèo bền vững
t-veterans | {n:80-100}% hội viên có kinh tế ổn định, không có hội viên vi phạm pháp luật
t-union | Công đoàn cơ sở vững mạnh {n:3-5} năm liền
t-office | Hoàn thành xuất sắc nhiệm vụ năm 2024; giải quyết đúng hạn 100% hồ sơ được giao
t-vegetables | Cung cấp {n:5-20} tấn rau xanh mỗi năm cho đảo
t-sanitation | Bảo đảm nước ngọt và vệ sinh môi trường cho toàn đảo
t-front | Khu dân cư đạt danh hiệu văn hóa {n:3-5} năm liền
`;

/** Relative number of nominations per unit: fishers and the armed forces dominate on the island. */
const WEIGHTS: Record<string, number> = {
  'nghiep-doan-nghe-ca': 14,
  'htx-dich-vu-nghe-ca': 9,
  'dn-hau-can-nghe-ca': 6,
  'truong-th-thcs': 8,
  'truong-mam-non': 5,
  'tram-y-te': 5,
  'don-bien-phong': 8,
  'cong-an': 6,
  'ban-chqs': 5,
  'doan-thanh-nien': 5,
  'hoi-phu-nu': 6,
  'hoi-cuu-chien-binh': 4,
  'cong-doan': 3,
  'phong-vhxh': 3,
  'van-phong-ubnd': 3,
  'phong-kinh-te': 2,
  'trung-tam-su-nghiep-cong': 4,
  ubmttq: 2,
  'hoi-nong-dan': 4,
};

const PRIORITY: Record<string, string> = {
  kt: 'kinh-te-xa-hoi',
  qp: 'quoc-phong-an-ninh',
  bm: 'sap-xep-bo-may',
};

function rows(table: string, columns: number): string[][] {
  return table
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const cells = line.split('|').map((c) => c.trim());
      if (cells.length !== columns) throw new Error(`Demo table row has ${cells.length} cells: ${line}`);
      return cells;
    });
}

function range(text: string): [number, number] {
  const [a, b] = text.split('-').map(Number);
  return [a, b];
}

function buildProfiles(): DemoProfile[] {
  const deeds = new Map<string, string[]>();
  for (const [key, text] of rows(DEEDS, 2)) deeds.set(key, [...(deeds.get(key) ?? []), text]);
  const deedsOf = (key: string) => {
    const found = deeds.get(key);
    if (!found) throw new Error(`No demo deeds "${key}"`);
    return found;
  };
  const profiles = Object.entries(WEIGHTS).map(
    ([slug, weight]): DemoProfile => ({ slug, weight, roles: [], teams: [] }),
  );
  const profileOf = (slug: string) => {
    const found = profiles.find((p) => p.slug === slug);
    if (!found) throw new Error(`No demo unit "${slug}"`);
    return found;
  };
  for (const [slug, title, holders, women, ages, field, sector, direct, priority, armed, key] of rows(
    ROLES,
    11,
  )) {
    profileOf(slug).roles.push({
      title,
      holders: holders === '-' ? Number.POSITIVE_INFINITY : Number(holders),
      women: Number(women) / 100,
      ages: range(ages),
      field,
      sector,
      direct: direct === 'x',
      priority: priority.split(' ').map((p) => PRIORITY[p]),
      armed: armed === 'x',
      deeds: deedsOf(key),
    });
  }
  for (const [slug, name, count, members, key] of rows(TEAMS, 5))
    profileOf(slug).teams.push({ name, count: Number(count), members: range(members), deeds: deedsOf(key) });
  for (const p of profiles)
    if (!p.roles.some((r) => r.holders === Number.POSITIVE_INFINITY))
      throw new Error(`Demo unit "${p.slug}" has only posts with one holder; it needs a job anyone may hold`);
  return profiles;
}

/** Every demo unit's profile, each with at least one role and one collective. */
export const DEMO_PROFILES: readonly DemoProfile[] = buildProfiles();
