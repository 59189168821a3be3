import type { ConferenceTemplate } from './template.ts';

/**
 * The city's 2025 template, encoding Kế hoạch 06/KH-UBND of Bạch Long Vĩ (14/8/2025) with the
 * unit-specific words replaced by tokens and its emphasis kept: the two bracketed notes of III.3.3 and
 * III.3.4 in italics (`*…*`), the labels of IV.4 and IV.5 bold. Stored in the database at first start; the city edits it there.
 */
export const DEFAULT_TEMPLATE: ConferenceTemplate = {
  title: 'Hội nghị điển hình tiên tiến cấp xã, giai đoạn 2025 - 2030',
  cityName: 'Hải Phòng',
  year: 2025,
  ordinal: 1,
  term: '2025 - 2030',
  previousTerm: '2020 - 2025',
  upperCongress: 'Đại hội thi đua yêu nước thành phố {thanhPho} lần thứ I ({nhiemKy})',
  upperPlanReference:
    'Quyết định số 3194/QĐ-UBND ngày 08/8/2025 của Ủy ban nhân dân thành phố về việc tổ ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến cấp xã, các cơ quan, đơn vị thuộc thành phố tiến tới Đại hội Thi đua yêu nước thành phố {thanhPho} lần thứ I ({nhiemKy})',
  deadline: '2025-08-25',
  maxDelegates: 150,
  exemplaryShare: 70,
  guestShare: 30,
  session: { part: 'sang', startTime: '07:30', endTime: '11:00' },
  plan: {
    documentNumber: '',
    documentSymbol: 'KH-UBND',
    issuedDate: null,
    place: '{tenDonVi}',
    parentBody: 'ỦY BAN NHÂN DÂN',
    issuingBody: '{DON_VI}',
    title: 'Tổ chức Hội nghị điển hình tiên tiến {donVi} tiến tới {daiHoi}',
    basis:
      'Thực hiện {canCu}, Ủy ban nhân dân {donVi} ban hành Kế hoạch tổ chức Hội nghị điển hình tiên tiến {donVi} tiến tới {daiHoi} như sau:',
    purposes: [
      'Đánh giá kết quả các phong trào thi đua yêu nước từ sau Hội nghị điển hình tiên tiến các cấp đến nay; chỉ ra những tồn tại, hạn chế cần khắc phục; rút ra bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng; về xây dựng và nhân rộng các điển hình tiên tiến và đề ra phương hướng, nhiệm vụ đẩy mạnh phong trào thi đua, nâng cao hiệu quả thực hiện công tác khen thưởng trong giai đoạn {nhiemKy}.',
      'Biểu dương thành tích và tôn vinh các tập thể, cá nhân Anh hùng, Chiến sĩ thi đua, các gương điển hình tiên tiến, tiêu biểu trong các ngành, các cấp, các lĩnh vực trên địa bàn {loaiDonVi} trong thực hiện các phong trào thi đua; từ đó khơi dậy và phát huy sức mạnh của khối đại đoàn kết toàn dân, phát huy mạnh mẽ nội lực, tạo động lực thực hiện thắng lợi các nhiệm vụ của {loaiDonVi}.',
      'Thông qua Hội nghị, đưa ra các bài học kinh nghiệm về tổ chức phong trào thi đua và công tác khen thưởng; về xây dựng và nhân rộng các điển hình tiên tiến, chỉ ra những tồn tại, hạn chế cần khắc phục để tiếp tục đổi mới công tác thi đua, khen thưởng đạt hiệu quả cao trong thời gian tới.',
      'Việc tổ chức Hội nghị tuyên dương điển hình tiên tiến bảo đảm trang trọng, thiết thực, tiết kiệm, tránh phô trương, hình thức, lãng phí.',
    ],
    form: 'Tổ chức “Hội nghị tuyên dương điển hình tiên tiến”.',
    composition:
      'Đại biểu khách mời; đại biểu lãnh đạo các cấp, các ngành; đại diện tập thể và cá nhân Anh hùng, Chiến sĩ thi đua, các gương điển hình tiên tiến, tiêu biểu có thành tích xuất sắc trong sản xuất, công tác, các điển hình tiên tiến (do tập thể lãnh đạo cấp ủy, chính quyền, đoàn thể của đơn vị lựa chọn); chú trọng lựa chọn cá nhân trực tiếp sản xuất, công tác, học tập, chiến đấu, đại biểu nữ, dân tộc, đại biểu đại diện các thành phần kinh tế',
    compositionNotes: [
      'Đại biểu là điển hình tiên tiến cần được bình xét công khai, dân chủ từ cơ sở. Đảm bảo số lượng và chất lượng theo quy định, ưu tiên các gương điển hình có thành tích nổi bật trong phát triển kinh tế, xã hội, đảm bảo quốc phòng, an ninh, sắp xếp tổ chức bộ máy tại địa phương, cơ quan, đơn vị trong giai đoạn chuyển tiếp.',
      'Thành phần đại biểu cần đảm bảo cân đối giữa các lĩnh vực, ngành nghề có tính đại diện của các địa phương, cơ quan, đơn vị trước khi sắp xếp.',
    ],
    programItems: [
      'Tuyên bố lý do, giới thiệu đại biểu.',
      'Báo cáo tổng kết phong trào thi đua và công tác khen thưởng giai đoạn {giaiDoanTruoc}, phương hướng, nhiệm vụ công tác thi đua, khen thưởng giai đoạn {nhiemKy}.',
      'Báo cáo tham luận của các đại biểu điển hình tiên tiến.',
      'Biểu dương, tôn vinh, khen thưởng các điển hình tiên tiến.',
      'Phát động phong trào thi đua giai đoạn {nhiemKy}.',
      'Phát biểu hưởng ứng phát động phong trào thi đua.',
      'Thông qua danh sách đại biểu đi dự Đại hội thi đua cấp trên.',
      'Tổng kết và bế mạc.',
    ],
    activities: [
      'Đẩy mạnh tuyên truyền về tư tưởng Thi đua yêu nước của Chủ tịch Hồ Chí Minh, các chủ trương, đường lối của Đảng, chính sách pháp luật của Nhà nước về thi đua, khen thưởng, những điển hình trong các phong trào thi đua yêu nước, gương người tốt, việc tốt.',
      'Tuyên truyền trước, trong và sau Hội nghị, tập trung vào việc nêu bật những thành tựu chung của địa phương, cơ quan, đơn vị trước và sau khi sắp xếp, những gương điển hình tiên tiến xuất sắc, tiêu biểu, tạo không khí thi đua sôi nổi, đoàn kết, tin tưởng vào sự phát triển của thành phố trong giai đoạn mới.',
      'Tổ chức đối thoại, gặp gỡ giữa lãnh đạo địa phương, cơ quan, đơn vị với các điển hình tiên tiến về dự Hội nghị. Giao lưu các điển hình tiên tiến trên các phương tiện truyền thông của địa phương.',
      'Tổ chức các hoạt động văn hóa, văn nghệ, tuyên truyền, cổ động chào mừng.',
    ],
    keyContents: [
      {
        code: '3.1',
        heading: 'Phạm vi',
        blocks: [
          {
            style: 'paragraph',
            text: 'Hội nghị biểu dương điển hình tiên tiến của {loaiDonVi} sẽ tổng kết phong trào thi đua, thành tích chung của {loaiDonVi}.',
          },
        ],
      },
      {
        code: '3.2',
        heading: 'Thời kỳ đánh giá phong trào thi đua',
        blocks: [
          {
            style: 'paragraph',
            text: 'tập trung đánh giá phong trào thi đua trong giai đoạn {giaiDoanTruoc}.',
          },
        ],
      },
      {
        code: '3.3',
        heading:
          'Báo cáo tổng kết phong trào thi đua và công tác khen thưởng 5 năm ({giaiDoanTruoc}), phương hướng, nhiệm vụ công tác thi đua, khen thưởng giai đoạn ({nhiemKy})',
        blocks: [
          {
            style: 'paragraph',
            text: 'Đây là nội dung quan trọng, cần được chuẩn bị kỹ lưỡng, công phu, chất lượng, bám sát mục đích, yêu cầu của Hội nghị.',
          },
          { style: 'paragraph', text: 'Bố cục và nội dung chính của báo cáo gồm:' },
          {
            style: 'dash',
            text: 'Phần tổng kết phong trào thi đua yêu nước và công tác khen thưởng: Cần đánh giá toàn diện, khách quan những kết quả đạt được, những khó khăn, thách thức trong công tác thi đua khen thưởng giai đoạn {giaiDoanTruoc}, đặc biệt trong bối cảnh sắp xếp tổ chức bộ máy.',
          },
          {
            style: 'plus',
            text: 'Đánh giá kết quả đạt được của các phong trào thi đua yêu nước giai đoạn {giaiDoanTruoc}; nêu rõ các phong trào thi đua tiêu biểu và đánh giá tác động, tính thiết thực, hiệu quả của các phong trào thi đua yêu nước, những mô hình mới, tiêu biểu góp phần hoàn thành nhiệm vụ chính trị và nhiệm vụ phát triển kinh tế - xã hội của địa phương, cơ quan, đơn vị (*có thể xây dựng phóng sự, video clip, hình ảnh để minh họa các nội dung báo cáo*).',
          },
          {
            style: 'plus',
            text: 'Kết quả công tác khen thưởng: phân tích kết quả, chất lượng các hình thức khen thưởng, việc khen thưởng cho người trực tiếp lao động, sản xuất, công tác, chiến đấu và phục vụ chiến đấu, công nhân, nông dân, việc chấp hành các quy định pháp luật về thi đua, khen thưởng.',
          },
          {
            style: 'plus',
            text: 'Đánh giá công tác lãnh đạo, chỉ đạo đổi mới tổ chức các phong trào thi đua yêu nước và công tác thi đua, khen thưởng của cấp ủy Đảng, chính quyền, đoàn thể trong những năm qua.',
          },
          { style: 'plus', text: 'Những tồn tại, hạn chế chủ yếu, nguyên nhân và bài học kinh nghiệm.' },
          {
            style: 'dash',
            text: 'Phần phương hướng nhiệm vụ: Cần phù hợp với chiến lược, định hướng, mục tiêu, nhiệm vụ phát triển kinh tế, xã hội, bảo đảm quốc phòng, an ninh giai đoạn ({nhiemKy}).',
          },
          {
            style: 'plus',
            text: 'Xác định phương hướng, mục tiêu chung của phong trào thi đua và công tác khen thưởng giai đoạn ({nhiemKy}).',
          },
          {
            style: 'plus',
            text: 'Những nội dung chủ yếu đẩy mạnh các phong trào thi đua thực hiện nhiệm vụ chính trị và các mục tiêu, chỉ tiêu phát triển kinh tế - xã hội, củng cố quốc phòng - an ninh.',
          },
          {
            style: 'plus',
            text: 'Công tác lãnh đạo, chỉ đạo đổi mới công tác thi đua, khen thưởng và các giải pháp chủ yếu.',
          },
          {
            style: 'paragraph',
            text: 'Yêu cầu chung của báo cáo là thông qua việc đánh giá kết quả của các phong trào thi đua yêu nước để biểu dương, tôn vinh các gương điển hình tiên tiến, gương người tốt việc tốt; phân tích, đánh giá tác dụng của phong trào thi đua đối với việc thực hiện nhiệm vụ chính trị; từ đó rút ra các bài học kinh nghiệm chủ yếu trong công tác lãnh đạo, chỉ đạo tổ chức các phong trào thi đua và công tác khen thưởng.',
          },
        ],
      },
      {
        code: '3.4',
        heading: 'Về báo cáo tham luận của các tập thể, cá nhân điển hình tiên tiến',
        blocks: [
          {
            style: 'dash',
            text: 'Báo cáo điển hình phải được lựa chọn đảm bảo cơ cấu hợp lý; kết hợp giao lưu với các điển hình tiên tiến, có minh họa bằng hình ảnh, video clip, phóng sự (*nếu có điều kiện*). Cần chú trọng lựa chọn các tập thể, cá nhân thật sự tiêu biểu, điển hình, có những mô hình mới, sáng tạo trong lĩnh vực sản xuất, công tác, đời sống trong 5 năm qua và có sự lan tỏa tích cực, để lại ấn tượng tốt đẹp tại Hội nghị.',
          },
          {
            style: 'dash',
            text: 'Số lượng báo cáo: Tùy thuộc vào thời gian tổ chức Hội nghị, bảo đảm chất lượng, lựa chọn các báo cáo thực sự điển hình, có sức thuyết phục, nêu gương, giáo dục; bảo đảm tính đại diện các lĩnh vực, các thành phần.',
          },
        ],
      },
      {
        code: '3.5',
        heading: '',
        blocks: [
          {
            style: 'paragraph',
            text: 'Trong chương trình Hội nghị có thể tổ chức một số nội dung như: Biểu diễn văn nghệ, trao tặng các hình thức khen thưởng và giao lưu với các điển hình tiên tiến.',
          },
        ],
      },
    ],
    assignments: [
      {
        unitName: 'Phòng Văn hóa - Xã hội',
        unitId: null,
        isRequest: false,
        labelBold: false,
        duties: [
          'Là đầu mối tham mưu, thường trực theo dõi, đôn đốc việc triển khai thực hiện Kế hoạch này. Tổng hợp, báo cáo kết quả tổ chức Hội nghị tuyên dương điển hình tiên tiến của {loaiDonVi}.',
          'Đẩy mạnh tuyên truyền về Hội nghị tuyên dương điển hình tiên tiến {donVi} tiến tới {daiHoi}.',
          'Tổng hợp dự toán kinh phí tổ chức Hội nghị điển hình tiên tiến.',
        ],
      },
      {
        unitName: '{vanPhong}',
        unitId: null,
        isRequest: false,
        labelBold: false,
        duties: [
          'Phối hợp với phòng Văn hóa - Xã hội tham mưu cho Ủy ban nhân dân {loaiDonVi} chuẩn bị các nội dung tổ chức Hội nghị điển hình tiên tiến.',
        ],
      },
      {
        unitName: 'Ủy ban Mặt trận Tổ quốc Việt Nam và các đoàn thể chính trị - xã hội {loaiDonVi}',
        unitId: null,
        isRequest: true,
        labelBold: false,
        duties: [
          'Phát huy sức mạnh khối đại đoàn kết toàn dân trong việc vận động cán bộ, công chức, viên chức, đoàn viên, hội viên, người lao động, các tầng lớp Nhân dân tích cực hưởng ứng phong trào thi đua lập thành tích chào mừng Hội nghị tuyên dương điển hình tiên tiến tới {daiHoi}.',
        ],
      },
      {
        unitName: 'Trung tâm sự nghiệp công',
        unitId: null,
        isRequest: false,
        labelBold: true,
        duties: [
          'Tham mưu Ủy ban nhân dân {loaiDonVi} tổ chức các hoạt động văn hóa văn nghệ, thể dục thể thao, tuyên truyền, cổ động chào mừng Hội nghị tuyên dương điển hình tiên tiến.',
          'Xây dựng Kế hoạch tuyên truyền năm 2025, mở chuyên trang, chuyên mục tuyên truyền về điển hình tiên tiến, gương người tốt, việc tốt, các nhân tố mới trong các phong trào thi đua yêu nước gắn với những hình thức phong phú nhằm giáo dục truyền thống thi đua yêu nước, xây dựng và bảo vệ Tổ quốc.',
        ],
      },
      {
        unitName: 'Phòng Kinh tế',
        unitId: null,
        isRequest: false,
        labelBold: true,
        duties: [
          'Tổng hợp kinh phí thực hiện trong dự toán chi ngân sách địa phương năm 2025, tham mưu Ủy ban nhân dân {loaiDonVi} về việc cấp kinh phí tổ chức hội nghị tuyên dương điển hình tiên tiến theo quy định.',
        ],
      },
    ],
    closing:
      'Trong quá trình triển khai thực hiện nếu có vấn đề vướng mắc, đề nghị các cơ quan, đơn vị báo cáo về Ủy ban nhân dân {loaiDonVi} (qua phòng Văn hóa - Xã hội) để tổng hợp, hướng dẫn, giải quyết./.',
    recipients: [
      'Ban TĐKT thành phố;',
      'TT Đảng ủy {loaiDonVi};',
      'CT, các PCT UBND {loaiDonVi};',
      'UBMTTQVN và các TC đoàn thể {loaiDonVi};',
      'Các cơ quan, đơn vị trên địa bàn;',
      'Lưu: VT, VHXH.',
    ],
    signature: {
      authority: 'TM. ỦY BAN NHÂN DÂN',
      prefix: 'KT. CHỦ TỊCH',
      position: 'PHÓ CHỦ TỊCH',
      signerName: '',
    },
  },
};
