import { createHash } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  idempotencyKeyOf,
  planBatches,
  parseImportArgs,
  UsageError,
  type ObservationInput,
  type SubmitObservationsInput,
  type SubmitObservationsResult,
  createGatewayTransport,
  interpretResponse,
  type SubmitOutcome,
  type SubmitTransport,
  CsvFileError,
  readCsv,
  type CsvRow,
  formatStop,
  formatSummary,
  exitCodeOf,
  runImport,
} from '@ugf/import-client';

const HEADER = 'city_id,indicator_code,period,value,source,note';

function csv(...lines: string[]): string {
  return `${lines.join('\r\n')}\r\n`;
}

function row(cityId: string, value: number | string, extra: { period?: string; source?: string; note?: string } = {}): string {
  return [cityId, 'HOTLINE_RESOLUTION_RATE', extra.period ?? '2024', String(value), extra.source ?? 'City report (example)', extra.note ?? ''].join(',');
}

/** Reasons of the rejected rows, keyed by line. */
function rejectedByLine(text: string | Buffer): Record<number, string> {
  return Object.fromEntries(readCsv(text).rejected.map((rejected) => [rejected.line, rejected.reason]));
}

function applied(input: SubmitObservationsInput, replayed = false, flags: Record<number, string> = {}): SubmitOutcome {
  const result: SubmitObservationsResult = {
    idempotencyKey: input.idempotencyKey,
    replayed,
    created: input.items.length,
    corrected: 0,
    unchanged: 0,
    flagged: Object.keys(flags).length,
    items: input.items.map((_, index) => ({ index, outcome: 'CREATED', flagReason: flags[index] ?? null })),
  };
  return { kind: 'applied', result };
}

/** A transport that records what it is sent and answers with `answer`. */
function fakeTransport(answer: (input: SubmitObservationsInput, call: number) => SubmitOutcome) {
  const calls: SubmitObservationsInput[] = [];
  const transport: SubmitTransport = async (input) => {
    calls.push(input);
    return answer(input, calls.length);
  };
  return { transport, calls };
}

/** Like the server of the contract: applies a key once, and replays it afterwards without writing. */
function idempotentServer() {
  const appliedKeys = new Set<string>();
  const written: ObservationInput[] = [];
  return {
    written,
    answer(input: SubmitObservationsInput): SubmitOutcome {
      if (appliedKeys.has(input.idempotencyKey)) return applied(input, true);
      appliedKeys.add(input.idempotencyKey);
      written.push(...input.items);
      return applied(input);
    },
  };
}

const noWait = { delaysMs: [500, 1000, 2000], sleep: async () => undefined };
const networkDown: SubmitOutcome = { kind: 'failed', code: 'NETWORK', message: 'cannot reach http://localhost:4000/: ECONNREFUSED', retryable: true };

