import { useMemo } from 'react';
import { useQuery } from 'urql';
import { DEFAULT_PERIOD } from '../catalogue';
import { QueryState } from '../components/QueryState';
import { RankingChart } from '../components/RankingChart';
import { collectNotes } from '../components/value-attributes';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import { useIncludeSample } from '../sample-switch';
import { DEFAULT_INDICATOR, RankingQuery } from './ranking-query';

/**
 * `/dashboard/embed?code=…&period=…[&lang=zh][&samples=…]`: an indicator's ranking chart alone, for another
 * site to put in an iframe (the gateway lets the origins of EMBED_FRAME_ANCESTORS frame it), with its title,
 * its source and a link to the full page. It refreshes when the data change, as every page does.
 */
export default function EmbedPage() {
  const router = useRouter();
  const { t, name } = useI18n();
  const code = router.params.get('code') ?? DEFAULT_INDICATOR;
  const period = router.params.get('period') ?? DEFAULT_PERIOD;
  const includeSample = useIncludeSample();
  const [result, refetch] = useQuery({ query: RankingQuery, variables: { code, period, perCapita: false, breakdown: [], includeSample } });
  const ranking = result.data?.ranking;
  const entries = ranking?.entries ?? [];
  const indicator = result.data?.indicator;
  const notes = useMemo(() => collectNotes(ranking?.entries.map((entry) => entry.attributes) ?? []), [ranking]);
  const rows = entries.map((entry) => {
    const label = `${entry.rank}. ${name(entry.city)}`;
    return { label: entry.sample ? t('sample.label', { label }) : label, value: entry.value, attributes: entry.attributes };
  });
  const title = indicator ? `${name(indicator)} · ${period}` : period;
  return (
    <main className="embed">
      <h1 className="embed-title">{title}</h1>
      <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        {entries.length > 0 ? (
          <RankingChart rows={rows} notes={notes} unit={indicator?.unit ?? ''} height={Math.max(260, rows.length * 26 + 60)} label={title} testId="embed-chart" />
        ) : (
          <p>{t('noData')}</p>
        )}
      </QueryState>
      <p className="embed-source">
        <a href={router.href('indicator', { code, period })} target="_blank" rel="noopener">
          {`${t('appTitle')} · ${t('page.indicator')}`}
        </a>
      </p>
    </main>
  );
}
