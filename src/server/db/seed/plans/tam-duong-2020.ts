import { org, type SeedPlan, unit } from './seed-form.ts';

// Kế hoạch triển khai Đề án Kiểm soát mất cân bằng giới tính khi sinh huyện Tam Đường năm
// 2020 (../shared/seeds/001_…), every section as structured data. The plan text gives the
// funding by source (8.500.000 + 15.000.000 = 23.500.000 đồng) but not its "Biểu kinh phí chi
// tiết": the budget lines below are a demo breakdown that adds up to those totals. The plan's
// own words "Hai mươi ba triệu năm trăm đồng chẵn" are wrong; the document writes the amount in
// words from the number. The seed text has no "Số …" line or date: number 25 and 10/03/2020
// are demo values.

const PROJECT_COMMUNES = ['03413', '03405', '03430', '03418', '03400'].map(unit); // Sơn Bình, Giang Ma, Khun Há, Bản Giang, Tả Lèng

export const tamDuong2020: SeedPlan = {
  period: { start: 2020, end: 2020 },
  issuerOrganisationId: org('bcd-td'),
  parentBodyName: 'UBND HUYỆN TAM ĐƯỜNG',
  issuerName: 'BAN CHỈ ĐẠO CÔNG TÁC DÂN SỐ - KHHGĐ',
  number: '25',
  symbol: 'KH-BCĐ',
  place: 'Tam Đường',
  issuedDate: '2020-03-10',
  title: 'KẾ HOẠCH',
  subject: 'Triển khai Đề án Kiểm soát mất cân bằng giới tính khi sinh huyện Tam Đường năm 2020',
  legalBases: [
    {
      verb: 'Căn cứ',
      kind: 'Kế hoạch',
      number: '246/KH-DSKHHGĐ',
      date: '2019-12-20',
      issuer: 'Chi cục Dân số - KHHGĐ tỉnh Lai Châu',
      title: 'Hoạt động công tác Dân số - KHHGĐ năm 2020',
    },
    {
      verb: 'Căn cứ',
      kind: 'Kế hoạch',
      number: '214/KH-BCĐ',
      date: '2020-02-26',
      issuer: 'BCĐ công tác Dân số - KHHGĐ huyện Tam Đường',
      title: 'Kế hoạch thực hiện công tác Dân số - KHHGĐ trên địa bàn huyện Tam Đường năm 2020',
    },
  ],
  preamble:
    'Ban Chỉ đạo công tác Dân số - KHHGĐ huyện Tam Đường xây dựng kế hoạch triển khai thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh huyện Tam Đường năm 2020, như sau:',
  purposes: [
    'Triển khai có hiệu quả các nội dung, nhiệm vụ của kế hoạch thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh tại huyện Tam Đường.',
    'Nâng cao nhận thức, ý thức trách nhiệm của mỗi cá nhân, gia đình và cộng đồng trong việc thực hiện các quy định của pháp luật và nghiêm cấm việc cung cấp dịch vụ liên quan đến lựa chọn giới tính thai nhi dưới mọi hình thức.',
    'Tạo sự đồng thuận của toàn xã hội trong việc thực thi các quy định của pháp luật về nghiêm cấm cung cấp dịch vụ liên quan đến lựa chọn giới tính thai nhi.',
  ],
  requirements: [
    'Các hoạt động thực hiện nội dung, nhiệm vụ của Đề án phải bám sát kế hoạch thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh tỉnh Lai Châu và huyện Tam Đường giai đoạn 2016 - 2020.',
    'Tăng cường các hoạt động tuyên truyền, cung cấp thông tin, phổ biến pháp luật, truyền thông, vận động, tư vấn, can thiệp, hỗ trợ,… nhằm nâng cao nhận thức, thay đổi hành vi của các tầng lớp Nhân dân về nghiêm cấm lựa chọn giới tính khi sinh.',
    'Các hoạt động truyền thông, cung cấp thông tin, phổ biến pháp luật,… phải lồng ghép trong các hoạt động phối hợp với các cơ quan, ban, ngành, đoàn thể để đảm bảo tính hiệu quả, tránh chồng chéo, lãng phí.',
  ],
  generalObjective: [
    'Khống chế, duy trì có hiệu quả tốc độ gia tăng tỷ số giới tính khi sinh, góp phần đưa tỷ số giới tính khi sinh ở mức cân bằng tự nhiên, đồng thời nâng cao chất lượng nguồn nhân lực, phục vụ sự nghiệp công nghiệp hoá, hiện đại hoá đất nước.',
    'Tuyên truyền nâng cao nhận thức của Nhân dân trên địa bàn huyện về thực trạng, nguyên nhân và hệ lụy của mất cân bằng giới tính khi sinh, từng bước thay đổi hành vi dẫn đến không lựa chọn giới tính thai nhi. Tập trung đẩy mạnh công tác truyền thông tại các xã, thị trấn có dấu hiệu mất cân bằng giới tính khi sinh.',
  ],
  targets: [
    {
      indicator:
        'Các cơ quan, ban, ngành, đoàn thể các cấp nắm được thực trạng, nguyên nhân và hệ lụy của mất cân bằng giới tính khi sinh, quy định của pháp luật về kiểm soát mất cân bằng giới tính khi sinh',
      comparator: 'eq',
      value: 100,
      unit: '%',
      population: 'cơ quan, ban, ngành, đoàn thể các cấp',
      unitIds: [],
    },
    {
      indicator:
        'Các cặp vợ chồng trong độ tuổi sinh đẻ nắm được thực trạng, nguyên nhân và hệ lụy của mất cân bằng giới tính khi sinh, quy định của pháp luật về kiểm soát mất cân bằng giới tính khi sinh',
      comparator: 'gt',
      value: 70,
      unit: '%',
      population: 'cặp vợ chồng trong độ tuổi sinh đẻ',
      measurement: 'Số cặp vợ chồng được truyền thông, tư vấn / số cặp vợ chồng trong độ tuổi sinh đẻ',
      unitIds: [],
    },
    {
      indicator:
        'Cán bộ lãnh đạo và nhân viên y tế cung cấp các dịch vụ về chăm sóc sức khỏe sinh sản, kế hoạch hóa gia đình nắm được thực trạng, nguyên nhân, hệ lụy và quy định của pháp luật về kiểm soát mất cân bằng giới tính khi sinh',
      comparator: 'eq',
      value: 100,
      unit: '%',
      population: 'cán bộ lãnh đạo và nhân viên y tế cung cấp dịch vụ CSSKSS/KHHGĐ',
      unitIds: [],
    },
    {
      indicator:
        'Cấp ủy Đảng, chính quyền, các cơ quan, ban ngành đoàn thể lồng ghép các hoạt động truyền thông nhằm giảm tình trạng mất cân bằng giới tính khi sinh vào chương trình, kế hoạch phát triển kinh tế - xã hội hàng tháng, quí, năm',
      comparator: 'eq',
      value: 100,
      unit: '%',
      population: 'cấp ủy Đảng, chính quyền, cơ quan, ban ngành đoàn thể',
      unitIds: [],
    },
    {
      indicator:
        'Các cơ sở y tế và nhân viên y tế có cung cấp dịch vụ khám, chẩn đoán, phá thai thực hiện nghiêm không cung cấp dịch vụ chẩn đoán và lựa chọn giới tính thai nhi dưới mọi hình thức',
      comparator: 'eq',
      value: 100,
      unit: '%',
      population: 'cơ sở y tế và nhân viên y tế cung cấp dịch vụ khám, chẩn đoán, phá thai',
      measurement: 'Số cơ sở, cá nhân đã ký cam kết còn hiệu lực / số cơ sở, cá nhân cung cấp dịch vụ',
      unitIds: [],
    },
    {
      indicator: 'Duy trì tỷ số giới tính khi sinh ở mức cân bằng tự nhiên',
      comparator: 'range',
      value: 104,
      valueMax: 106,
      unit: 'bé trai/100 bé gái',
      population: 'trẻ sinh ra trong năm trên địa bàn huyện',
      measurement: 'Tỷ số giới tính khi sinh (số bé trai / số bé gái × 100)',
      unitIds: [],
    },
  ],
  activities: [
    {
      title: 'Khảo sát, đánh giá',
      content: [
        'Thường xuyên theo dõi, đánh giá thực trạng mất cân bằng giới tính khi sinh trên địa bàn huyện.',
      ],
      forms: [],
      audiences: [],
      kind: 'survey',
      leadOrganisationId: org('ttyt-td'),
      coordinatingOrganisationIds: [],
      coordinatingNames: [],
      placeUnitIds: [],
      start: '2020-03-01',
      end: '2020-12-31',
      outputs: [],
      budgetLines: [],
      children: [],
    },
    {
      title:
        'Tổ chức các hoạt động truyền thông nâng cao nhận thức và thay đổi hành vi đối với công tác kiểm soát mất cân bằng giới tính khi sinh',
      content: [],
      forms: [],
      audiences: [],
      coordinatingOrganisationIds: [],
      coordinatingNames: [],
      placeUnitIds: [],
      outputs: [],
      budgetLines: [],
      children: [
        {
          title:
            'Tăng cường và nâng cao hiệu quả công tác tuyên truyền, vận động trực tiếp về mất cân bằng giới tính khi sinh đến các đối tượng tại cộng đồng, địa bàn dân cư thông qua mạng lưới cộng tác viên dân số, nhân viên y tế thôn bản và cô đỡ thôn bản và các tuyên truyền viên của các ban, ngành, đoàn thể ở cơ sở.',
          content: [],
          forms: ['Tuyên truyền, vận động trực tiếp'],
          audiences: ['Các đối tượng tại cộng đồng, địa bàn dân cư'],
          kind: 'counselling',
          leadOrganisationId: org('ttyt-td'),
          coordinatingOrganisationIds: [],
          coordinatingNames: ['các ban, ngành, đoàn thể ở cơ sở'],
          placeUnitIds: [],
          start: '2020-03-01',
          end: '2020-12-31',
          timeText: 'Thực hiện từ tháng 03 - 12/2020',
          outputs: [],
          budgetLines: [],
          children: [],
        },
        {
          title:
            'Phối hợp chặt chẽ giữa các cơ quan, ban, ngành, đoàn thể, tổ chức chính trị - xã hội từ huyện đến cơ sở, lồng ghép đưa nội dung tuyên truyền, giáo dục về giới, bình đẳng giới, mất cân bằng giới tính khi sinh với các hội viên, đoàn viên.',
          content: [],
          forms: ['Lồng ghép'],
          audiences: ['Hội viên, đoàn viên'],
          kind: 'integration',
          leadOrganisationId: org('ttyt-td'),
          coordinatingOrganisationIds: [org('hlhpn-td'), org('hnct-td')],
          coordinatingNames: [],
          placeUnitIds: [],
          start: '2020-03-01',
          end: '2020-12-31',
          outputs: [],
          budgetLines: [],
          children: [],
        },
        {
          title:
            'Đưa tin bài, đăng tải các nội dung về nghiêm cấm lựa chọn giới tính thai nhi; những hệ luỵ của mất cân bằng giới tính khi sinh đối với gia đình và xã hội… trên hệ thống thông tin đại chúng.',
          content: [],
          forms: ['Tin, bài trên hệ thống thông tin đại chúng'],
          audiences: [],
          kind: 'media',
          leadOrganisationId: org('dtth-td'),
          coordinatingOrganisationIds: [org('ttyt-td')],
          coordinatingNames: [],
          placeUnitIds: [],
          start: '2020-03-01',
          end: '2020-12-31',
          outputs: [{ description: 'Tin, bài tuyên truyền', quantity: 12, unit: 'tin, bài' }],
          budgetLines: [],
          children: [],
        },
        {
          title:
            'Tổ chức hội nghị chuyên đề cấp huyện trực tuyến tới các xã và tổ chức hội nghị chuyên đề ở các xã thuộc dự án (xã Sơn Bình, Giang Ma, Khun Há, Bản Giang và Tả Lèng) cung cấp thông tin về tình trạng mất cân bằng giới tính khi sinh, nguyên nhân và hệ lụy cho lãnh đạo các ban, ngành đoàn thể, cấp huyện, cấp xã, trưởng BCĐ các xã, thị trấn, Y tế thôn bản.',
          content: [],
          forms: ['Hội nghị chuyên đề trực tuyến cấp huyện', 'Hội nghị chuyên đề tại xã'],
          audiences: [
            'Lãnh đạo các ban, ngành đoàn thể cấp huyện, cấp xã',
            'Trưởng BCĐ các xã, thị trấn',
            'Y tế thôn bản',
          ],
          kind: 'conference',
          leadOrganisationId: org('ttyt-td'),
          coordinatingOrganisationIds: [],
          coordinatingNames: ['UBND các xã dự án'],
          placeUnitIds: PROJECT_COMMUNES,
          start: '2020-06-01',
          end: '2020-07-31',
          timeText: 'Dự kiến vào tháng 6, 7 năm 2020',
          outputs: [
            { description: 'Hội nghị chuyên đề cấp huyện (trực tuyến)', quantity: 1, unit: 'hội nghị' },
            { description: 'Hội nghị chuyên đề tại các xã dự án', quantity: 5, unit: 'hội nghị' },
          ],
          budgetLines: [
            {
              item: 'Hội nghị chuyên đề cấp huyện trực tuyến',
              sourceKey: 'ctmt',
              quantity: 1,
              unit: 'hội nghị',
              unitCost: 5000000,
              amount: 5000000,
            },
            {
              item: 'Hội nghị chuyên đề tại 5 xã dự án',
              sourceKey: 'ctmt',
              quantity: 5,
              unit: 'hội nghị',
              unitCost: 1500000,
              amount: 7500000,
            },
          ],
          children: [],
        },
        {
          title:
            'Tổ chức Hội nghị chuyên đề tuyên truyền nội dung “Không phân biệt con trai, con gái, không lựa chọn giới tính thai nhi dưới mọi hình thức” nhân ngày Quốc tế trẻ em gái.',
          content: [],
          forms: ['Hội nghị chuyên đề'],
          audiences: [],
          kind: 'special_day',
          leadOrganisationId: org('ttyt-td'),
          coordinatingOrganisationIds: [org('hlhpn-td')],
          coordinatingNames: [],
          placeUnitIds: [],
          start: '2020-09-01',
          end: '2020-10-11',
          timeText: 'Dự kiến tháng 9/2020',
          outputs: [
            { description: 'Hội nghị chuyên đề nhân ngày Quốc tế trẻ em gái', quantity: 1, unit: 'hội nghị' },
          ],
          budgetLines: [
            {
              item: 'Hội nghị chuyên đề nhân ngày Quốc tế trẻ em gái',
              sourceKey: 'ctmt',
              quantity: 1,
              unit: 'hội nghị',
              unitCost: 2500000,
              amount: 2500000,
            },
          ],
          children: [],
        },
        {
          title:
            'Tuyên truyền tại bản cho các cặp vợ chồng, những người đứng đầu dòng họ và gia đình, nam nữ thanh niên chuẩn bị kết hôn về tình trạng mất cân bằng giới tính khi sinh, lựa chọn giới tính thai nhi, nhất là giới và bình đẳng giới.',
          content: [],
          forms: ['Tuyên truyền tại bản'],
          audiences: [
            'Các cặp vợ chồng',
            'Người đứng đầu dòng họ và gia đình',
            'Nam nữ thanh niên chuẩn bị kết hôn',
          ],
          kind: 'talk',
          leadOrganisationId: org('ttyt-td'),
          coordinatingOrganisationIds: [],
          coordinatingNames: ['UBND các xã, thị trấn'],
          placeUnitIds: PROJECT_COMMUNES,
          start: '2020-03-01',
          end: '2020-12-31',
          timeText: 'Thực hiện từ tháng 03 - 12/2020',
          outputs: [{ description: 'Buổi tuyên truyền tại bản', quantity: 25, unit: 'buổi' }],
          budgetLines: [
            {
              item: 'Tuyên truyền tại bản ở 5 xã dự án',
              sourceKey: 'nq38',
              quantity: 5,
              unit: 'xã',
              unitCost: 1000000,
              amount: 5000000,
            },
          ],
          children: [],
        },
      ],
    },
    {
      title: 'Tập huấn về kiểm soát mất cân bằng giới tính khi sinh',
      content: [
        'Tham gia các lớp đào tạo, tập huấn do cấp trên triển khai và tổ chức tập huấn về nội dung, phương pháp, kỹ năng truyền thông về kiểm soát mất cân bằng giới tính khi sinh cho đội ngũ làm công tác dân số từ huyện đến cơ sở; tập huấn kỹ năng truyền thông cho đội ngũ chuyên trách dân số xã.',
      ],
      forms: ['Lớp tập huấn'],
      audiences: ['Đội ngũ làm công tác dân số từ huyện đến cơ sở', 'Chuyên trách dân số xã'],
      kind: 'training',
      leadOrganisationId: org('ttyt-td'),
      coordinatingOrganisationIds: [],
      coordinatingNames: [],
      placeUnitIds: [],
      start: '2020-04-01',
      end: '2020-09-30',
      outputs: [{ description: 'Lớp tập huấn kỹ năng truyền thông', quantity: 1, unit: 'lớp' }],
      budgetLines: [
        {
          item: 'Tập huấn kỹ năng truyền thông cho chuyên trách dân số xã',
          sourceKey: 'nq38',
          quantity: 1,
          unit: 'lớp',
          unitCost: 3500000,
          amount: 3500000,
        },
      ],
      children: [],
    },
    {
      title: 'Kiểm tra, giám sát',
      content: [
        'Định kỳ quý, năm, kiểm tra, giám sát việc thực thi các quy định của pháp luật về nghiêm cấm việc cung cấp dịch vụ liên quan đến lựa chọn giới tính thai nhi trên địa bàn huyện.',
      ],
      forms: [],
      audiences: [],
      kind: 'supervision',
      leadOrganisationId: org('pyt-td'),
      coordinatingOrganisationIds: [org('ttyt-td')],
      coordinatingNames: [],
      placeUnitIds: [],
      start: '2020-03-01',
      end: '2020-12-31',
      timeText: 'Định kỳ quý, năm',
      outputs: [],
      budgetLines: [],
      children: [],
    },
  ],
  funding: {
    text: 'Kinh phí tổ chức thực hiện các hoạt động của Đề án kiểm soát mất cân bằng giới tính khi sinh từ nguồn kinh phí giao thực hiện Nghị quyết 38/2016/NQ-HĐND và Chương trình mục tiêu y tế - dân số năm 2020.',
    sources: [
      {
        key: 'nq38',
        name: 'Nghị quyết 38/2016/NQ-HĐND',
        legalBasis: 'Nghị quyết số 38/2016/NQ-HĐND',
        amount: 8500000,
      },
      {
        key: 'ctmt',
        name: 'Chương trình mục tiêu y tế - dân số',
        legalBasis: 'Chương trình mục tiêu y tế - dân số năm 2020',
        amount: 15000000,
      },
    ],
    total: 23500000,
  },
  responsibilities: [
    {
      heading: 'Trung tâm Y tế huyện',
      organisationIds: [org('ttyt-td')],
      tasks: [
        'Thực hiện nghiêm quy chế chuyên môn, chỉ đạo và tổ chức cam kết đối với nhân viên y tế trong đơn vị không cung cấp dịch vụ chẩn đoán và lựa chọn giới tính thai nhi dưới mọi hình thức.',
        'Chỉ đạo các Trạm Y tế xã, thị trấn chủ động tham mưu cho BCĐ công tác Dân số - KHHGĐ cùng cấp xây dựng kế hoạch tổ chức thực hiện các hoạt động truyền thông về mất cân bằng giới tính khi sinh, pháp luật về nghiêm cấm phổ biến, chẩn đoán, lựa chọn giới tính thai nhi dưới mọi hình thức.',
        'Chủ động phối hợp với các cơ quan, ban, ngành, đoàn thể các cấp tổ chức các hoạt động truyền thông, hội nghị, nói chuyện chuyên đề, tư vấn tại hộ gia đình nội dung về mất cân bằng giới tính khi sinh và tuyên truyền, giáo dục pháp luật về nghiêm cấm phổ biến, chẩn đoán, lựa chọn giới tính thai nhi.',
        'Theo dõi các chỉ tiêu, chỉ số về mất cân bằng giới tính khi sinh, tổng hợp báo cáo, tham mưu thực hiện có hiệu quả.',
        'Phối hợp với các xã, thị trấn có dấu hiệu mất cân bằng giới tính khi sinh tổ chức tuyên truyền hệ lụy của việc mất cân bằng giới tính.',
        'Phối hợp Hội Liên hiệp phụ nữ huyện tổ chức hội nghị chuyên đề nhân ngày Quốc tế trẻ em gái.',
        'Hướng dẫn, hỗ trợ các xã triển khai các hoạt động truyền thông tại bản.',
      ],
      children: [],
    },
    {
      heading: 'Phòng Y tế huyện',
      organisationIds: [org('pyt-td')],
      tasks: [
        'Tham mưu cho UBND huyện công tác kiểm tra, giám sát việc thực thi các quy định của pháp luật về nghiêm cấm việc cung cấp dịch vụ liên quan đến lựa chọn giới tính thai nhi tại các cơ sở y tế trên địa bàn huyện.',
        'Tham mưu tổ chức ký cam kết giữa các cơ sở y tế thực hiện cung cấp dịch vụ CSSKSS không chẩn đoán và lựa chọn giới tính thai nhi dưới mọi hình thức.',
      ],
      children: [],
    },
    {
      heading: 'Đài Truyền thanh - Truyền hình huyện',
      organisationIds: [org('dtth-td')],
      tasks: [
        'Phối hợp với Trung tâm y tế huyện tuyên truyền các chủ trương đường lối của Đảng, chính sách, pháp luật của Nhà nước và các văn bản của tỉnh, huyện về hệ lụy mất cân bằng giới tính khi sinh đối với gia đình và xã hội,…',
      ],
      children: [],
    },
    {
      heading: 'Phòng Giáo dục và Đào tạo huyện',
      organisationIds: [org('pgd-td')],
      tasks: [
        'Chỉ đạo các Trường THCS, Trung học cơ sở bán trú trực thuộc đưa nội dung tuyên truyền, giáo dục về giới, bình đẳng giới, mất cân bằng giới tính khi sinh vào các buổi sinh hoạt ngoại khoá cho học sinh trong độ tuổi vị thành niên/thanh niên.',
      ],
      children: [],
    },
    {
      heading: 'Phòng Tư pháp huyện',
      organisationIds: [org('ptp-td')],
      tasks: [
        'Tăng cường công tác tuyên truyền, phổ biến các văn bản quy phạm pháp luật liên quan đến bình đẳng giới, Đề án của Chính phủ về kiểm soát mất cân bằng giới tính khi sinh giai đoạn 2016 - 2020 vào các chương trình phổ biến pháp luật.',
      ],
      children: [],
    },
    {
      heading: 'Phòng Lao động - Thương binh xã hội huyện',
      organisationIds: [org('pld-td')],
      tasks: [
        'Triển khai có hiệu quả Chiến lược quốc gia về Bình đẳng giới và các hoạt động về bình đẳng giới.',
      ],
      children: [],
    },
    {
      heading: 'Đề nghị các cơ quan, ban, ngành, đoàn thể, tổ chức chính trị - xã hội huyện',
      organisationIds: [org('hnct-td'), org('hlhpn-td')],
      tasks: [
        'Phối hợp với Phòng Dân số thuộc Trung tâm Y tế huyện trong công tác truyền thông, lồng ghép các hoạt động truyền thông về mất cân bằng giới tính khi sinh, nghiêm cấm lựa chọn giới tính thai nhi vào các hoạt động của ngành.',
        'Hội Người cao tuổi phối hợp với Phòng Dân số tổ chức hội nghị tuyên truyền nhân ngày Quốc tế người cao tuổi về nội dung: Già hoá dân số, các bệnh thường gặp ở người cao tuổi, cách phòng bệnh,...',
        'Hội Liên hiệp phụ nữ huyện phối hợp với Phòng Dân số tổ chức tuyên truyền nhân ngày Quốc tế trẻ em gái về nội dung: Không phân biệt con trai, con gái, không lựa chọn giới tính thai nhi,...',
      ],
      children: [],
    },
    {
      heading: 'Ủy ban nhân dân các xã, thị trấn',
      organisationIds: [],
      tasks: [
        'Xây dựng kế hoạch tổ chức, triển khai thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh năm 2020 trên địa bàn xã, thị trấn với từng hoạt động phù hợp và bám sát với chỉ tiêu trong Bộ tiêu chí “xã đạt chuẩn quốc gia về y tế đến năm 2020”.',
        'Tăng cường các hoạt động tuyên truyền về nghiêm cấm lựa chọn giới tính thai nhi; hệ lụy của mất cân bằng giới tính khi sinh đối với gia đình và xã hội…',
        'Phối hợp với Phòng Dân số tổ chức các hội nghị chuyên đề về giới và bình đẳng giới, hệ lụy của việc mất cân bằng giới tính khi sinh.',
      ],
      children: [],
    },
  ],
  reporting: null,
  closing:
    'Trên đây là kế hoạch Thực hiện Đề án Kiểm soát mất cân bằng giới tính khi sinh huyện Tam Đường năm 2020. Đề nghị các cơ quan, ban, ngành, đoàn thể liên quan, UBND xã, thị trấn nghiêm túc triển khai thực hiện.',
  recipients: [
    { name: 'Sở Y tế', note: 'B/c' },
    { name: 'Chi Cục DS - KHHGĐ tỉnh', note: 'B/c' },
    { name: 'TT Huyện ủy', note: 'B/c' },
    { name: 'TT HĐND huyện', note: 'B/c' },
    { name: 'Chủ tịch, PCT UBND huyện', note: 'B/c' },
    { name: 'Ban Tuyên giáo Huyện ủy' },
    { name: 'TV BCĐ huyện' },
    { name: 'UBND các xã, thị trấn' },
    { name: 'TYT xã, thị trấn' },
  ],
  archive: 'Lưu: VT.',
  signature: {
    authority: 'TM.',
    authorityOf: 'BAN CHỈ ĐẠO',
    positionLines: ['TRƯỞNG BAN', 'PHÓ CHỦ TỊCH UBND HUYỆN'],
    signerName: 'Cao Trang Trọng',
  },
  annexes: [
    {
      title: 'BIỂU KINH PHÍ CHI TIẾT',
      subtitle:
        'Kèm theo Kế hoạch triển khai Đề án Kiểm soát mất cân bằng giới tính khi sinh huyện Tam Đường năm 2020',
      landscape: true,
      kind: 'budget',
      items: [],
    },
  ],
};