describe('reading the CSV of observations', () => {
  it('reads a UTF-8 file with a BOM, CRLF line ends, quoted fields and Chinese text', () => {
    const text = `\uFEFF${csv(HEADER, 'shenzhen,HOTLINE_RESOLUTION_RATE,2025,96.5,"深圳市12345热线年报, 2025","含""引号""的备注"', 'chengdu,PM25_ANNUAL_MEAN,2025-Q3,31.2,成都市生态环境局,')}`;
    const { rows, rejected, rowsRead } = readCsv(Buffer.from(text, 'utf8'));
    expect(rejected).toEqual([]);
    expect(rowsRead).toBe(2);
    expect(rows.map((parsed) => parsed.input)).toEqual([
      { cityId: 'shenzhen', indicatorCode: 'HOTLINE_RESOLUTION_RATE', period: '2025', value: 96.5, source: '深圳市12345热线年报, 2025', note: '含"引号"的备注' },
      { cityId: 'chengdu', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2025-Q3', value: 31.2, source: '成都市生态环境局', note: null },
    ]);
  });

  it('numbers each row by the physical line it starts on, counting blank lines and line breaks inside quoted fields', () => {
    const text = csv(
      HEADER, // line 1
      row('beijing', 'bad'), // line 2
      '', // line 3
      'shanghai,HOTLINE_RESOLUTION_RATE,2024,91,"第一行', // line 4, continues on 5 and 6
      '第二行',
      '第三行",',
      row('tianjin', 'bad'), // line 7
      'jinan,HOTLINE_RESOLUTION_RATE,2024,88,"a\nb",', // line 8, a bare LF inside the field
      row('haikou', 'bad'), // line 10
    );
    const { rows, rejected } = readCsv(text);
    expect(rejected.map((rejected) => rejected.line)).toEqual([2, 7, 10]);
    expect(rows.map((parsed) => [parsed.input.cityId, parsed.line])).toEqual([
      ['shanghai', 4],
      ['jinan', 8],
    ]);
    expect(rows[0].input.source).toBe('第一行\r\n第二行\r\n第三行');
  });

  it('counts lines the same way in a file with LF line ends', () => {
    const text = [HEADER, '"x', 'y",HOTLINE_RESOLUTION_RATE,2024,1,s,', row('hohhot', 'bad')].join('\n');
    expect(readCsv(text).rejected.map((rejected) => rejected.line)).toEqual([4]);
  });

  it('accepts the columns in any order and a header without the note column', () => {
    const { rows, rejected } = readCsv(csv('value,source,period,indicator_code,city_id', '7.5,Report (example),2024,HOMICIDES_PER_100K,haikou'));
    expect(rejected).toEqual([]);
    expect(rows[0].input).toEqual({ cityId: 'haikou', indicatorCode: 'HOMICIDES_PER_100K', period: '2024', value: 7.5, source: 'Report (example)', note: null });
  });

  it('ignores blank lines and rows whose cells are all empty, and does not count them as read', () => {
    const { rowsRead, rows, rejected } = readCsv(csv(HEADER, row('beijing', 1), ',,,,,', '', '  ,  ,,,,', row('shanghai', 2)));
    expect(rowsRead).toBe(2);
    expect(rows).toHaveLength(2);
    expect(rejected).toEqual([]);
  });

  it.each([
    ['an unknown column', `${HEADER},comment`, /unknown column "comment"/],
    ['a missing required column', 'city_id,indicator_code,period,value,note', /missing column "source"/],
    ['a duplicated column', `${HEADER},value`, /column "value" appears twice/],
    ['a column without a name', `${HEADER},`, /column 7 has no name/],
    ['a column name in another case', 'City_ID,indicator_code,period,value,source,note', /unknown column "City_ID".*missing column "city_id"/],
  ])('refuses the whole file when the header has %s', (_, header, message) => {
    expect(() => readCsv(csv(header, row('beijing', 1)))).toThrow(CsvFileError);
    expect(() => readCsv(csv(header, row('beijing', 1)))).toThrow(message);
  });

  it('refuses an empty file, naming the expected header', () => {
    expect(() => readCsv('')).toThrow(/empty.*city_id,indicator_code,period,value,source,note/);
    expect(() => readCsv('\uFEFF\r\n')).toThrow(CsvFileError);
  });

  it('refuses a file that is not UTF-8, such as a GBK export', () => {
    const gbk = Buffer.concat([Buffer.from(`${HEADER}\r\nshenzhen,HOTLINE_RESOLUTION_RATE,2024,90,`), Buffer.from([0xc9, 0xee, 0xdb, 0xda]), Buffer.from(',\r\n')]);
    expect(() => readCsv(gbk)).toThrow(/not UTF-8/);
  });

  it('refuses a file with broken quoting, naming the line where the broken row starts', () => {
    expect(() => readCsv(csv(HEADER, row('beijing', 1), 'shanghai,X,2024,1,"never closed,', row('tianjin', 2)))).toThrow(/line 3: a quoted field is never closed/);
  });

  it('rejects a row with more or fewer fields than the header', () => {
    expect(rejectedByLine(csv(HEADER, `${row('beijing', 1)},extra`, 'shanghai,X,2024,1,source'))).toEqual({
      2: 'has 7 fields, the header has 6',
      3: 'has 5 fields, the header has 6',
    });
  });

  it.each(['city_id', 'indicator_code', 'period', 'value', 'source'])('rejects a row whose %s is empty', (column) => {
    const cells: Record<string, string> = { city_id: 'beijing', indicator_code: 'X', period: '2024', value: '1', source: 's', note: '' };
    cells[column] = '  ';
    const reason = rejectedByLine(csv(HEADER, Object.values(cells).join(',')))[2];
    expect(reason).toBe(`${column}: is empty`);
  });

  it('sends an expected_revision as expectedRevision, leaves it out when the cell is empty, and rejects one that is not a revision', () => {
    const parsed = readCsv(csv(`${HEADER},expected_revision`, `${row('beijing', 91)},3`, `${row('shanghai', 92)},`, `${row('tianjin', 93)},0`, `${row('chongqing', 94)},2.5`));
    expect(parsed.rows.map((parsedRow) => parsedRow.input.expectedRevision)).toEqual([3, undefined]);
    expect(parsed.rejected.map((rejected) => rejected.line)).toEqual([4, 5]);
    expect(parsed.rejected[0].reason).toMatch(/^expected_revision: /);
  });

  it('sends the citation columns as the citation, with REPORTED when no derivation is given, and leaves it out of a row without them', () => {
    const header = `${HEADER},source_publisher,source_title,source_url,source_published_on,source_quote,source_unit,derivation,derivation_inputs`;
    const cited = `${row('beijing', 74.2)},北京市生态环境局,"公报, 2023",https://example.org/a,2024-05-28,优良天数为271天,天,DAYS_SHARE,271`;
    const reported = `${row('shanghai', 87.7)},上海市人民政府,政府工作报告,https://example.org/b,2024-01,优良率达到87.7%,,,`;
    const plain = `${row('tianjin', 66.9)},,,,,,,,`;
    const { rows, rejected } = readCsv(csv(header, cited, reported, plain));
    expect(rejected).toEqual([]);
    expect(rows.map((parsed) => parsed.input.citation)).toEqual([
      {
        publisher: '北京市生态环境局',
        title: '公报, 2023',
        url: 'https://example.org/a',
        publishedOn: '2024-05-28',
        quote: '优良天数为271天',
        sourceUnit: '天',
        derivation: 'DAYS_SHARE',
        derivationInputs: [271],
      },
      {
        publisher: '上海市人民政府',
        title: '政府工作报告',
        url: 'https://example.org/b',
        publishedOn: '2024-01',
        quote: '优良率达到87.7%',
        sourceUnit: null,
        derivation: 'REPORTED',
        derivationInputs: [],
      },
      undefined,
    ]);
  });

  it('rejects a citation without its quote, with an unknown derivation or with an input that is not a number', () => {
    const header = `${HEADER},source_publisher,source_title,source_url,source_published_on,source_quote,derivation,derivation_inputs`;
    const reasons = rejectedByLine(
      csv(
        header,
        `${row('beijing', 32)},北京市生态环境局,公报,https://example.org,2024,,,`,
        `${row('shanghai', 28)},P,T,https://example.org,2024,Q 28,GUESSED,`,
        `${row('tianjin', 41)},P,T,https://example.org,2024,Q 41,RATIO,1;x`,
      ),
    );
    expect(reasons[2]).toContain('source_quote: is empty');
    expect(reasons[3]).toContain('derivation: "GUESSED" is not one of REPORTED, DAYS_SHARE, RATIO');
    expect(reasons[4]).toContain('derivation_inputs: "x" is not a finite number');
  });

  it('gives a row without expected_revision the key it had before that column existed, and one with it another key', () => {
    const plain = readCsv(csv(HEADER, row('beijing', 91))).rows.map((parsedRow) => parsedRow.input);
    const before = plain.map(({ cityId, indicatorCode, period, value, source, note }) => ({ cityId, indicatorCode, period, value, source, note }));
    expect(idempotencyKeyOf(plain)).toBe(`import-${createHash('sha256').update(JSON.stringify(before)).digest('hex').slice(0, 32)}`);
    expect(idempotencyKeyOf([{ ...plain[0], expectedRevision: 1 }])).not.toBe(idempotencyKeyOf(plain));
  });

  it('accepts an empty note and sends it as null', () => {
    const { rows } = readCsv(csv(HEADER, row('beijing', 1, { note: '' })));
    expect(rows[0].input.note).toBeNull();
  });

  it.each(['2024', '1999', '2024-Q1', '2024-Q4'])('accepts the period %p', (period) => {
    expect(readCsv(csv(HEADER, row('beijing', 1, { period }))).rows[0].input.period).toBe(period);
  });

  it.each(['24', '20245', '2024-Q5', '2024-Q0', '2024Q3', '2024-q3', '2024-03', '2024年'])('rejects the period %p', (period) => {
    expect(rejectedByLine(csv(HEADER, row('beijing', 1, { period })))[2]).toMatch(/^period: .* is neither a year \(2024\) nor a quarter \(2024-Q3\)$/);
  });

  it.each([
    ['12.5', 12.5],
    ['-3', -3],
    ['0', 0],
    ['1e3', 1000],
    ['.5', 0.5],
    [' 42 ', 42],
  ])('accepts the value %p as %p', (text, value) => {
    expect(readCsv(csv(HEADER, row('beijing', text))).rows[0].input.value).toBe(value);
  });

  it.each(['abc', '1e999', '-1e999', '12,5', '0x10', 'Infinity', 'NaN', '1_000', '12.5%'])('rejects the value %p as not a finite number', (text) => {
    const line = [...row('beijing', 0).split(',').slice(0, 3), `"${text}"`, 's', ''].join(',');
    expect(rejectedByLine(csv(HEADER, line))[2]).toMatch(/^value: .* is not a finite number$/);
  });

  it('rejects an empty value as empty, not as a number', () => {
    expect(rejectedByLine(csv(HEADER, row('beijing', '')))[2]).toBe('value: is empty');
  });

  it('accepts a source of 500 characters, Chinese ones counted as one each, and rejects 501', () => {
    const accepted = readCsv(csv(HEADER, row('beijing', 1, { source: 'a'.repeat(500) }), row('shanghai', 1, { source: '报'.repeat(500) })));
    expect(accepted.rejected).toEqual([]);
    expect(rejectedByLine(csv(HEADER, row('beijing', 1, { source: '报'.repeat(501) })))[2]).toBe('source: 501 characters, at most 500 allowed');
  });

  it('counts an emoji as two characters in a length limit, as the server does', () => {
    expect(rejectedByLine(csv(HEADER, row('beijing', 1, { source: `${'a'.repeat(498)}😀` })))).toEqual({});
    expect(rejectedByLine(csv(HEADER, row('beijing', 1, { source: `${'a'.repeat(499)}😀` })))[2]).toBe('source: 501 characters, at most 500 allowed');
  });

  it('accepts a note of 2000 characters and rejects 2001', () => {
    expect(readCsv(csv(HEADER, row('beijing', 1, { note: '注'.repeat(2000) }))).rejected).toEqual([]);
    expect(rejectedByLine(csv(HEADER, row('beijing', 1, { note: 'n'.repeat(2001) })))[2]).toBe('note: 2001 characters, at most 2000 allowed');
  });

  it('rejects a later row for the same city, indicator and period, naming the line of the first', () => {
    const text = csv(HEADER, row('beijing', 1), row('beijing', 2, { period: '2023' }), row('shanghai', 3), row('beijing', 4));
    const { rows, rejected } = readCsv(text);
    expect(rejected).toEqual([{ line: 5, reason: 'same city_id, indicator_code, period and breakdown as line 2' }]);
    expect(rows.map((parsed) => parsed.line)).toEqual([2, 3, 4]);
  });

  it('reads the breakdown columns into a breakdown, leaves totals without one, and checks the code shape', () => {
    const header = 'city_id,indicator_code,period,value,source,sex,district';
    const { rows, rejected } = readCsv(
      csv(
        header,
        'shenzhen,HOTLINE_SATISFACTION_RATE,2025,91.5,Survey,F,440305',
        'shenzhen,HOTLINE_SATISFACTION_RATE,2025,88,Survey,F,',
        'shenzhen,HOTLINE_SATISFACTION_RATE,2025,87,Survey,,',
        'shenzhen,HOTLINE_SATISFACTION_RATE,2025,1,Survey,f-m,44 03',
      ),
    );
    expect(rows.map((parsed) => parsed.input.breakdown)).toEqual([
      [
        { dimension: 'SEX', code: 'F' },
        { dimension: 'DISTRICT', code: '440305' },
      ],
      [{ dimension: 'SEX', code: 'F' }],
      undefined,
    ]);
    expect(rejected).toEqual([
      {
        line: 5,
        reason: 'sex: "f-m" is not a SEX code (letters, digits and _; leave it empty for the total); district: "44 03" is not a DISTRICT code (letters, digits and _; leave it empty for the total)',
      },
    ]);
  });

  it('rejects a later row for the same breakdown but not one for another breakdown', () => {
    const header = 'city_id,indicator_code,period,value,source,sex';
    const { rows, rejected } = readCsv(csv(header, 'beijing,X,2024,1,s,F', 'beijing,X,2024,2,s,M', 'beijing,X,2024,3,s,F'));
    expect(rows.map((parsed) => parsed.line)).toEqual([2, 3]);
    expect(rejected).toEqual([{ line: 4, reason: 'same city_id, indicator_code, period and breakdown as line 2' }]);
  });

  it('reports every problem of a row, not only the first', () => {
    const reason = rejectedByLine(csv(HEADER, ',X,2024-Q9,abc,s,'))[2];
    expect(reason.split('; ')).toEqual(['city_id: is empty', 'period: "2024-Q9" is neither a year (2024) nor a quarter (2024-Q3)', 'value: "abc" is not a finite number']);
  });

  it("reads the attribute columns into the item's attributes, and leaves them out when a row states none", () => {
    const header = 'city_id,indicator_code,period,value,source,nature,lower_bound,upper_bound,unit_multiplier,series_break,series_break_reason,footnotes';
    const { rows, rejected } = readCsv(
      csv(header, 'chengdu,PM25_ANNUAL_MEAN,2025,31.2,Bulletin,E,29.4,33,,true,new monitoring network, Provisional | Excludes two stations ', 'haikou,PM25_ANNUAL_MEAN,2025,12.5,Bulletin,,,,-3,,,'),
    );
    expect(rejected).toEqual([]);
    expect(rows.map((parsed) => parsed.input.attributes)).toEqual([
      { nature: 'E', lowerBound: 29.4, upperBound: 33, seriesBreak: true, seriesBreakReason: 'new monitoring network', footnotes: ['Provisional', 'Excludes two stations'] },
      { unitMultiplier: -3 },
    ]);
    const plain = readCsv(csv(header, 'haikou,PM25_ANNUAL_MEAN,2025,12.5,Bulletin,,,,,,,')).rows[0].input;
    expect(plain).not.toHaveProperty('attributes');
  });

  it('names each malformed attribute cell of a row', () => {
    const header = 'city_id,indicator_code,period,value,source,nature,lower_bound,upper_bound,unit_multiplier,series_break';
    const reason = rejectedByLine(csv(header, 'chengdu,PM25_ANNUAL_MEAN,2025,31.2,Bulletin,X,low,1e999,1.5,yes'))[2];
    expect(reason.split('; ')).toEqual([
      'nature: "X" is not a nature code (C, CA, E, M, G, N)',
      'lower_bound: "low" is not a finite number',
      'upper_bound: "1e999" is not a finite number',
      'unit_multiplier: "1.5" is not a whole power of ten (-15 to 15)',
      'series_break: "yes" is neither true nor false',
    ]);
  });

  it('reads the template shipped in seeds/templates without rejecting a row', () => {
    const template = path.join(__dirname, '../../seeds/templates/observations.csv');
    const { rows, rejected } = readCsv(fs.readFileSync(template));
    expect(rejected).toEqual([]);
    expect(rows.length).toBeGreaterThanOrEqual(3);
  });
});

describe('batches and idempotency keys', () => {
  const rows: CsvRow[] = readCsv(csv(HEADER, ...Array.from({ length: 7 }, (_, i) => row(`city${i}`, i)))).rows;

  it('splits the rows into consecutive batches of at most the batch size, in file order', () => {
    const batches = planBatches(rows, 3);
    expect(batches.map((batch) => batch.rows.map((parsed) => parsed.line))).toEqual([[2, 3, 4], [5, 6, 7], [8]]);
  });

  it('gives the same key to the same content, however the rows were read', () => {
    const again = readCsv(csv(HEADER, ...Array.from({ length: 7 }, (_, i) => row(`city${i}`, i)))).rows;
    expect(planBatches(again, 3).map((batch) => batch.idempotencyKey)).toEqual(planBatches(rows, 3).map((batch) => batch.idempotencyKey));
  });

  it('gives a different key when a value, a note or the order of the rows changes', () => {
    const key = idempotencyKeyOf(rows.map((parsed) => parsed.input));
    const inputs = () => rows.map((parsed) => ({ ...parsed.input }));
    const changedValue = inputs();
    changedValue[2].value += 0.1;
    const changedNote = inputs();
    changedNote[0].note = 'revised';
    const reordered = inputs().reverse();
    const keys = [key, idempotencyKeyOf(changedValue), idempotencyKeyOf(changedNote), idempotencyKeyOf(reordered)];
    expect(new Set(keys).size).toBe(4);
  });

  it('derives the key as documented: "import-" and 32 hex digits of SHA-256 over the JSON of the items', () => {
    const items = rows.slice(0, 2).map((parsed) => parsed.input);
    const expected = `import-${createHash('sha256').update(JSON.stringify(items)).digest('hex').slice(0, 32)}`;
    expect(idempotencyKeyOf(items)).toBe(expected);
    expect(idempotencyKeyOf(items)).toMatch(/^import-[0-9a-f]{32}$/);
  });

  it('does not depend on the property order of the items', () => {
    const { note, source, value, period, indicatorCode, cityId } = rows[0].input;
    expect(idempotencyKeyOf([{ note, source, value, period, indicatorCode, cityId }])).toBe(idempotencyKeyOf([rows[0].input]));
  });

  it.each([0, 5001, 2.5])('refuses a batch size of %p', (size) => {
    expect(() => planBatches(rows, size)).toThrow(/batch size/);
  });
});

describe('running an import', () => {
  const text = csv(
    HEADER, // 1
    row('beijing', 91), // 2
    row('shanghai', 'oops'), // 3: rejected locally
    row('tianjin', 150), // 4: the fake server refuses values above 100
    row('chongqing', 89), // 5
    row('hangzhou', 101), // 6: refused by the server
    row('jinan', 93), // 7
    row('guangzhou', 94), // 8
  );

  /** Refuses the items whose value is above 100, as a server with a valid range would. */
  function rangeCheckingServer(input: SubmitObservationsInput): SubmitOutcome {
    const invalidItems = input.items.flatMap((item, index) => (item.value > 100 ? [{ index, field: 'value', reason: 'must be between 0 and 100' }] : []));
    if (invalidItems.length > 0) return { kind: 'invalid-items', invalidItems, message: 'Some observations are invalid' };
    return applied(input);
  }

  it('sends every valid row once, in batches of the requested size, each under the key of its content', async () => {
    const { transport, calls } = fakeTransport((input) => applied(input));
    const parsed = readCsv(csv(HEADER, row('beijing', 1), row('shanghai', 2), row('tianjin', 3)));
    const summary = await runImport(parsed, { transport, batchSize: 2 });
    expect(calls.map((call) => call.items.map((item) => item.cityId))).toEqual([['beijing', 'shanghai'], ['tianjin']]);
    for (const call of calls) expect(call.idempotencyKey).toBe(idempotencyKeyOf(call.items));
    expect(summary).toMatchObject({ rowsRead: 3, created: 3, rejected: [], replayedBatches: 0 });
    expect(exitCodeOf(summary)).toBe(0);
  });

  it('resubmits a batch without the items the server refuses and reports them with their file lines', async () => {
    const { transport, calls } = fakeTransport(rangeCheckingServer);
    const summary = await runImport(readCsv(text), { transport, batchSize: 500 });

    expect(calls).toHaveLength(2);
    expect(calls[1].items.map((item) => item.cityId)).toEqual(['beijing', 'chongqing', 'jinan', 'guangzhou']);
    expect(calls[1].idempotencyKey).not.toBe(calls[0].idempotencyKey);
    expect(calls[1].idempotencyKey).toBe(idempotencyKeyOf(calls[1].items));
    expect(summary.rejected).toEqual([
      { line: 3, reason: 'value: "oops" is not a finite number' },
      { line: 4, reason: 'value: must be between 0 and 100' },
      { line: 6, reason: 'value: must be between 0 and 100' },
    ]);
    expect(summary.created).toBe(4);
    expect(exitCodeOf(summary)).toBe(1);
  });

  it('maps refused items to file lines within a later batch, not the first one', async () => {
    const { transport } = fakeTransport(rangeCheckingServer);
    const summary = await runImport(readCsv(text), { transport, batchSize: 2 });
    expect(summary.rejected.map((rejected) => rejected.line)).toEqual([3, 4, 6]);
    expect(summary.created).toBe(4);
  });

  it('joins several reasons the server gives for the same item', async () => {
    const { transport } = fakeTransport((input, call) =>
      call === 1
        ? {
            kind: 'invalid-items',
            message: 'invalid',
            invalidItems: [
              { index: 1, field: 'cityId', reason: 'unknown city' },
              { index: 1, field: 'indicatorCode', reason: 'unknown indicator' },
            ],
          }
        : applied(input),
    );
    const summary = await runImport(readCsv(csv(HEADER, row('beijing', 1), row('atlantis', 2))), { transport });
    expect(summary.rejected).toEqual([{ line: 3, reason: 'cityId: unknown city; indicatorCode: unknown indicator' }]);
  });

  it('sends nothing more for a batch whose every item the server refuses', async () => {
    const { transport, calls } = fakeTransport(rangeCheckingServer);
    const summary = await runImport(readCsv(csv(HEADER, row('beijing', 101), row('shanghai', 102))), { transport });
    expect(calls).toHaveLength(1);
    expect(summary.rejected.map((rejected) => rejected.line)).toEqual([2, 3]);
    expect(exitCodeOf(summary)).toBe(1);
  });

  it('counts a batch the server replays as already applied, not as created', async () => {
    const { transport } = fakeTransport((input, call) => applied(input, call === 1));
    const parsed = readCsv(csv(HEADER, row('beijing', 1), row('shanghai', 2), row('tianjin', 3)));
    const summary = await runImport(parsed, { transport, batchSize: 2 });
    expect(summary).toMatchObject({ replayedBatches: 1, alreadyApplied: 2, created: 1 });
    expect(exitCodeOf(summary)).toBe(0);
  });

  it('continues an interrupted import on a second run: applied batches are replayed and nothing is written twice', async () => {
    const server = idempotentServer();
    const parsed = readCsv(csv(HEADER, ...Array.from({ length: 5 }, (_, i) => row(`city${i}`, i))));
    const interrupted = fakeTransport((input, call) => (call <= 2 ? server.answer(input) : networkDown));
    const first = await runImport(parsed, { transport: interrupted.transport, batchSize: 2, retryPolicy: noWait });
    expect(first.stopped?.code).toBe('NETWORK');
    expect(first.notSubmitted).toBe(1);

    const rerun = fakeTransport((input) => server.answer(input));
    const second = await runImport(readCsv(csv(HEADER, ...Array.from({ length: 5 }, (_, i) => row(`city${i}`, i)))), { transport: rerun.transport, batchSize: 2 });
    expect(second).toMatchObject({ replayedBatches: 2, alreadyApplied: 4, created: 1 });
    expect(server.written.map((item) => item.cityId)).toEqual(['city0', 'city1', 'city2', 'city3', 'city4']);
  });

  it('stops at an UNAUTHENTICATED answer without retrying or sending later batches, keeping what was applied (exit code 2)', async () => {
    const { transport, calls } = fakeTransport((input, call) => (call === 1 ? applied(input) : { kind: 'failed', code: 'UNAUTHENTICATED', message: 'Token expired', retryable: false }));
    const parsed = readCsv(csv(HEADER, row('beijing', 1), row('shanghai', 2), row('tianjin', 3), row('jinan', 4), row('haikou', 5)));
    const summary = await runImport(parsed, { transport, batchSize: 2, retryPolicy: noWait });
    expect(calls).toHaveLength(2);
    expect(summary.stopped).toEqual({ code: 'UNAUTHENTICATED', message: 'Token expired' });
    expect(summary.created).toBe(2);
    expect(summary.notSubmitted).toBe(3);
    expect(exitCodeOf(summary)).toBe(2);
    expect(formatStop(summary)).toMatch(/^Import stopped: UNAUTHENTICATED: Token expired\n.*UGF_TOKEN/);
  });

  it('retries a network failure with the same key after a backoff and then goes on', async () => {
    const waits: number[] = [];
    const { transport, calls } = fakeTransport((input, call) => (call <= 2 ? networkDown : applied(input)));
    const retries: number[] = [];
    const summary = await runImport(readCsv(csv(HEADER, row('beijing', 1))), {
      transport,
      retryPolicy: { delaysMs: [500, 1000, 2000], sleep: async (ms) => void waits.push(ms) },
      onRetry: (notice) => retries.push(notice.retry),
    });
    expect(calls).toHaveLength(3);
    expect(new Set(calls.map((call) => call.idempotencyKey)).size).toBe(1);
    expect(waits).toEqual([500, 1000]);
    expect(retries).toEqual([1, 2]);
    expect(summary.stopped).toBeUndefined();
    expect(summary.created).toBe(1);
  });

  it('gives up after three retries of a network failure and stops with its code', async () => {
    const { transport, calls } = fakeTransport(() => networkDown);
    const summary = await runImport(readCsv(csv(HEADER, row('beijing', 1))), { transport, retryPolicy: noWait });
    expect(calls).toHaveLength(4);
    expect(summary.stopped?.code).toBe('NETWORK');
    expect(exitCodeOf(summary)).toBe(2);
  });

  it('stops when the server refuses an item that is not in the batch', async () => {
    const { transport } = fakeTransport(() => ({ kind: 'invalid-items', message: 'bad', invalidItems: [{ index: 9, field: 'value', reason: 'x' }] }));
    const summary = await runImport(readCsv(csv(HEADER, row('beijing', 1))), { transport });
    expect(summary.stopped?.code).toBe('BAD_RESPONSE');
    expect(summary.rejected).toEqual([]);
  });

  it('lists the rows the server flags for review by their file lines', async () => {
    const { transport } = fakeTransport((input) => applied(input, false, { 1: 'value jumped 80% from 2023' }));
    const summary = await runImport(readCsv(csv(HEADER, row('beijing', 1), row('shanghai', 2))), { transport });
    expect(summary.flagged).toBe(1);
    expect(summary.flaggedRows).toEqual([{ line: 3, reason: 'value jumped 80% from 2023' }]);
  });

  it('reports progress up to the number of rows read, rejected rows included', async () => {
    const seen: [number, number][] = [];
    const { transport } = fakeTransport(rangeCheckingServer);
    await runImport(readCsv(text), { transport, batchSize: 3, onProgress: (processed, total) => seen.push([processed, total]) });
    expect(seen[0]).toEqual([1, 7]);
    expect(seen.at(-1)).toEqual([7, 7]);
    expect(seen.map(([processed]) => processed)).toEqual([...seen.map(([processed]) => processed)].sort((a, b) => a - b));
  });

  it('summarises counts, then flagged and rejected rows as "line N: reason"', async () => {
    const { transport } = fakeTransport((input) => (input.items.some((item) => item.value > 100) ? rangeCheckingServer(input) : applied(input, false, { 0: 'jump' })));
    const report = formatSummary(await runImport(readCsv(text), { transport }));
    expect(report).toMatch(/^Rows read: +7\nAccepted: +4 \(created 4, corrected 0, unchanged 0, already applied 0\)\nFlagged for review: +1\nReplayed batches: +0\nRejected: +3\n/);
    expect(report).toContain('line 2: jump');
    expect(report).toMatch(
      /Rejected \(not imported\):\n {2}line 3: value: "oops" is not a finite number\n {2}line 4: value: must be between 0 and 100\n {2}line 6: value: must be between 0 and 100\n$/,
    );
  });
});

describe('the gateway client', () => {
  const input: SubmitObservationsInput = { idempotencyKey: 'import-0123', items: readCsv(csv(HEADER, row('beijing', 1))).rows.map((parsed) => parsed.input) };
  const result = applied(input);
  const body = (value: unknown) => JSON.stringify(value);

  it('posts the mutation with the bearer token and reads the result', async () => {
    const requests: { headers: http.IncomingHttpHeaders; method?: string; body: string }[] = [];
    const server = http.createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => (text += chunk));
      request.on('end', () => {
        requests.push({ headers: request.headers, method: request.method, body: text });
        response.setHeader('content-type', 'application/json');
        response.end(body({ data: { submitObservations: result.kind === 'applied' ? result.result : null } }));
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const outcome = await createGatewayTransport({ url, token: 'secret-token' })(input);
      expect(outcome).toEqual(result);
      expect(requests).toHaveLength(1);
      expect(requests[0].method).toBe('POST');
      expect(requests[0].headers.authorization).toBe('Bearer secret-token');
      expect(requests[0].headers['content-type']).toBe('application/json');
      const sent = JSON.parse(requests[0].body) as { query: string; variables: unknown };
      expect(sent.query).toMatch(/submitObservations\(input: \$input\)/);
      expect(sent.variables).toEqual({ input });
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('turns an unreachable gateway into a retryable NETWORK failure', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    const outcome = await createGatewayTransport({ url: 'http://localhost:1/', token: 't', fetch: async () => Promise.reject(refused) })(input);
    expect(outcome).toEqual({ kind: 'failed', code: 'NETWORK', message: 'cannot reach http://localhost:1/: ECONNREFUSED', retryable: true });
  });

  it('reads the invalid items of a BAD_USER_INPUT error, even on HTTP 400', () => {
    const invalidItems = [{ index: 0, field: 'value', reason: 'must be between 0 and 100' }];
    expect(interpretResponse(400, body({ errors: [{ message: 'Invalid observations', extensions: { code: 'BAD_USER_INPUT', invalidItems } }] }))).toEqual({
      kind: 'invalid-items',
      invalidItems,
      message: 'Invalid observations',
    });
  });

  it('reads the items a CONFLICT names (changed since applied, or based on an older revision) as rows to drop', () => {
    const conflictItems = [{ index: 1, field: 'value', reason: 'was applied before, but has been changed since', currentRevision: 2 }];
    expect(interpretResponse(200, body({ errors: [{ message: 'not replayed', extensions: { code: 'CONFLICT', reason: 'CHANGED_SINCE_APPLIED', conflictItems } }] }))).toEqual({
      kind: 'invalid-items',
      invalidItems: conflictItems.map(({ index, field, reason }) => ({ index, field, reason })),
      message: 'not replayed',
    });
  });

  it.each([
    ['UNAUTHENTICATED on HTTP 200 as final', 200, 'UNAUTHENTICATED', false],
    ['FORBIDDEN on HTTP 403 as final', 403, 'FORBIDDEN', false],
    ['CONFLICT on HTTP 409 as final', 409, 'CONFLICT', false],
    ['UNAUTHENTICATED on HTTP 500 as final, the body being authoritative', 500, 'UNAUTHENTICATED', false],
    ['INTERNAL_SERVER_ERROR on HTTP 500 as retryable', 500, 'INTERNAL_SERVER_ERROR', true],
    ['SERVICE_UNAVAILABLE on HTTP 200 as retryable', 200, 'SERVICE_UNAVAILABLE', true],
  ])('reports %s, with its code', (_, status, code, retryable) => {
    expect(interpretResponse(status, body({ errors: [{ message: 'no', extensions: { code } }] }))).toEqual({ kind: 'failed', code, message: 'no', retryable });
  });

  it('treats a BAD_USER_INPUT that names no items as a stopping error, since the batch cannot be repaired', () => {
    expect(interpretResponse(400, body({ errors: [{ message: 'Variable "$input" got invalid value', extensions: { code: 'BAD_USER_INPUT' } }] }))).toMatchObject({
      kind: 'failed',
      code: 'BAD_USER_INPUT',
      retryable: false,
    });
  });

  it('treats an HTTP 5xx without a GraphQL body as retryable and a 4xx as final', () => {
    expect(interpretResponse(502, '<html>Bad Gateway</html>')).toMatchObject({ kind: 'failed', code: 'HTTP_502', retryable: true });
    expect(interpretResponse(404, 'Not Found')).toMatchObject({ kind: 'failed', code: 'HTTP_404', retryable: false });
  });

  it('refuses a successful answer that is not a submitObservations result', () => {
    expect(interpretResponse(200, body({ data: { submitObservations: { replayed: 'yes' } } }))).toMatchObject({ kind: 'failed', code: 'BAD_RESPONSE' });
  });
});

describe('the command line', () => {
  const env = { UGF_TOKEN: 'env-token' };

  it('takes the token from UGF_TOKEN and the defaults for the gateway and the batch size', () => {
    expect(parseImportArgs(['--file', '/data/values.csv'], env)).toEqual({
      help: false,
      options: { file: path.resolve('/data/values.csv'), token: 'env-token', gatewayUrl: 'http://localhost:4000/', batchSize: 500 },
    });
  });

  it('prefers --token and --gateway to the environment', () => {
    const request = parseImportArgs(['--file', 'v.csv', '--token', 'flag-token', '--gateway', 'https://ugf.example/graphql', '--batch-size', '5000'], {
      ...env,
      GATEWAY_URL: 'http://gateway:4000/',
    });
    expect(request).toMatchObject({ options: { token: 'flag-token', gatewayUrl: 'https://ugf.example/graphql', batchSize: 5000 } });
  });

  it('uses GATEWAY_URL when --gateway is not given', () => {
    expect(parseImportArgs(['--file', 'v.csv'], { ...env, GATEWAY_URL: 'http://gateway:4000/' })).toMatchObject({ options: { gatewayUrl: 'http://gateway:4000/' } });
  });

  it('resolves a relative file against the folder npm was started from', () => {
    expect(parseImportArgs(['-f', 'values.csv'], { ...env, INIT_CWD: '/home/team/data' }, '/repo')).toMatchObject({
      options: { file: path.resolve('/home/team/data/values.csv') },
    });
  });

  it('answers --help without requiring a file or a token', () => {
    expect(parseImportArgs(['--help'], {})).toEqual({ help: true });
  });

  it.each([
    ['no token anywhere', ['--file', 'v.csv'], {}, /token is required/],
    ['no file', [], env, /--file is required/],
    ['an unknown option', ['--file', 'v.csv', '--dry-run'], env, /dry-run/],
    ['a positional argument', ['v.csv'], env, /v\.csv/],
    ['a batch size above 5000', ['--file', 'v.csv', '--batch-size', '5001'], env, /--batch-size must be a whole number from 1 to 5000/],
    ['a batch size of zero', ['--file', 'v.csv', '--batch-size', '0'], env, /--batch-size/],
    ['a batch size that is not a number', ['--file', 'v.csv', '--batch-size', '1e3'], env, /--batch-size/],
    ['a gateway that is not a URL', ['--file', 'v.csv', '--gateway', 'localhost:4000'], env, /--gateway must be an http or https URL/],
  ])('refuses a command line with %s as a usage error', (_, argv, environment, message) => {
    expect(() => parseImportArgs(argv, environment)).toThrow(UsageError);
    expect(() => parseImportArgs(argv, environment)).toThrow(message);
  });
});
