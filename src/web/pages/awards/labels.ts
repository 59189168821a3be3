import type { FieldText } from '../../components/form/labels.ts';

const n = (x: number) => x.toLocaleString('vi-VN');

/** Every word of the commendation screens: the conference's "Khen thưởng" tab and its panels. */
export const AW = {
  close: 'Đóng',
  making: (what: string) => `Đang tạo tệp: ${what}. Vui lòng chờ trong giây lát…`,
  kind: { individual: 'Cá nhân', collective: 'Tập thể' },

  form: {
    unverified: 'cần kiểm tra',
    commune: 'đặc khu, xã được quyết định',
    toCity: 'đề nghị lên thành phố',
    toCityHint:
      'Chủ tịch UBND đặc khu, xã không có thẩm quyền tặng hình thức này: đề nghị sẽ được trình lên Chủ tịch UBND thành phố.',
    authority: 'Thẩm quyền',
    money: 'Tiền thưởng',
    noMoney: 'không có tiền thưởng',
    comesWith: 'Kèm theo',
    requires: 'Điều kiện: phải đạt danh hiệu “Lao động tiên tiến” trong cùng năm.',
    legalBasis: 'Căn cứ',
    summary: (name: string) => `Thông tin về ${name}`,
    nothingFound: 'Không có danh hiệu, hình thức phù hợp',
  },

  tab: {
    intro:
      'Lập đề nghị khen thưởng cho các điển hình tiên tiến, ghi kết quả họp Hội đồng Thi đua - Khen thưởng, rồi lập quyết định khen thưởng kèm danh sách, tiền thưởng và in giấy khen.',
    readOnly:
      'Bạn chỉ có quyền xem phần này; việc lập đề nghị và quyết định do cán bộ thi đua của đơn vị tổ chức thực hiện.',
    newProposal: 'Lập đề nghị khen thưởng',
    proposalsTitle: 'Đề nghị khen thưởng',
    decisionsTitle: 'Quyết định khen thưởng',
    noProposals: 'Chưa có đợt đề nghị khen thưởng nào. Bấm “Lập đề nghị khen thưởng” để bắt đầu.',
    noDecisions: 'Chưa có quyết định nào. Quyết định được lập từ một đề nghị đã có kết quả họp Hội đồng.',
    colTitle: 'Đề nghị',
    colSubmission: 'Tờ trình',
    colItems: 'Số người',
    colState: 'Tình trạng',
    colDecision: 'Quyết định',
    colForm: 'Hình thức',
    colTotal: 'Tổng tiền thưởng',
    year: 'năm',
    open: 'Mở',
    openProposal: (title: string) => `Mở đề nghị: ${title}`,
    openDecision: (title: string) => `Mở ${title}`,
    itemsLine: (items: number, passed: number | null) =>
      passed === null ? `${n(items)}` : `${n(passed)}/${n(items)} đạt`,
    people: (count: number) => `${n(count)} tập thể, cá nhân`,
  },

  proposalState: {
    draft: 'Chưa họp Hội đồng',
    voted: 'Đã có kết quả Hội đồng',
    decided: 'Đã có quyết định',
  },
  decisionState: { draft: 'Dự thảo', approved: 'Đã phê duyệt', replaced: 'Đã bị thay thế' },

  proposalForm: {
    titleNew: 'Lập đề nghị khen thưởng',
    titleEdit: 'Sửa đề nghị khen thưởng',
    intro:
      'Chọn danh hiệu hoặc hình thức khen thưởng, năm, rồi chọn các tập thể, cá nhân. Hệ thống kiểm tra ngay điều kiện của từng người theo lịch sử khen thưởng.',
    voteWarning:
      'Đề nghị này đã có kết quả họp Hội đồng. Nếu đổi hình thức, năm hoặc người được đề nghị, kết quả biểu quyết sẽ bị xóa và phải ghi lại.',
    form: [
      'Danh hiệu, hình thức khen thưởng',
      'Gõ để tìm, không cần dấu. Mỗi dòng ghi thẩm quyền và tiền thưởng.',
    ] as FieldText,
    formPlaceholder: 'Chọn, ví dụ: Giấy khen',
    year: 'Năm khen thưởng',
    period: 'Thời kỳ khen thưởng',
    periodHint:
      'Thành tích của giai đoạn nào; mặc định theo thời kỳ đánh giá trong kế hoạch hội nghị. Cùng một năm thì ghi “năm 2025”.',
    periodFrom: 'Từ năm',
    periodTo: 'Đến năm',
    periodPreview: (phrase: string) =>
      `Tờ trình, biên bản, quyết định và giấy khen đều ghi: “… đã có thành tích xuất sắc trong phong trào thi đua yêu nước ${phrase}”.`,
    periodBackwards: 'Thời kỳ khen thưởng: năm bắt đầu không được sau năm kết thúc.',
    submission: 'Tờ trình',
    submissionHint:
      'Tờ trình gửi Chủ tịch Ủy ban nhân dân trước khi Hội đồng Thi đua - Khen thưởng họp xem xét. Đầu văn bản, ký hiệu và chữ ký theo cơ quan trình.',
    proposerKind: 'Cơ quan trình',
    departmentName: ['Tên phòng', 'Ví dụ: Phòng Văn hóa - Xã hội'] as FieldText,
    departmentCode: ['Ký hiệu của phòng', 'Chữ viết tắt trong số Tờ trình, ví dụ: VHXH'] as FieldText,
    signerTitle: 'Chức vụ người ký',
    signerName: ['Họ tên người ký', 'Để trống nếu chưa biết: văn bản để chỗ trống.'] as FieldText,
    signing: (lines: string[]) => `Chữ ký: ${lines.join(' · ')}`,
    submissionNumber: ['Số Tờ trình', 'Chỉ ghi số; ký hiệu theo cơ quan trình. Có thể ghi sau.'] as FieldText,
    submissionDate: [
      'Ngày Tờ trình',
      'Không sau ngày họp Hội đồng xem xét Tờ trình. Để trống nếu chưa có.',
    ] as FieldText,
    title: ['Tên đợt đề nghị', 'Để trống để dùng tên mặc định.'] as FieldText,
    titleDefault: (form: string, period: string) => `Đề nghị tặng ${form} ${period}`,
    achievement: [
      'Thành tích ghi trong danh sách',
      'Để trống để dùng thành tích ghi trong đề cử của từng người. Ghi vào đây thì câu này thay cho thành tích của mọi người trong đợt. Không ghi năm ngoài thời kỳ khen thưởng.',
    ] as FieldText,
    achievementEdit: [
      'Thành tích ghi trong danh sách',
      'Ghi để thay thành tích của mọi người trong đợt; để trống để giữ thành tích đã ghi của từng người.',
    ] as FieldText,
    achievementPlaceholder: 'Ví dụ: Hoàn thành xuất sắc nhiệm vụ được giao',
    people: 'Tập thể, cá nhân được đề nghị',
    peopleHint:
      'Chọn từ danh sách đại biểu điển hình tiên tiến đã phê duyệt, hoặc từ các đề cử đã được Hội đồng thông qua.',
    needForm: 'Hãy chọn danh hiệu hoặc hình thức khen thưởng.',
    needPeople: 'Hãy chọn ít nhất một tập thể hoặc cá nhân.',
    invalid: 'Chưa lưu được đề nghị',
    submit: (count: number) => `Lưu đề nghị (${n(count)} tập thể, cá nhân)`,
    saved: 'Đã lưu đề nghị khen thưởng.',
  },

  picker: {
    source: 'Chọn từ',
    fromDelegates: (count: number, list: number) =>
      list > 0
        ? `Đại biểu điển hình (danh sách số ${list}): ${n(count)}`
        : 'Đại biểu điển hình: chưa có danh sách',
    fromNominations: (count: number) => `Đề cử khác đã được Hội đồng thông qua: ${n(count)}`,
    noList: 'Chưa có danh sách đại biểu được phê duyệt. Có thể chọn từ các đề cử đã được Hội đồng thông qua.',
    search: 'Tìm theo tên, chức vụ, đơn vị',
    searchPlaceholder: 'Gõ không dấu cũng được, ví dụ: nguyen thi',
    field: 'Lĩnh vực',
    fieldAll: 'Tất cả lĩnh vực',
    fieldClear: 'Bỏ lọc lĩnh vực',
    kind: 'Đối tượng',
    all: 'Tất cả',
    selectShown: (count: number) => `Chọn tất cả ${n(count)} người đang hiện`,
    clearShown: 'Bỏ chọn những người đang hiện',
    chosen: (all: number, people: number, groups: number) =>
      `Đã chọn ${n(all)} (${n(people)} cá nhân, ${n(groups)} tập thể)`,
    checking: 'Đang kiểm tra điều kiện khen thưởng',
    blocked: 'Chưa đủ điều kiện',
    blockedTitle: (count: number) => `${n(count)} tập thể, cá nhân đã chọn chưa đủ điều kiện`,
    blockedHint: 'Lý do ghi dưới từng tên. Bỏ chọn những người này thì mới lưu được đề nghị.',
    dropBlocked: (count: number) => `Bỏ chọn ${n(count)} người chưa đủ điều kiện`,
    listLabel: 'Danh sách để chọn',
    empty: 'Không có ai phù hợp với điều kiện lọc.',
  },

  proposalView: {
    loading: 'Đề nghị khen thưởng',
    submission: (reference: string, date: string) =>
      `Tờ trình${reference ? ` số ${reference}` : ''}${date ? ` ngày ${date}` : ''}`,
    period: (phrase: string) => `Thời kỳ khen thưởng: ${phrase}`,
    threshold: (text: string) => `Tỷ lệ biểu quyết cần đạt: ${text}.`,
    councilTitle: 'Kết quả họp Hội đồng Thi đua - Khen thưởng',
    councilLine: (date: string, place: string) => `Họp ngày ${date}${place ? ` tại ${place}` : ''}.`,
    councilPeople: (chair: string, secretary: string) =>
      `Chủ trì: ${chair || '—'}; thư ký: ${secretary || '—'}.`,
    councilCounts: (members: number, present: number, written: number) =>
      `Tổng số thành viên: ${members}; dự họp: ${present}; gửi phiếu bằng văn bản: ${written}.`,
    passedLine: (passed: number, all: number) =>
      `${n(passed)}/${n(all)} tập thể, cá nhân đạt tỷ lệ biểu quyết.`,
    noCouncil: 'Chưa ghi kết quả họp Hội đồng. Sau cuộc họp, bấm “Ghi kết quả họp Hội đồng”.',
    blockedTitle: (count: number) => `${n(count)} tập thể, cá nhân chưa đủ điều kiện khen thưởng`,
    blockedHint: 'Lý do ghi dưới từng tên. Hãy sửa đề nghị để bỏ họ ra trước khi ghi kết quả họp Hội đồng.',
    documents: 'Tải văn bản',
    unverifiedBasesTitle: 'Tờ trình trích dẫn căn cứ chưa được kiểm tra với văn bản gốc',
    unverifiedBasesText:
      'Tờ trình (Word, PDF) ghi “giá trị cần kiểm tra” sau từng trích dẫn này và một ghi chú ở cuối. Hãy đối chiếu với văn bản gốc trước khi ký; khi quản trị thành phố đánh dấu “Đã đối chiếu” văn bản đó trong bảng Văn bản căn cứ (Danh mục khen thưởng), Tờ trình in ra không còn ghi chú.',
    submissionWord: 'Tờ trình (Word)',
    submissionPdf: 'Tờ trình (PDF)',
    minutesWord: 'Biên bản họp (Word)',
    minutesPdf: 'Biên bản họp (PDF)',
    submissionWordAria: 'Tải Tờ trình đề nghị khen thưởng (Word)',
    submissionPdfAria: 'Tải Tờ trình đề nghị khen thưởng (PDF)',
    minutesWordAria: 'Tải Biên bản họp Hội đồng (Word)',
    minutesPdfAria: 'Tải Biên bản họp Hội đồng (PDF)',
    minutesLater: 'Biên bản họp tải được sau khi ghi kết quả họp Hội đồng.',
    actions: 'Thao tác với đề nghị',
    vote: 'Ghi kết quả họp Hội đồng',
    revote: 'Sửa kết quả họp Hội đồng',
    decide: (passed: number) => `Lập quyết định khen thưởng (${n(passed)} người đạt)`,
    decisionCreated: 'Đã lập dự thảo quyết định khen thưởng.',
    openDecision: 'Mở quyết định của đề nghị này',
    lockedByDraft: 'Đề nghị đã có dự thảo quyết định; muốn sửa đề nghị, hãy xóa dự thảo quyết định trước.',
    edit: 'Sửa đề nghị',
    remove: 'Xóa đề nghị',
    removeTitle: 'Xóa đề nghị khen thưởng?',
    removeText: (title: string) => `Đề nghị “${title}” và kết quả họp Hội đồng của nó sẽ bị xóa.`,
    removeConfirm: 'Xóa đề nghị',
    removed: 'Đã xóa đề nghị.',
    itemsTitle: (count: number) => `Danh sách đề nghị (${n(count)})`,
    itemsLabel: 'Danh sách tập thể, cá nhân được đề nghị',
    colNumber: 'STT',
    colName: 'Tập thể, cá nhân',
    colAchievement: 'Thành tích',
    colVotes: 'Phiếu đồng ý',
    colResult: 'Kết quả',
    votes: (inFavour: number, voted: number) => `${inFavour}/${voted}`,
  },

  council: {
    title: 'Ghi kết quả họp Hội đồng Thi đua - Khen thưởng',
    intro:
      'Ghi theo biên bản cuộc họp. Số phiếu đồng ý của mỗi người được so với tỷ lệ cần đạt của hình thức khen thưởng; kết quả Đạt / Không đạt hiện ngay.',
    date: ['Ngày họp', ''] as FieldText,
    location: ['Địa điểm', 'Ví dụ: Hội trường UBND đặc khu.'] as FieldText,
    chair: ['Người chủ trì', 'Họ tên, chức vụ.'] as FieldText,
    secretary: ['Thư ký', 'Họ tên, chức vụ.'] as FieldText,
    members: ['Tổng số thành viên Hội đồng', ''] as FieldText,
    present: ['Số thành viên dự họp', ''] as FieldText,
    written: ['Số phiếu gửi bằng văn bản', 'Của thành viên vắng mặt.'] as FieldText,
    rule: (text: string) => `Tỷ lệ cần đạt: ${text}.`,
    ruleWaiting: 'Nhập tổng số thành viên để biết cần bao nhiêu phiếu.',
    needed: (needed: number, voters: number) =>
      `Cần ít nhất ${needed} phiếu đồng ý (có ${voters} thành viên biểu quyết).`,
    cannotPass: (voters: number) =>
      `Với ${voters} thành viên biểu quyết thì không ai đạt được tỷ lệ này. Hãy kiểm tra lại số người dự họp.`,
    votesTitle: 'Số phiếu đồng ý của từng người',
    allInFavour: (voters: number) => `Tất cả tán thành (${voters} phiếu mỗi người)`,
    inFavour: 'Phiếu đồng ý',
    inFavourOf: (name: string) => `Số phiếu đồng ý: ${name}`,
    pass: 'Đạt',
    fail: 'Không đạt',
    summary: (passed: number, all: number) => `Hiện có ${n(passed)}/${n(all)} người đạt.`,
    needDate: 'Ngày họp: hãy nhập ngày.',
    needMembers: 'Tổng số thành viên Hội đồng: phải từ 1 trở lên.',
    tooManyPresent: (members: number) =>
      `Số thành viên dự họp: không được lớn hơn tổng số thành viên (${members}).`,
    tooManyWritten: (max: number) =>
      `Số phiếu gửi bằng văn bản: chỉ thành viên vắng mặt mới gửi; tối đa ${max}.`,
    missingVotes: (count: number) => `Còn ${count} người chưa ghi số phiếu đồng ý.`,
    overVotes: (count: number, voters: number) =>
      `${count} người có số phiếu đồng ý lớn hơn số thành viên biểu quyết (${voters}).`,
    invalid: 'Chưa lưu được kết quả họp',
    submit: 'Lưu kết quả họp',
    saved: (passed: number, all: number) => `Đã lưu kết quả họp Hội đồng: ${passed}/${all} người đạt.`,
  },

  decision: {
    loading: 'Quyết định khen thưởng',
    titleNumbered: (number: string, date: string) => `Quyết định số ${number} ngày ${date}`,
    titleDraft: 'Dự thảo quyết định khen thưởng (chưa có số)',
    approvedAt: (when: string) => `Đã phê duyệt lúc ${when}.`,
    replacedTitle: 'Quyết định này đã được thay thế bằng một quyết định khác.',
    openReplacement: 'Mở quyết định thay thế',
    replacesTitle: 'Quyết định này thay thế một quyết định đã phê duyệt trước đó.',
    openReplaced: 'Mở quyết định bị thay thế',
    readOnlyDraft: 'Bạn chỉ xem được dự thảo này; cán bộ thi đua của đơn vị sửa, lãnh đạo phê duyệt.',
    locked:
      'Quyết định đã phê duyệt nên bị khóa. Muốn thay đổi, hãy “Ban hành quyết định thay thế”: quyết định cũ được giữ lại để đối chiếu.',
    actions: 'Thao tác với quyết định',
    save: 'Lưu dự thảo',
    unsaved: 'Có thay đổi chưa lưu',
    discard: 'Bỏ thay đổi',
    saved: 'Đã lưu dự thảo quyết định. Tiền thưởng được tính theo ngày quyết định.',
    approve: 'Phê duyệt quyết định',
    saveBeforeApprove: 'Hãy lưu dự thảo trước khi phê duyệt.',
    approveTitle: 'Phê duyệt quyết định khen thưởng?',
    approveText: (count: number) =>
      `${n(count)} tập thể, cá nhân sẽ được ghi vào lịch sử khen thưởng và có thể in giấy khen với mã QR xác thực.`,
    approveLock:
      'Sau khi phê duyệt, quyết định bị khóa, không sửa hay xóa được nữa. Muốn thay đổi phải ban hành quyết định thay thế.',
    approveConfirm: 'Phê duyệt',
    approved: 'Đã phê duyệt quyết định. Có thể in giấy khen.',
    unverifiedPendingTitle: 'Quyết định dùng giá trị chưa được kiểm tra với văn bản gốc',
    unverifiedPendingText:
      'Bản dự thảo (Word, PDF) ghi “giá trị cần kiểm tra” bên cạnh các giá trị này (với căn cứ: sau trích dẫn văn bản). Khi phê duyệt, người phê duyệt phải đối chiếu và xác nhận từng giá trị; quản trị thành phố có thể kiểm tra và sửa chúng trong danh mục khen thưởng (hệ số, lương cơ sở, văn bản căn cứ).',
    unverifiedConfirmedTitle: 'Giá trị chưa được kiểm tra đã được xác nhận khi phê duyệt',
    unverifiedConfirmedBy: (name: string, when: string) => `Người xác nhận: ${name}, lúc ${when}.`,
    unverifiedOldTitle: 'Quyết định được phê duyệt khi chưa ghi nhận xác nhận các giá trị sau',
    unverifiedOldText:
      'Văn bản in ra vẫn ghi “giá trị cần kiểm tra” bên cạnh các giá trị này. Muốn xác nhận, hãy ban hành quyết định thay thế và phê duyệt lại.',
    approveUnverifiedTitle: 'Xác nhận từng giá trị chưa được kiểm tra',
    approveUnverifiedText:
      'Danh mục khen thưởng ghi các giá trị sau là “cần kiểm tra”. Hãy đối chiếu với văn bản gốc rồi đánh dấu từng giá trị; việc xác nhận được ghi lại cùng tên bạn.',
    approveUnverifiedCheck: (label: string) => `Tôi đã đối chiếu với văn bản gốc và xác nhận: ${label}`,
    approveUnverifiedBasis: (basis: string) => `Căn cứ ghi trong danh mục: ${basis}`,
    approveUnverifiedSource: (source: string) => `Nguồn ghi trong bảng văn bản căn cứ: ${source}`,
    approveUnverifiedLeft: (count: number) => `Còn ${count} giá trị chưa được xác nhận.`,
    replace: 'Ban hành quyết định thay thế',
    replaceTitle: 'Ban hành quyết định thay thế?',
    replaceText:
      'Một dự thảo mới được lập với cùng nội dung để bạn sửa. Khi dự thảo mới được phê duyệt, quyết định này được đánh dấu “đã bị thay thế” và các giấy khen của nó không còn hiệu lực.',
    replaceConfirm: 'Lập dự thảo thay thế',
    replaceCreated: 'Đã lập dự thảo quyết định thay thế.',
    remove: 'Xóa dự thảo',
    removeTitle: 'Xóa dự thảo quyết định?',
    removeText: 'Dự thảo này sẽ bị xóa; đề nghị khen thưởng vẫn còn và có thể lập lại quyết định.',
    removeConfirm: 'Xóa dự thảo',
    removed: 'Đã xóa dự thảo quyết định.',
    files: 'Tải quyết định và giấy khen',
    filesDraft: 'Tải bản dự thảo',
    filesSaved: 'Tệp tải về theo bản đã lưu; hãy lưu trước để tệp có thay đổi mới.',
    word: 'Quyết định (Word)',
    pdf: 'Quyết định (PDF)',
    wordAria: 'Tải Quyết định khen thưởng (Word)',
    pdfAria: 'Tải Quyết định khen thưởng (PDF)',
    certificates: 'In giấy khen (PDF)',
    certificatesAria: (count: number) => `In giấy khen: ${n(count)} trang PDF`,
    certificatesLater: 'Giấy khen in được sau khi quyết định được phê duyệt (để mã QR xác thực được).',
    invalid: 'Chưa lưu được',
    fieldsTitle: 'Số, ngày, người ký và nội dung',
    listTitle: 'Danh sách kèm theo và tiền thưởng',
    totalLine: (count: number, total: string) => `${n(count)} tập thể, cá nhân · tổng tiền thưởng ${total}`,
  },

  decisionFields: {
    number: ['Số quyết định', 'Chỉ phần số, ví dụ 126. Để trống nếu văn thư chưa cấp số.'] as FieldText,
    symbol: ['Ký hiệu', 'Ví dụ: QĐ-UBND.'] as FieldText,
    date: ['Ngày quyết định', 'Tiền thưởng tính theo mức lương cơ sở áp dụng ngày này.'] as FieldText,
    prefix: ['Quyền hạn ký', 'TM. khi ký thay mặt tập thể; KT. khi cấp phó ký thay.'] as FieldText,
    prefixLabel: (p: string) =>
      p === ''
        ? 'Không ghi (Chủ tịch ký trực tiếp)'
        : p === 'TM. ỦY BAN NHÂN DÂN'
          ? 'TM. ỦY BAN NHÂN DÂN (thay mặt Ủy ban)'
          : p === 'KT. CHỦ TỊCH'
            ? 'KT. CHỦ TỊCH (Phó Chủ tịch ký thay)'
            : p,
    signerTitle: ['Chức vụ người ký', 'Viết hoa, ví dụ: CHỦ TỊCH.'] as FieldText,
    signerName: ['Họ tên người ký', 'Không ghi học hàm, học vị trước tên.'] as FieldText,
    bases: ['Căn cứ', 'Mỗi dòng một văn bản làm căn cứ, theo thứ tự hiệu lực.'] as FieldText,
    basis: 'Căn cứ',
    fund: [
      'Nguồn tiền thưởng (Điều 2)',
      'Ví dụ: Quỹ thi đua, khen thưởng của đặc khu Bạch Long Vĩ.',
    ] as FieldText,
    executors: [
      'Đơn vị, cá nhân thi hành (Điều 3)',
      'Mỗi dòng một cơ quan, đơn vị hoặc nhóm người.',
    ] as FieldText,
    executor: 'Thi hành',
  },

  decisionSummary: {
    number: 'Số, ký hiệu',
    noNumber: 'chưa có số',
    signer: 'Người ký',
  },

  decisionItems: {
    label: 'Danh sách tập thể, cá nhân được khen thưởng',
    salary: (amount: string, from: string, basis: string) =>
      `Mức lương cơ sở áp dụng: ${amount} (từ ${from}, ${basis}). Tiền thưởng = hệ số × mức lương cơ sở, làm tròn lên đến 10.000 đ.`,
    salaryPlain: (amount: string) => `Mức lương cơ sở áp dụng: ${amount}.`,
    colNumber: 'STT',
    colName: 'Họ và tên, tên tập thể',
    colPosition: 'Chức vụ, đơn vị',
    colAchievement: 'Thành tích',
    colCoefficient: 'Hệ số',
    colAmount: 'Số tiền',
    colRemove: 'Bỏ',
    achievementOf: (i: number, name: string) => `Thành tích dòng ${i}: ${name}`,
    achievementEmpty: 'Thành tích: không được để trống',
    remove: (name: string) => `Bỏ khỏi quyết định: ${name}`,
    amountLine: (coefficient: string, amount: string) => `Hệ số ${coefficient} · ${amount}`,
    unverifiedMark: 'cần kiểm tra',
    total: 'Tổng cộng',
    totalLabel: 'Tổng tiền thưởng',
    inWords: 'Bằng chữ',
  },
} as const;
