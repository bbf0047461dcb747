import type { IndicatorsContext } from '../context';
import type { City } from '../federated-stubs';
import { Direction } from '../indicator.enums';
import type { PeerComparison } from './analytics.types';
import { distribution } from './statistics';
import { countedValue, countsInAnalytics, type Counting } from './counted-values';
import type { Indicator } from '../indicator.entity';

async function valueOf({ loaders }: IndicatorsContext, cityId: string, indicator: Indicator, period: string, counting: Counting, asOf: Date | null): Promise<number | null> {
  const [row] = await loaders.observationsByCity.load({ cityId, indicatorCode: indicator.code, period, asOf });
  return row && countsInAnalytics(row, counting) ? countedValue(row, indicator).value : null;
}

/** The city against its peers on one indicator and period (now, or as of an instant); peer values come in one batched query. */
export async function comparePeers(context: IndicatorsContext, city: City, indicatorCode: string, period: string, counting: Counting, asOf: Date | null): Promise<PeerComparison | null> {
  const indicator = await context.loaders.indicator.load(indicatorCode);
  if (!indicator) return null;
  const peers = city.peers ?? [];
  const [value, ...peerValues] = await Promise.all([city, ...peers].map((each) => valueOf(context, each.id, indicator, period, counting, asOf)));
  const withData = peers.map((peer, index) => ({ peer, value: peerValues[index] })).filter((entry): entry is { peer: City; value: number } => entry.value !== null);
  const better = (a: number, b: number) => (indicator.direction === Direction.HIGHER_IS_BETTER ? a > b : a < b);
  const best = withData.reduce<{ peer: City; value: number } | null>((top, entry) => (top === null || better(entry.value, top.value) ? entry : top), null);
  const percentile =
    value === null || withData.length === 0 ? null : (100 * withData.reduce((sum, entry) => sum + (better(value, entry.value) ? 1 : entry.value === value ? 0.5 : 0), 0)) / withData.length;
  return {
    period,
    indicator,
    value,
    peersWithData: withData.length,
    peerMedian: distribution(withData.map((entry) => entry.value))?.median ?? null,
    percentile,
    bestPeer: best?.peer ?? null,
    bestPeerValue: best?.value ?? null,
    includesSample: counting.includeSample,
  };
}
