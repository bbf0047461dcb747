import { Alert, Button, Skeleton } from 'antd';
import { REDUCED_MOTION } from '../reduced-motion';
import type { ReactNode } from 'react';
import type { CombinedError } from 'urql';
import { extensionText } from '../error-extensions';
import { useI18n, type MessageKey } from '../i18n';

interface Missing {
  service: string;
  paths: string[];
}

/** The services whose part is missing from a partial answer, with the fields left null. */
export function missingParts(error: CombinedError | undefined): Missing[] {
  const byService = new Map<string, Set<string>>();
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const service = extensionText(graphQLError, 'service') ?? extensionText(graphQLError, 'serviceName') ?? 'unknown';
    const paths = byService.get(service) ?? new Set<string>();
    const path = (graphQLError.path ?? []).filter((part) => typeof part === 'string').join('.');
    if (path) paths.add(path);
    byService.set(service, paths);
  }
  return [...byService].map(([service, paths]) => ({ service, paths: [...paths].slice(0, 4) }));
}

interface Props {
  fetching: boolean;
  error?: CombinedError;
  /** Whether there is anything to show (a partial answer counts). */
  hasData: boolean;
  retry?: () => void;
  children: ReactNode;
  rows?: number;
}

/**
 * Loading, error and partial-data states of one panel. A partial answer (data and errors, as the gateway
 * sends when a subgraph is down) shows what there is and names what is missing. While new variables load,
 * the previous answer stays in view, dimmed and marked busy, so that it is not read as the new one.
 */
export function QueryState({ fetching, error, hasData, retry, children, rows = 4 }: Props) {
  const { t } = useI18n();
  if (!hasData && fetching) {
    return (
      <div role="status" aria-live="polite" aria-label={t('loading')}>
        <Skeleton active={!REDUCED_MOTION} paragraph={{ rows }} />
      </div>
    );
  }
  if (!hasData) {
    return <Alert type="error" showIcon role="alert" title={t('error')} description={<MissingList error={error} />} action={retry ? <Button onClick={retry}>{t('retry')}</Button> : undefined} />;
  }
  return (
    <div aria-busy={fetching} className={fetching ? 'query-refreshing' : undefined}>
      {error && error.graphQLErrors.length > 0 && (
        <Alert
          type="warning"
          showIcon
          role="alert"
          data-testid="partial-data"
          style={{ marginBottom: 12 }}
          title={t('partialTitle')}
          description={<MissingList error={error} />}
          action={
            retry ? (
              <Button size="small" onClick={retry}>
                {t('retry')}
              </Button>
            ) : undefined
          }
        />
      )}
      {children}
    </div>
  );
}

function MissingList({ error }: { error?: CombinedError }) {
  const { t } = useI18n();
  if (!error) return null;
  if (error.networkError) return <span>{error.networkError.message}</span>;
  const missing = missingParts(error);
  return (
    <span>
      {t('partialBody')}{' '}
      {missing.map(({ service, paths }, index) => {
        const key = `service.${service}` as MessageKey;
        const label = ['cities', 'initiatives', 'indicators', 'cases'].includes(service) ? t(key) : `${t('service.unknown')} (${service})`;
        return (
          <span key={service} data-missing-service={service}>
            {index > 0 && '; '}
            <strong>{label}</strong>
            {paths.length > 0 && ` — ${t('fields')}: ${paths.join(', ')}`}
          </span>
        );
      })}
      {missing.length === 0 && error.graphQLErrors.map((e) => e.message).join('; ')}
    </span>
  );
}
