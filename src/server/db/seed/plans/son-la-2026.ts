import { org, type SeedPlan, unit } from './seed-form.ts';

// Kế hoạch triển khai các hoạt động can thiệp giảm thiểu "Mất cân bằng giới tính khi sinh"
// trên địa bàn tỉnh Sơn La năm 2026 (../shared/seeds/000_…), every section as structured
// data. The seed text has no "Số …" line or date: 246/KH-SYT of 05/03/2026 are demo values.
// It states no amounts (funding is the Sở's 2026 budget allocation), so there are no budget lines.

export function sonLa2026(communeCodes: string[]): SeedPlan {
  const allCommunes = communeCodes.map(unit);
  const activity = (a: Partial<SeedPlan['activities'][number]> & { title: string }) => ({
    content: [],
    forms: [],
    audiences: [],
    coordinatingOrganisationIds: [],
    coordinatingNames: [],
    placeUnitIds: [],
    outputs: [],
    budgetLines: [],
    children: [],
    start: '2026-03-01',
    end: '2026-11-30',
    ...a,
  });
  return {
    period: { start: 2026, end: 2026 },
    issuerOrganisationId: org('syt-sl'),
    parentBodyName: 'UBND TỈNH SƠN LA',
    issuerName: 'SỞ Y TẾ',
    number: '246',
    symbol: 'KH-SYT',
    place: 'Sơn La',
    issuedDate: '2026-03-05',
    title: 'KẾ HOẠCH',
    subject:
      'Triển khai các hoạt động can thiệp giảm thiểu “Mất cân bằng giới tính khi sinh” trên địa bàn tỉnh Sơn La năm 2026',
    legalBases: [
      {
        verb: 'Thực hiện',
        kind: 'Quyết định',
        number: '855/QĐ-UBND',
        date: '2020-04-28',
        issuer: 'UBND tỉnh Sơn La',
        title:
          'về ban hành Kế hoạch hành động thực hiện Chiến lược Dân số Việt Nam giai đoạn 2020 - 2025, tầm nhìn đến năm 2030',
      },
      {
        verb: 'Thực hiện',
        kind: 'Công văn',
        number: '1097/BYT-CDS',
        date: '2026-02-14',
        issuer: 'Bộ Y tế',
        title: 'về việc hướng dẫn thực hiện công tác dân số năm 2026',
      },
    ],
    preamble:
      'Sở Y tế tỉnh Sơn La xây dựng Kế hoạch triển khai các hoạt động can thiệp giảm thiểu “Mất cân bằng giới tính khi sinh” trên địa bàn tỉnh Sơn La năm 2026, như sau:',
    purposes: [
      'Nâng cao nhận thức, trách nhiệm của các cấp ủy Đảng, chính quyền, các ban, ngành, đoàn thể và toàn xã hội về thực trạng, nguyên nhân, hậu quả của mất cân bằng giới tính khi sinh. Từng bước thay đổi hành vi của các cặp vợ chồng trong độ tuổi sinh đẻ theo hướng không phân biệt giới tính, không trọng nam hơn nữ, không lựa chọn giới tính thai nhi, sinh đẻ theo quy luật tự nhiên; góp phần ổn định cơ cấu dân số của Quốc gia, của tỉnh ở mức hợp lý và góp phần nâng cao chất lượng dân số;',
      'Phấn đấu thực hiện có hiệu quả việc giảm tốc độ gia tăng mất cân bằng giới tính khi sinh, từng bước đưa tỷ số giới tính khi sinh về mức cân bằng và tự nhiên. Nâng cao vai trò, vị thế của phụ nữ và trẻ em gái.',
      'Nâng cao kiến thức, kỹ năng tuyên truyền vận động và truyền thông thay đổi hành vi về hệ lụy của mất cân bằng giới tính khi sinh, cho đội ngũ cán bộ các cấp, nhất là đội ngũ cán bộ làm công tác Dân số, cán bộ tư pháp xã, cán bộ Y tế tư nhân, công lập; tạo sự đồng thuận trong toàn xã hội thực thi các quy định của pháp luật về nghiêm cấm lựa chọn giới tính thai nhi.',
    ],
    requirements: [
      'Các hoạt động can thiệp giảm thiểu về “Mất cân bằng giới tính khi sinh” phải được phối hợp và tổ chức chặt chẽ, hiệu quả, tiết kiệm. Chuyển tải được đầy đủ các nội dung về chủ trương của Đảng, pháp luật của nhà nước về Dân số - Sức khỏe sinh sản/Kế hoạch hóa gia đình, về bình đẳng giới và đặc biệt là các văn bản chỉ đạo, các quy định về nghiêm cấm lựa chọn giới tính thai nhi, hệ lụy của mất cân bằng giới tính khi sinh...;',
      'Các nội dung hoạt động can thiệp giảm thiểu về “Mất cân bằng giới tính khi sinh” tổ chức phải được triển khai đồng bộ, thống nhất từ tỉnh đến cơ sở tạo điều kiện thuận lợi và tích cực tham gia của các cấp, các ngành, các cặp vợ chồng trong độ tuổi sinh đẻ, vị thành niên, thanh niên, các bậc ông bà, cha mẹ.',
    ],
    generalObjective: [],
    targets: [],
    activities: [
      activity({
        title:
          'Truyền thông nâng cao nhận thức và thay đổi hành vi đối với công tác kiểm soát mất cân bằng giới tính khi sinh trên các phương tiện thông tin đại chúng',
        kind: 'media',
        content: [
          'Truyền thông về thực trạng, nguyên nhân và hệ lụy của mất cân bằng giới tính khi sinh, về thực trạng giới tính khi sinh của tỉnh, địa phương.',
          'Đẩy mạnh truyền thông, giáo dục nâng cao nhận thức, chuyển đổi hành vi về bình đẳng giới, không lựa chọn giới tính, nêu cao vai trò của người phụ nữ trong gia đình và xã hội. Tạo dư luận xã hội phê phán các hành vi lựa chọn giới tính thai nhi và ủng hộ người phát hiện các hành vi vi phạm pháp luật trong lĩnh vực này.',
          'Tuyên truyền nâng cao đạo đức nghề nghiệp, ý thức chấp hành pháp luật của cán bộ y tế, chấm dứt tình trạng lạm dụng khoa học công nghệ để lựa chọn giới tính thai nhi dưới mọi hình thức.',
          'Đẩy mạnh tuyên truyền Luật Dân số được Quốc hội thông qua vào ngày 10/12/2025 tại kỳ họp thứ 10, Quốc hội khoá XV.',
        ],
        forms: [
          'Cấp tỉnh: Báo và Phát thanh - Truyền hình tỉnh xây dựng phóng sự, chuyên mục, tin, bài phản ánh về thực trạng, nguyên nhân, hậu quả và hệ lụy của mất cân bằng giới tính khi sinh; thực hiện Luật Bình đẳng giới.',
          'Cấp xã, phường: Sử dụng hệ thống loa truyền thanh của xã, phường, tổ, bản, tiểu khu thực hiện phát các tin, bài phản ánh về thực trạng, nguyên nhân, hậu quả và hệ lụy của mất cân bằng giới tính khi sinh; thực hiện Luật Bình đẳng giới...',
        ],
        leadOrganisationId: org('ccds-sl'),
        coordinatingOrganisationIds: [org('bptth-sl')],
        coordinatingNames: ['Trạm Y tế xã, phường'],
        placeUnitIds: allCommunes,
        outputs: [
          {
            description: 'Phóng sự, chuyên mục, tin, bài trên Báo và Phát thanh - Truyền hình tỉnh',
            quantity: 12,
            unit: 'tin, bài',
            // The province's newspaper and television make these: no commune carries a share.
            shareRule: 'by_unit',
            shares: [],
          },
          { description: 'Lượt phát tin, bài trên loa truyền thanh xã, phường', quantity: 900, unit: 'lượt' },
        ],
      }),
      activity({
        title:
          'Lồng ghép truyền thông các nội dung về giới, bình đẳng giới và mất cân bằng giới tính khi sinh vào hoạt động của các cơ quan, tổ chức',
        kind: 'integration',
        content: [
          'Phối hợp với Ban Chỉ huy Bộ đội biên phòng tỉnh và các ban, ngành, đoàn thể tổ chức các hoạt động truyền thông, tập huấn, hội thảo, báo cáo chuyên đề... lồng ghép các nội dung về: giới; bình đẳng giới; thực trạng, nguyên nhân, hậu quả và hệ lụy của mất cân bằng giới tính khi sinh vào các hoạt động thường xuyên của các cơ quan, tổ chức trên địa bàn tỉnh.',
        ],
        audiences: [
          'Cấp ủy, chính quyền các cấp, hội viên, đoàn viên, thanh niên và toàn thể nhân dân trong tỉnh.',
        ],
        leadOrganisationId: org('ccds-sl'),
        coordinatingOrganisationIds: [org('bdbp-sl')],
        coordinatingNames: ['các ban, ngành, đoàn thể'],
      }),
      activity({
        title: 'Tổ chức sinh hoạt ngoại khóa tại các Trường Trung học phổ thông, trường chuyên nghiệp',
        kind: 'school_session',
        content: [
          'Tổ chức tuyên truyền, sinh hoạt ngoại khóa về thực trạng, nguyên nhân và hệ lụy của mất cân bằng giới tính khi sinh; Luật Bình đẳng giới; Luật Hôn nhân và gia đình; các quy định của pháp luật về nghiêm cấm lựa chọn giới tính thai nhi; các hình thức xử phạt đối với các hành vi vi phạm lựa chọn giới tính thai nhi... tại 13 trường trung học phổ thông trên địa bàn tỉnh.',
        ],
        forms: [
          'Sinh hoạt ngoại khóa, sân khấu hóa.... Các trường xây dựng kế hoạch tổ chức sinh hoạt ngoại khóa, kịch bản và nội dung chương trình, thành lập ban tổ chức, ban giám khảo, biên soạn bộ câu hỏi, đáp án trả lời và thành lập các đội thi ở các khối, lớp/trường tham gia sinh hoạt ngoại khóa.',
        ],
        leadOrganisationId: org('ccds-sl'),
        coordinatingOrganisationIds: [org('sgd-sl')],
        coordinatingNames: ['các trường THPT'],
        outputs: [{ description: 'Buổi sinh hoạt ngoại khóa tại trường THPT', quantity: 13, unit: 'buổi' }],
      }),
      activity({
        title:
          'Biên soạn, hệ thống hoá, nhân bản tài liệu phổ biến giáo dục pháp luật về mất cân bằng giới tính khi sinh',
        kind: 'iec_material',
        content: [
          'Biên soạn tài liệu phổ biến giáo dục pháp luật về mất cân bằng giới tính khi sinh; in ấn, nhân bản các sản phẩm truyền thông dễ hiểu, phù hợp với từng nhóm đối tượng như: tờ rơi, sách mỏng tuyên truyền về bình đẳng giới và mất cân bằng giới tính khi sinh, về các quy định của pháp luật nghiêm cấm lựa chọn giới tính thai nhi. và cung cấp cho các cơ quan, tổ chức chính trị - xã hội có liên quan, trạm Y tế xã, phường, cán bộ chuyên trách dân số xã, phường, cộng tác viên dân số tổ, bản, tiểu khu trên địa bàn toàn tỉnh.',
          'Xây dựng thiết kế, sản xuất các cụm pa nô, áp phích, băng zôn, khẩu hiệu nội dung về hệ lụy của mất cân bằng giới tính khi sinh, về bình đẳng giới, các quy định của pháp luật nghiêm cấm lựa chọn giới tính thai nhi phục vụ công tác tuyên truyền tại cấp bản, xã, nơi tập trung dân cư, cơ sở cung cấp dịch vụ có liên quan đến lựa chọn giới tính thai nhi.',
        ],
        leadOrganisationId: org('ccds-sl'),
        outputs: [
          { description: 'Tờ rơi, sách mỏng', quantity: 15000, unit: 'bản' },
          { description: 'Pa nô, áp phích, băng zôn', quantity: 75, unit: 'cái' },
        ],
      }),
      activity({
        title: 'Xây dựng và duy trì hoạt động các Câu lạc bộ “Bạn gái tiêu biểu”',
        kind: 'club',
        content: [
          'Tiếp tục duy trì sinh hoạt và nhân rộng hoạt động câu lạc bộ “Bạn gái tiêu biểu” tại các trường trung học phổ thông, trung học cơ sở trên địa bàn tỉnh với các nội dung về thực trạng, nguyên nhân, hậu quả của mất cân bằng giới tính khi sinh. Nêu cao vai trò của phụ nữ và trẻ em gái trong việc thực hiện Luật Bình đẳng giới, đồng thời tác động để trẻ em gái có cái nhìn đúng hơn, trách nhiệm hơn với tương lai của mình và góp phần giảm thiểu mất cân bằng giới tính khi sinh.',
        ],
        leadOrganisationId: org('ccds-sl'),
        coordinatingOrganisationIds: [org('sgd-sl')],
      }),
      activity({
        title:
          'Triển khai các hoạt động nâng cao hiệu lực thực thi pháp luật về mất cân bằng giới tính khi sinh',
        kind: 'commitment_conference',
        content: [
          'Tổ chức hội nghị chuyên đề nhằm nâng cao nhận thức về thực thi pháp luật và các quy định về kiểm soát MCBGTKS.',
          'Tổ chức Hội nghị ký cam kết không lựa chọn giới tính khi sinh cho các đối tượng có liên quan đến lựa chọn giới tính thai nhi nhằm phối hợp tham gia tuyên truyền về kiểm soát mất MCBGTKS tại tỉnh.',
        ],
        audiences: [
          'Ban Chỉ đạo công tác Dân số các xã, phường; Các cơ sở y tế (tư nhân, công lập), cá nhân (cán bộ y tế) cung cấp dịch vụ có liên quan đến lựa chọn giới tính thai nhi tại địa bàn ký cam kết.',
        ],
        leadOrganisationId: org('ccds-sl'),
        coordinatingOrganisationIds: [org('nvyd-sl')],
        coordinatingNames: ['Ban Chỉ đạo công tác Dân số các xã, phường'],
        placeUnitIds: allCommunes,
      }),
      activity({
        title: 'Tổ chức các hoạt động đào tạo, tập huấn về kiểm soát mất cân bằng giới tính khi sinh',
        kind: 'training',
        content: [
          'Cung cấp kiến thức, kỹ năng tư vấn, tuyên truyền, vận động nâng cao nhận thức và thay đổi hành vi về kiểm soát mất cân bằng giới tính khi sinh; thực trạng, nguyên nhân và hệ lụy của mất cân bằng giới tính khi sinh; những quy định của pháp luật về nghiêm cấm lựa chọn giới tính thai nhi.',
        ],
        audiences: [
          'Trạm Y tế xã, phường; cộng tác viên dân số tổ, bản; cán bộ; các ban ngành đoàn thể xã, thôn, bản, người cung cấp dịch vụ y tế có liên quan,...',
        ],
        leadOrganisationId: org('ccds-sl'),
        coordinatingNames: ['các Trạm Y tế xã, phường'],
        placeUnitIds: allCommunes,
      }),
      activity({
        title: 'Các hoạt động thanh tra, kiểm tra, giám sát',
        kind: 'supervision',
        content: [
          'Sở Y tế, Chi cục Dân số phối hợp với Ban Chỉ đạo công tác Dân số xã, phường chỉ đạo, hướng dẫn, kiểm tra, giám sát chuyên môn việc triển khai các hoạt động tại xã, phường, các trường học, các cơ sở khám chữa bệnh về việc truyền thông, triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh.',
          'Kiểm tra, giám sát đối với các cơ sở sản xuất các sản phẩm truyền thông; các nhà sách; các cơ sở y tế tư nhân thực hiện cung cấp dịch vụ siêu âm, phá thai và các dịch vụ khác có liên quan đến lựa chọn giới tính thai nhi và thực hiện các quy định của pháp luật về nghiêm cấm lựa chọn giới tính thai nhi dưới mọi hình thức.',
          'Kiểm tra, giám sát hỗ trợ và hướng dẫn, đánh giá công tác quản lý, chỉ đạo, điều hành các hoạt động của Trạm Y tế đối với tiến độ thực hiện các chỉ tiêu kế hoạch các hoạt động về kiểm soát MCBGTKS đang được triển khai trên địa bàn năm 2026.',
          'Phối hợp với Cục Dân số (Bộ Y tế) và các cơ quan, đơn vị trung ương triển khai công tác kiểm tra, giám sát, đánh giá các hoạt động can thiệp giảm thiểu “Mất cân bằng giới tính khi sinh” trên địa bàn tỉnh.',
        ],
        leadOrganisationId: org('syt-sl'),
        coordinatingOrganisationIds: [org('ccds-sl')],
        coordinatingNames: ['Ban Chỉ đạo công tác Dân số xã, phường'],
      }),
    ],
    funding: {
      text: 'Sử dụng nguồn kinh phí được giao theo Quyết định số 1018/QĐ-SYT ngày 30/12/2025 của Giám đốc Sở Y tế tỉnh Sơn La về việc phân bổ dự toán thu, chi ngân sách nhà nước năm 2026 cho các đơn vị trực thuộc Sở Y tế và các nguồn kinh phí hợp pháp khác (nếu có).',
      sources: [
        {
          key: 'nsnn',
          name: 'Dự toán ngân sách nhà nước năm 2026 giao cho các đơn vị trực thuộc Sở Y tế',
          legalBasis: 'Quyết định số 1018/QĐ-SYT ngày 30/12/2025 của Giám đốc Sở Y tế tỉnh Sơn La',
          amount: null,
        },
        { key: 'khac', name: 'Các nguồn kinh phí hợp pháp khác (nếu có)', legalBasis: null, amount: null },
      ],
      total: null,
    },
    responsibilities: [
      {
        heading:
          'Các cơ quan báo chí, truyền thông, các cơ quan, tổ chức đoàn thể ký kết hợp đồng trách nhiệm',
        organisationIds: [org('bptth-sl'), org('bnd-sl'), org('vov-tb')],
        tasks: [
          'Phối hợp với Sở Y tế thực hiện ký kết hợp đồng trách nhiệm, tổ chức triển khai có hiệu quả các hoạt động truyền thông can thiệp giảm thiểu mất cân bằng giới tính khi sinh.',
        ],
        children: [],
      },
      {
        heading: 'Đề nghị Ủy ban nhân dân các xã, phường',
        organisationIds: [],
        tasks: [
          'Phối hợp với Sở Y tế, Chi cục Dân số chỉ đạo, đôn đốc, kiểm tra, giám sát tình hình thực hiện Kế hoạch tại địa phương; hỗ trợ, bổ sung kinh phí thực hiện các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh.',
          'Chỉ đạo Trạm Y tế xây dựng kế hoạch triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh.',
          'Chỉ đạo Ban Chỉ đạo công tác Dân số thực hiện ký cam kết không lựa chọn giới tính khi sinh đối với các cơ sở y tế tư nhân.',
        ],
        children: [],
      },
      {
        heading: 'Các tổ chức, đơn vị trực thuộc Sở Y tế, Bệnh viện đa khoa Cuộc Sống',
        organisationIds: [],
        tasks: [],
        children: [
          {
            heading:
              'Các Tổ chức tham mưu tổng hợp và chuyên môn nghiệp vụ Sở Y tế (Phòng Kế hoạch-Tài chính, Phòng nghiệp vụ Y-Dược)',
            organisationIds: [org('khtc-sl'), org('nvyd-sl')],
            tasks: [
              'Hướng dẫn các đơn vị lập dự toán, quản lý, sử dụng và thanh quyết toán kinh phí triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh theo quy định hiện hành;',
              'Phối hợp với Chi cục Dân số tổ chức triển khai các hoạt động theo kế hoạch được Sở Y tế phê duyệt;',
              'Chỉ đạo, hướng dẫn, kiểm tra giám sát việc triển khai thực hiện các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh; theo dõi việc triển khai thực hiện các văn bản quy phạm pháp luật, quy định chuyên môn, quy chuẩn kỹ thuật đối với các cơ sở khám bệnh, chữa bệnh công lập và tư nhân có liên quan đến lựa chọn giới tính thai nhi trên địa bàn toàn tỉnh.',
            ],
            children: [],
          },
          {
            heading: 'Chi cục Dân số tỉnh',
            organisationIds: [org('ccds-sl')],
            tasks: [
              'Tổ chức triển khai, thực hiện các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh trên địa bàn toàn tỉnh theo kế hoạch;',
              'Phối hợp với cơ quan Báo và Phát thanh - Truyền hình tỉnh xây dựng các chuyên mục, tin, bài tuyên truyền về bình đẳng giới; phản ánh thực trạng, nguyên nhân, hậu quả và hệ lụy của mất cân bằng giới tính khi sinh.',
              'Phối hợp với Sở Giáo dục và Đào tạo chỉ đạo các trường Trung học phổ thông, trường chuyên nghiệp trên địa bàn tỉnh xây dựng kế hoạch tổ chức các hoạt động ngoại khóa, duy trì hoạt động Câu lạc bộ bạn gái tiêu biểu về nội dung sinh hoạt hàng tháng;',
              'Phối hợp với Ban Chỉ huy Bộ đội biên phòng tỉnh: Xây dựng kế hoạch tổ chức các hoạt động tuyên truyền về Bình đẳng giới, can thiệp giảm thiểu mất cân bằng giới tính khi sinh và các hoạt động khác của công tác dân số và phát triển để triển khai lồng ghép các hoạt động vào nhiệm vụ, hoạt động của cơ quan, đơn vị, tổ chức;',
              'Hướng dẫn các Trạm Y tế tổ chức các hoạt động như: nói chuyện chuyên đề, sinh hoạt nhóm, tư vấn trực tiếp về bình đẳng giới, mất cân bằng giới tính khi sinh;',
              'Chỉ đạo, hướng dẫn, đôn đốc, kiểm tra, giám sát, đánh giá kết quả thực hiện các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh năm 2026 theo kế hoạch; báo cáo kết quả thực hiện với Sở Y tế, Ủy ban nhân dân tỉnh theo quy định.',
            ],
            children: [],
          },
          {
            heading: 'Trung tâm Kiểm soát bệnh tật tỉnh',
            organisationIds: [org('cdc-sl')],
            tasks: [
              'Phối hợp với Chi cục Dân số xây dựng lồng ghép các nội dung và tổ chức các hoạt động truyền thông về can thiệp giảm thiểu mất cân bằng giới tính khi sinh trên địa bàn tỉnh.',
            ],
            children: [],
          },
          {
            heading: 'Trạm Y tế xã, phường',
            organisationIds: [],
            tasks: [
              'Ban hành kế hoạch tổ chức triển khai thực hiện, phối hợp với các ban, ngành liên quan tổ chức các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh (chiến dịch, mít tinh...);',
              'Tổ chức triển khai thực hiện các hoạt động và chỉ đạo, hướng dẫn cán bộ chuyên trách dân số xã, phường, cộng tác viên Dân số triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh;',
              'Tham mưu cho Ủy ban nhân dân xã, phường tăng cường công tác kiểm tra, thanh tra việc thực hiện các quy định của pháp luật về nghiêm cấm các hành vi lựa chọn giới tính thai nhi và loại bỏ thai nhi vì lý do giới tính đối với các cơ sở y tế tư nhân, công lập có liên quan đến lựa chọn giới tính thai nhi trên địa bàn quản lý;',
              'Chỉ đạo các khoa, phòng có liên quan, thực hiện nghiêm các quy định của pháp luật về nghiêm cấm các hành vi lựa chọn giới tính thai nhi và cung cấp giới tính của thai nhi vì mục đích lựa chọn giới tính thai nhi;',
            ],
            children: [],
          },
          {
            heading: 'Bệnh viện đa khoa tỉnh, Bệnh viện đa khoa các khu vực, Bệnh viện đa khoa Cuộc Sống',
            organisationIds: [org('bvdk-sl'), org('bvcs-sl')],
            tasks: [
              'Căn cứ chức năng, nhiệm vụ, chỉ đạo Khoa Sản (phụ sản), các khoa phòng liên quan thực hiện nghiêm các quy định của Pháp luật về nghiêm cấm các hành vi lựa chọn giới tính thai nhi và cung cấp giới tính của thai nhi vì mục đích lựa chọn giới tính thai nhi;',
              'Phối hợp với các đơn vị liên quan trên địa bàn triển khai các hoạt động can thiệp mất cân bằng giới tính khi sinh trên địa bàn.',
            ],
            children: [],
          },
        ],
      },
    ],
    reporting: {
      deadline: '2026-12-05',
      period: 'year',
      throughOrganisationId: org('ccds-sl'),
      throughName: 'Chi cục Dân số',
      toOrganisationId: org('syt-sl'),
      toName: 'Sở Y tế',
      text: 'Các đơn vị tổng hợp báo cáo kết quả thực hiện về Sở Y tế trước ngày 05/12/2026 (Qua Chi cục Dân số) theo quy định.',
    },
    closing:
      'Trên đây là Kế hoạch triển khai các hoạt động can thiệp giảm thiểu mất cân bằng giới tính khi sinh tại tỉnh Sơn La năm 2026. Sở Y tế tỉnh Sơn La trân trọng đề nghị các ngành liên quan, Ủy ban nhân dân các xã, phường, quận, thị trấn, phối hợp chỉ đạo, tổ chức thực hiện; các đơn vị trực thuộc Sở căn cứ kế hoạch này triển khai thực hiện.',
    recipients: [
      { name: 'Cục Dân số' },
      { name: 'Các ngành, đơn vị phối hợp TT (theo DS)' },
      { name: 'Lãnh đạo Sở Y tế' },
      { name: 'Các tổ chức TMTH&CMNV' },
      { name: 'UBND các xã, phường' },
      { name: 'Chi cục Dân số', organisationId: org('ccds-sl') },
      { name: 'Trung tâm KSBT tỉnh', organisationId: org('cdc-sl') },
      { name: 'BVĐK tỉnh, BVĐK các khu vực' },
      { name: 'BVĐK Cuộc Sống', organisationId: org('bvcs-sl') },
      { name: '75 Trạm Y tế' },
    ],
    archive: 'Lưu: VT, CCDS, Phương.',
    signature: {
      authority: 'KT.',
      authorityOf: 'GIÁM ĐỐC',
      positionLines: ['PHÓ GIÁM ĐỐC'],
      signerName: 'Nguyễn Hữu Hùng',
    },
    annexes: [
      {
        title: 'DANH SÁCH',
        subtitle: 'Các ngành, đơn vị phối hợp triển khai hoạt động truyền thông (Nhận văn bản)',
        landscape: false,
        kind: 'list',
        items: [
          'Báo và Phát thanh - Truyền hình tỉnh;',
          'Cơ quan thường trú Báo nhân dân;',
          'Cơ quan thường trú Đài tiếng nói Việt Nam khu vực Tây Bắc;',
          'Ban Chỉ huy Bộ đội Biên phòng tỉnh Sơn La.',
        ],
      },
    ],
  };
}
