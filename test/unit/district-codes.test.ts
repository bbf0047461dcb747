import fs from 'node:fs';
import path from 'node:path';
import { districtCodeFile } from '@ugf/tools/dist/seeds/district-codes-cli';

const committed = JSON.parse(fs.readFileSync(path.join(__dirname, '../../seeds/districts.json'), 'utf8')) as ReturnType<typeof districtCodeFile>;
const cities = (JSON.parse(fs.readFileSync(path.join(__dirname, '../../seeds/cities.json'), 'utf8')) as { id: string }[]).map((city) => city.id);

describe('the DISTRICT code list (seeds/districts.json)', () => {
  it('is what the generator makes from the installed package (run shared/tools/dist/seeds/district-codes-cli.js after an upgrade)', () => {
    expect(committed).toEqual(districtCodeFile());
  });

  it('gives every one of the 13 cities its county-level divisions, six-digit GB/T 2260 codes, each once', () => {
    const codes = committed.codes as { code: string; cityId: string }[];
    expect([...new Set(codes.map((entry) => entry.cityId))].sort()).toEqual([...cities].sort());
    expect(codes.every((entry) => /^\d{6}$/.test(entry.code))).toBe(true);
    expect(new Set(codes.map((entry) => entry.code)).size).toBe(codes.length);
    expect(codes.filter((entry) => entry.cityId === 'xiongan').map((entry) => entry.code)).toEqual(['130629', '130632', '130638']);
    expect(codes.filter((entry) => entry.cityId === 'beijing').every((entry) => entry.code.startsWith('11'))).toBe(true);
  });
});
