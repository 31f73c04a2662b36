// The kinds of activity, participant groups and media channels with their Vietnamese names: plain
// constants, apart from the zod schemas (activity-records.ts) so that a page needing only these does
// not bring zod to a phone.

export const ACTIVITY_KINDS = [
  'media',
  'conference',
  'school_session',
  'iec_material',
  'club',
  'commitment_conference',
  'training',
  'counselling',
  'special_day',
  'supervision',
  'integration',
  'survey',
  'other',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const ACTIVITY_KIND_LABELS: Record<ActivityKind, string> = {
  media: 'Truyền thông đại chúng (phóng sự, tin bài, loa truyền thanh)',
  conference: 'Hội nghị, hội thảo, nói chuyện chuyên đề',
  school_session: 'Sinh hoạt ngoại khóa, hội thi trong trường học',
  iec_material: 'Sản phẩm truyền thông (tờ rơi, pa nô, sách mỏng…)',
  club: 'Câu lạc bộ “Bạn gái tiêu biểu”',
  commitment_conference: 'Hội nghị ký cam kết',
  training: 'Tập huấn',
  counselling: 'Tư vấn, thăm hộ gia đình của cộng tác viên',
  special_day: 'Sự kiện ngày kỷ niệm (11/10, 1/10)',
  supervision: 'Kiểm tra, giám sát',
  integration: 'Lồng ghép vào hoạt động của cơ quan, tổ chức',
  survey: 'Khảo sát, điều tra, theo dõi số liệu',
  other: 'Hoạt động khác',
};

export const PARTICIPANT_GROUPS = [
  'couples',
  'adolescents',
  'clanHeads',
  'healthWorkers',
  'officials',
] as const;
export type ParticipantGroup = (typeof PARTICIPANT_GROUPS)[number];
export const PARTICIPANT_GROUP_LABELS: Record<ParticipantGroup, string> = {
  couples: 'Cặp vợ chồng trong độ tuổi sinh đẻ',
  adolescents: 'Vị thành niên, thanh niên',
  clanHeads: 'Người đứng đầu dòng họ, già làng, trưởng bản',
  healthWorkers: 'Cán bộ y tế',
  officials: 'Cán bộ, công chức',
};

export const MEDIA_CHANNELS = ['tv', 'radio', 'press', 'loudspeaker', 'online'] as const;
export const MEDIA_CHANNEL_LABELS: Record<(typeof MEDIA_CHANNELS)[number], string> = {
  tv: 'Truyền hình',
  radio: 'Phát thanh',
  press: 'Báo in',
  loudspeaker: 'Loa truyền thanh xã, bản',
  online: 'Báo điện tử, mạng xã hội',
};
