import { describe, expect, it } from 'vitest';
import { birthsTestApp } from '../helpers/births.ts';

// Imports say what is wrong with a file (issue 17, item 8): the separator (`,` `;` tab) and the
// encoding (UTF-8 with or without BOM, UTF-16 LE/BE) are recognised and read; Windows-1258 and
// TCVN3 are recognised by name and refused with how to fix it. Fixtures are made here, byte by byte.

const app = birthsTestApp();
const upload = app.upload;
const rows = (sep: string, year: number) =>
  [
    ['commune_code', 'year', 'month', 'birth_order', 'boys', 'girls'],
    ['03646', year, 1, 1, 7, 6],
  ]
    .map((r) => r.join(sep))
    .join('\r\n');

describe('file encodings and separators', () => {
  it('reads semicolons, tabs, UTF-16 LE and BE with their BOM, and UTF-8 with a BOM', async () => {
    const files: [string, Buffer][] = [
      ['cham-phay.csv', Buffer.from(rows(';', 2015))],
      ['tab.txt', Buffer.from(rows('\t', 2016))],
      [
        'unicode-le.txt',
        Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(rows('\t', 2017), 'utf16le')]),
      ],
      [
        'unicode-be.txt',
        Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(rows('\t', 2018), 'utf16le').swap16()]),
      ],
      ['bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(rows(',', 2019))])],
    ];
    for (const [name, content] of files) {
      const res = await upload('chicuc', name, content);
      expect(res.statusCode, `${name}: ${res.body}`).toBe(201);
      expect(res.json()).toMatchObject({ kind: 'counts', births: 13 });
    }
  });

  it('names Windows-1258 and TCVN3 and says how to save the file as UTF-8', async () => {
    const records = (village: number[]) =>
      Buffer.concat([
        Buffer.from('commune_code,date_of_birth,sex,village\n03646,01/02/2024,Nam,'),
        Buffer.from(village),
        Buffer.from('\n'),
      ]);
    // "Phương" in each code page: ư ơ are 0xFD 0xF5 in Windows-1258, 0xAD 0xAC in TCVN3.
    const cp1258 = await upload('chicuc', 'cp1258.csv', records([0x50, 0x68, 0xfd, 0xf5, 0x6e, 0x67]));
    expect(cp1258.statusCode).toBe(400);
    expect(cp1258.json().message).toContain('có vẻ dùng bảng mã Windows-1258');
    expect(cp1258.json().message).toContain('lưu lại dưới dạng UTF-8 (CSV UTF-8)');
    const tcvn3 = await upload('chicuc', 'tcvn3.csv', records([0x50, 0x68, 0xad, 0xac, 0x6e, 0x67]));
    expect(tcvn3.statusCode).toBe(400);
    expect(tcvn3.json().message).toContain('có vẻ dùng bảng mã TCVN3 (ABC)');
  });
});
