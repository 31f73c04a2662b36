import { describe, expect, it } from 'vitest';
import { birthsTestApp } from '../helpers/births.ts';

// Births counted once (issue 17, item 3): an import's identity is its parsed content, identical
// rows inside a count file are refused by line, a commune-month counts from one source only
// (monthly form or file), and simultaneous imports of the same months serialise.

const app = birthsTestApp();
const upload = app.upload;
const births = async (code: string, year: number) =>
  (
    (await (await app.t.as('chicuc')).get(`/api/srb/estimates?window=1&year=${year}`)).json().areas as {
      area_code: string;
      boys: number;
      girls: number;
    }[]
  ).find((a) => a.area_code === code);

describe('births counted once', () => {
  it('knows a file by its rows: CRLF, a BOM, blank lines, header spaces and row order are the same import', async () => {
    const lines = [
      'commune_code,year,month,birth_order,boys,girls',
      '03646,2022,1,1,6,4',
      '03646,2022,1,2,5,5',
    ];
    const first = await upload('chicuc', 'thang1.csv', `${lines.join('\n')}\n`);
    expect(first.statusCode, first.body).toBe(201);
    const variants: [string, string][] = [
      ['crlf.csv', `${lines.join('\r\n')}\r\n`],
      ['bom.csv', `\uFEFF${lines.join('\n')}`],
      ['trong.csv', `${lines.join('\n')}\n\n\n`],
      [
        'tieu-de.csv',
        [' commune_code , year , month , birth_order , boys , girls ', ...lines.slice(1)].join('\n'),
      ],
      ['dao.csv', [lines[0], lines[2], lines[1]].join('\n')],
    ];
    for (const [name, content] of variants) {
      const again = await upload('chicuc', name, content);
      expect(again.statusCode, name).toBe(409);
      expect(again.json().message).toContain('cùng số liệu với tệp "thang1.csv"');
    }
    expect(await births('03646', 2022)).toMatchObject({ boys: 11, girls: 9 });
  });

  it('refuses identical rows inside a count file, naming their lines; flags identical records', async () => {
    const dup = await upload(
      'chicuc',
      'trung.csv',
      'commune_code,year,month,birth_order,boys,girls\n03679,2022,3,1,10,10\n03679,2022,4,1,8,9\n03679,2022,3,1,10,10\n',
    );
    expect(dup.statusCode).toBe(400);
    expect(dup.json().message).toContain('Dòng 4: trùng xã, năm, tháng và lần sinh với dòng 2');
    expect(await births('03679', 2022)).toBeUndefined();

    const twins = await upload(
      'chicuc',
      'tre.csv',
      'commune_code,date_of_birth,sex\n03679,05/06/2022,Nam\n03679,05/06/2022,Nam\n03679,07/06/2022,Nữ\n',
    );
    expect(twins.statusCode, twins.body).toBe(201);
    expect(twins.json().births).toBe(3);
    expect(twins.json().warnings).toEqual([expect.stringContaining('Dòng 2, 3 giống hệt nhau')]);
  });

  it('counts a commune-month from one source: a monthly form and a file of the same month never both', async () => {
    const tyt = await app.t.as('tyt-03646');
    const form = {
      unitCode: '03646',
      year: 2023,
      month: 5,
      baseBatchId: null,
      counts: [
        { birthOrder: '1', boys: 4, girls: 3 },
        { birthOrder: '2', boys: 2, girls: 2 },
        { birthOrder: '3+', boys: 1, girls: 0 },
      ],
    };
    const saved = await tyt.put('/api/births/monthly', form);
    expect(saved.statusCode, saved.body).toBe(200);
    const file = await upload(
      'chicuc',
      'thang5.csv',
      'commune_code,year,month,birth_order,boys,girls\n03646,2023,5,1,30,30\n',
    );
    expect(file.statusCode).toBe(409);
    expect(file.json().message).toMatch(
      /Phường Tô Hiệu, tháng 05\/2023 đã có số liệu sinh từ biểu sinh hằng tháng do tyt-03646/,
    );
    // A whole-year count overlaps every month of its year.
    const year = await upload('chicuc', 'nam2023.csv', 'commune_code,year,boys,girls\n03646,2023,300,260\n');
    expect(year.statusCode).toBe(409);

    const imported = await upload(
      'chicuc',
      'thang6.csv',
      'commune_code,year,month,birth_order,boys,girls\n03646,2023,6,1,30,30\n',
    );
    expect(imported.statusCode, imported.body).toBe(201);
    const formOfImported = await tyt.put('/api/births/monthly', { ...form, month: 6 });
    expect(formOfImported.statusCode).toBe(409);
    expect(formOfImported.json().message).toContain('đã có số liệu sinh từ tệp "thang6.csv"');
    expect(await births('03646', 2023)).toMatchObject({ boys: 37, girls: 35 });
  });

  it('accepts one of two near-identical files sent at the same instant', async () => {
    const a = 'commune_code,year,month,birth_order,boys,girls\n03664,2021,7,1,20,18\n';
    const b = 'commune_code,year,month,birth_order,boys,girls\n03664,2021,7,1,20,19\n';
    const answers = await Promise.all([upload('chicuc', 'a.csv', a), upload('chicuc', 'b.csv', b)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([201, 409]);
    const total = await births('03664', 2021);
    expect([38, 39]).toContain(total!.boys + total!.girls);
  });
});
