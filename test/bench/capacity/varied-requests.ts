import type { DataShape, ReadWorkload } from '../harness/workloads';

/**
 * Many users do not send one request over and over: the bodies of a workload across the data (each city for
 * the city page, each indicator for a ranking, each year for the index, windows of indicators for a matrix, in either form),
 * so that neither in-flight sharing nor any cache makes a replica look cheaper than it is.
 */
export function variedBodies(workload: ReadWorkload, data: DataShape): string[] {
  const body = (variables: Record<string, unknown>) => JSON.stringify({ query: workload.query, variables: { ...workload.variables, ...variables } });
  switch (workload.id) {
    case 'W1':
      return data.cityIds.map((id) => body({ id }));
    case 'W2':
      return data.indicatorCodes.map((indicatorCode) => body({ indicatorCode }));
    case 'W3':
    case 'W3c': {
      const width = (workload.variables.indicatorCodes as string[]).length;
      const windows = Math.max(1, Math.floor(data.indicatorCodes.length / width));
      return Array.from({ length: windows }, (_, index) => body({ indicatorCodes: data.indicatorCodes.slice(index * width, (index + 1) * width) }));
    }
    case 'W4':
      return data.periods.map((period) => body({ period }));
    default:
      return [body({})];
  }
}
