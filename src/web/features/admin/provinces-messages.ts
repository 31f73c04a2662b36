import i18n from '../../i18n/index.ts';

// The page "Thêm tỉnh", Vietnamese first; added to the app's resources when the page loads.
const vi = {
  title: 'Thêm tỉnh',
  intro:
    'Bật một tỉnh, thành phố: nạp các xã, phường từ 01/07/2025, các huyện, xã cũ và liên kết sáp nhập (để số liệu trước 2025 cộng dồn đúng), ranh giới để vẽ bản đồ, và các cơ quan chuẩn (UBND tỉnh, Sở Y tế, Chi cục Dân số, CDC, Bệnh viện Đa khoa tỉnh, UBND và Trạm Y tế mỗi xã, phường), sửa được sau. Chạy lại không thay đổi gì.',
  code: 'Mã',
  name: 'Tỉnh, thành phố',
  formerProvinces: 'Gồm các tỉnh cũ',
  communes: 'Xã, phường trong cơ sở dữ liệu',
  stations: 'Trạm Y tế',
  state: 'Trạng thái',
  enabled: 'Đã bật',
  notEnabled: 'Chưa bật',
  add: 'Thêm',
  addAgain: 'Chạy lại',
  map: 'Bản đồ',
  mapTitle: 'Ranh giới xã, phường — {{name}}',
  confirm: 'Thêm {{name}}?',
  confirmBody: 'Nạp {{count}} xã, phường cùng các đơn vị cũ và tạo các cơ quan chuẩn, trong một giao dịch.',
  phase: {
    units: 'Đang nạp xã, phường và các đơn vị cũ…',
    organisations: 'Đang tạo các cơ quan chuẩn…',
    done: 'Xong',
  },
  done: 'Đã bật {{name}}: thêm {{units}} đơn vị hành chính, {{successors}} liên kết sáp nhập, {{organisations}} cơ quan.',
  unchanged: '{{name}} đã được bật trước đó: không thay đổi gì.',
  failed: 'Không thêm được {{name}}: {{error}}',
};

const en: typeof vi = {
  title: 'Add a province',
  intro:
    'Enable a province or city: its communes and wards from 01/07/2025, its former districts and communes with the merge links (so pre-2025 data roll up correctly), its boundaries for the map, and its standard organisations (provincial People’s Committee, Health Department, Population Office, CDC, provincial hospital, and each commune’s People’s Committee and health station), editable afterwards. Running it again changes nothing.',
  code: 'Code',
  name: 'Province or city',
  formerProvinces: 'Made of the former provinces',
  communes: 'Communes and wards in the database',
  stations: 'Health stations',
  state: 'State',
  enabled: 'Enabled',
  notEnabled: 'Not enabled',
  add: 'Add',
  addAgain: 'Run again',
  map: 'Map',
  mapTitle: 'Commune boundaries — {{name}}',
  confirm: 'Add {{name}}?',
  confirmBody:
    'Loads {{count}} communes and wards with the former units and creates the standard organisations, in one transaction.',
  phase: {
    units: 'Loading communes, wards and former units…',
    organisations: 'Creating the standard organisations…',
    done: 'Done',
  },
  done: 'Enabled {{name}}: added {{units}} administrative units, {{successors}} merge links, {{organisations}} organisations.',
  unchanged: '{{name}} was already enabled: nothing changed.',
  failed: 'Could not add {{name}}: {{error}}',
};

i18n.addResourceBundle('vi', 'translation', { provinces: vi }, true, true);
i18n.addResourceBundle('en', 'translation', { provinces: en }, true, true);
