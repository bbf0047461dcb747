import { CsvFileError, readCsv, SDMX_COLUMN_NAMES } from '@ugf/import-client';

const HEADER = 'STRUCTURE,STRUCTURE_ID,ACTION,FREQ,REF_AREA,SERIES,SEX,DISTRICT,TIME_PERIOD,OBS_VALUE,UNIT_MULT,NATURE,LOWER_BOUND,UPPER_BOUND,COMMENT_OBS,SOURCE_DETAIL';
const ROW = (changes: Partial<Record<string, string>> = {}) => {
  const cells: Record<string, string> = {
    STRUCTURE: 'dataflow',
    STRUCTURE_ID: 'UGF:DF_URBAN_GOVERNANCE(1.0)',
    ACTION: 'I',
    FREQ: 'A',
    REF_AREA: 'shenzhen',
    SERIES: 'HOTLINE_SATISFACTION_RATE',
    SEX: 'F',
    DISTRICT: '_T',
    TIME_PERIOD: '2024',
    OBS_VALUE: '91.5',
    UNIT_MULT: '',
    NATURE: 'E',
    LOWER_BOUND: '89.9',
    UPPER_BOUND: '93.1',
    COMMENT_OBS: 'First | Second',
    SOURCE_DETAIL: 'Shenzhen 12345 survey',
    ...changes,
  };
  return Object.entries(cells)
    .map(([, cell]) => cell)
    .join(',');
};
const file = (header: string, ...rows: string[]) => [header, ...rows].join('\n');

describe('importing SDMX-CSV 2.0', () => {
  it('reads a row of the dataflow as the import layout would: _T is the total, the attributes and the breakdown kept', () => {
    const parsed = readCsv(file(HEADER, ROW()));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows).toEqual([
      {
        line: 2,
        input: {
          cityId: 'shenzhen',
          indicatorCode: 'HOTLINE_SATISFACTION_RATE',
          period: '2024',
          value: 91.5,
          source: 'Shenzhen 12345 survey',
          note: null,
          breakdown: [{ dimension: 'SEX', code: 'F' }],
          attributes: { nature: 'E', lowerBound: 89.9, upperBound: 93.1, footnotes: ['First', 'Second'] },
        },
      },
    ]);
  });

  it('takes the columns after STRUCTURE in any order, and a column the dataflow lacks when it says total or not applicable', () => {
    const reordered = 'STRUCTURE,SOURCE_DETAIL,OBS_VALUE,TIME_PERIOD,SERIES,REF_AREA,STRUCTURE_ID,REPORTING_TYPE,INCOME_WEALTH_QUANTILE';
    const parsed = readCsv(file(reordered, 'dataflow,Bulletin,32,2023,PM25_ANNUAL_MEAN,beijing,X:Y(1.0),_Z,_T'));
    expect(parsed.rejected).toEqual([]);
    expect(parsed.rows[0].input).toMatchObject({ cityId: 'beijing', indicatorCode: 'PM25_ANNUAL_MEAN', period: '2023', value: 32, source: 'Bulletin' });
    expect(parsed.rows[0].input.breakdown).toBeUndefined();
  });

  it('rejects, by line and with every reason, a deletion, a sample value, a frequency that does not fit the period, a breakdown the dataflow lacks, and a bad value', () => {
    const withSample = `${HEADER},SAMPLE,INCOME_WEALTH_QUANTILE`;
    const parsed = readCsv(
      file(
        withSample,
        `${ROW({ ACTION: 'D' })},false,_T`,
        `${ROW()},true,_T`,
        `${ROW({ FREQ: 'Q' })},false,_T`,
        `${ROW()},false,Q1`,
        `${ROW({ OBS_VALUE: 'n/a', STRUCTURE: 'metadata' })},false,_T`,
        `${ROW({ SEX: 'M' })},false,_T`,
      ),
    );
    expect(parsed.rows.map((row) => row.line)).toEqual([7]);
    expect(parsed.rejected).toEqual([
      { line: 2, reason: 'ACTION: "D" is not taken (I, A, M or R add or correct values; values are never deleted by an import)' },
      { line: 3, reason: 'SAMPLE: a synthetic sample value is not a figure of the city and cannot be submitted' },
      { line: 4, reason: 'FREQ: "Q" does not fit TIME_PERIOD "2024" (A for a year, Q for a quarter)' },
      { line: 5, reason: `INCOME_WEALTH_QUANTILE: "Q1" cannot be imported, the platform's dataflow has no INCOME_WEALTH_QUANTILE (only _T or _Z)` },
      { line: 6, reason: 'STRUCTURE: "metadata" is neither dataflow nor datastructure; value: "n/a" is not a finite number' },
    ]);
  });

  it('refuses a header without a required column, with a duplicate or with a name that is no SDMX id, naming the dataflow columns', () => {
    expect(() => readCsv(file('STRUCTURE,STRUCTURE_ID,REF_AREA,REF_AREA,TIME_PERIOD,OBS_VALUE,source note', 'dataflow,X,beijing,beijing,2024,1,x'))).toThrow(
      new CsvFileError(
        `Invalid SDMX-CSV header on line 1: column "REF_AREA" appears twice; "source note" is not an SDMX concept id; missing column "SERIES"; missing column "SOURCE_DETAIL". The dataflow's columns are ${SDMX_COLUMN_NAMES.join(',')} (STRUCTURE first, the others in any order).`,
      ),
    );
  });
});
