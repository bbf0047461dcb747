import { npmCommand, resultsHeading } from '../bench/harness/results-heading';

describe('the heading of a benchmark results file', () => {
  it('names the UTC date the run started and the command that produced it', () => {
    expect(resultsHeading('Benchmark', '2026-12-01T07:06:49.270Z', 'npm run bench -- --seconds 8').split('\n')).toEqual([
      '# Benchmark, 2026-12-01',
      '',
      'Measured by `npm run bench -- --seconds 8`, started 2026-12-01T07:06:49.270Z.',
      '',
    ]);
  });

  it('gives the npm command as typed, with its arguments after `--` only when there are some', () => {
    expect(npmCommand('bench', ['--workloads', 'W3', '--seconds', '8'])).toBe('npm run bench -- --workloads W3 --seconds 8');
    expect(npmCommand('bench:capacity', [])).toBe('npm run bench:capacity');
  });
});
