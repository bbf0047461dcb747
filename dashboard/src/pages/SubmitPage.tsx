import { UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Input, Select, Space, Table, Tag, Upload } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import template from '../../../seeds/templates/observations.csv?raw';
import { DEFAULT_PERIOD, useCatalogue } from '../catalogue';
import { ColorTag, STATUS_TONE } from '../components/ColorTag';
import { QueryState } from '../components/QueryState';
import { RevisionTable } from '../components/RevisionTable';
import { breakdownCells, checkCsv, idempotencyKey, type CheckedRow, type ObservationItem } from '../csv';
import { graphql } from '../gql';
import { useI18n, type MessageKey } from '../i18n';
import { useRouter } from '../router';
import { describeError, Field } from './common';
import { useCredentials } from './Credentials';

const SubmitMutation = graphql(`
  mutation SubmitObservations($input: SubmitObservationsInput!) {
    submitObservations(input: $input) {
      idempotencyKey replayed created corrected unchanged flagged
      items { index outcome flagReason observation { id value status revision } }
    }
  }
`);

const HistoryQuery = graphql(`
  query ValueHistory($cityId: ID!, $code: ID!, $period: Period!) {
    city(id: $cityId) {
      id name nameZh
      observations(indicatorCode: $code, period: $period) {
        nodes {
          id period value unit status revision flagReason note source
          revisions { revision value status source note flagReason author createdAt }
        }
      }
    }
  }
`);

interface Sent {
  rows: CheckedRow[];
  items: ObservationItem[];
}

interface Rejected {
  line: number;
  reason: string;
}

export default function SubmitPage() {
  const { t } = useI18n();
  const router = useRouter();
  const credentials = useCredentials();
  const [fileName, setFileName] = useState<string>();
  const [checked, setChecked] = useState<ReturnType<typeof checkCsv>>();
  const [serverRejected, setServerRejected] = useState<Rejected[]>([]);
  const [sent, setSent] = useState<Sent>();
  const [mutation, submit] = useMutation(SubmitMutation);
  const [failure, setFailure] = useState<string>();

  const rows = checked?.ok ? checked.rows : [];
  const invalid = rows.filter((row) => row.reasons.length > 0);
  const rejectedLines = new Set(serverRejected.map((rejected) => rejected.line));
  const sendable = rows.filter((row) => row.input && !rejectedLines.has(row.line));

  const readFile = async (file: File) => {
    setFileName(file.name);
    setChecked(checkCsv(await file.text()));
    setServerRejected([]);
    setSent(undefined);
    setFailure(undefined);
    return false;
  };

  // Never rejects: urql answers every failure as `result.error`, which the page shows.
  const send = async () => {
    setFailure(undefined);
    if (!credentials.token) return setFailure(t(credentials.viaProvider ? 'needSignIn' : 'needToken'));
    const items = sendable.map((row) => row.input as ObservationItem);
    const result = await submit({ input: { idempotencyKey: idempotencyKey(items), items } }, { fetchOptions: { headers: { authorization: `Bearer ${credentials.token}` } } });
    if (result.data?.submitObservations) {
      setSent({ rows: sendable, items });
      return;
    }
    const invalidItems = invalidItemsOf(result.error);
    if (invalidItems.length > 0) {
      setServerRejected((before) => [...before, ...invalidItems.map((item) => ({ line: sendable[item.index]?.line ?? 0, reason: `${item.field}: ${item.reason}` }))]);
      return;
    }
    setFailure(describeError(result.error));
  };

  const outcome = mutation.data?.submitObservations;
  return (
    <>
      <Alert
        type="info"
        showIcon
        title={t('submitIntro')}
        style={{ marginBottom: 16 }}
        action={
          <a href={`data:text/csv;charset=utf-8,${encodeURIComponent(template)}`} download="observations.csv">
            {t('template')}
          </a>
        }
      />
      {credentials.view}
      <Upload accept=".csv,text/csv" showUploadList={false} beforeUpload={readFile} maxCount={1}>
        <Button icon={<UploadOutlined />} data-testid="csv-upload">
          {t('chooseFile')}
        </Button>
      </Upload>
      {fileName && <span style={{ marginLeft: 12 }}>{fileName}</span>}

      {checked && !checked.ok && <Alert style={{ marginTop: 16 }} type="error" showIcon role="alert" title={t('fileError')} description={checked.error} data-testid="file-error" />}
      {checked?.ok && (
        <Card
          size="small"
          style={{ marginTop: 16 }}
          title={<h2 className="card-title">{`${rows.length} ${t('rowsRead')}: ${rows.length - invalid.length} ${t('rowsValid')}, ${invalid.length} ${t('rowsInvalid')}`}</h2>}
        >
          {invalid.length > 0 && <Alert type="error" showIcon role="alert" title={t('fixFirst')} style={{ marginBottom: 12 }} data-testid="fix-first" />}
          <Table
            data-testid="csv-rows"
            size="small"
            pagination={false}
            scroll={{ x: true }}
            rowKey="line"
            dataSource={rows}
            rowClassName={(row) => (row.reasons.length || rejectedLines.has(row.line) ? 'row-invalid' : '')}
            columns={[
              { title: t('line'), dataIndex: 'line', width: 60 },
              { title: 'city_id', key: 'city', render: (_, row) => row.cells.city_id },
              { title: 'indicator_code', key: 'indicator', render: (_, row) => row.cells.indicator_code },
              { title: 'period', key: 'period', render: (_, row) => row.cells.period },
              { title: 'breakdown', key: 'breakdown', render: (_, row) => breakdownCells(row) },
              { title: 'value', key: 'value', align: 'right', render: (_, row) => row.cells.value },
              { title: 'source', key: 'source', ellipsis: true, render: (_, row) => row.cells.source },
              { title: 'expected_revision', key: 'expectedRevision', align: 'right', render: (_, row) => row.cells.expected_revision },
              {
                title: t('check'),
                key: 'check',
                render: (_, row) => {
                  const reasons = [...row.reasons, ...serverRejected.filter((rejected) => rejected.line === row.line).map((rejected) => rejected.reason)];
                  return reasons.length ? (
                    <span data-testid={`row-reason-${row.line}`}>
                      <ColorTag tone="bad">{t('invalid')}</ColorTag>
                      {reasons.join('; ')}
                    </span>
                  ) : (
                    <ColorTag tone="good">{t('valid')}</ColorTag>
                  );
                },
              },
            ]}
          />
          {serverRejected.length > 0 && <Alert type="warning" showIcon role="alert" style={{ marginTop: 12 }} title={t('rejected')} description={t('rejectedHelp')} data-testid="server-rejected" />}
          <Space style={{ marginTop: 12 }}>
            <Button type="primary" onClick={() => void send()} disabled={invalid.length > 0 || sendable.length === 0 || !!sent} loading={mutation.fetching} data-testid="submit-button">
              {serverRejected.length > 0 ? t('submitOthers', { n: sendable.length }) : t('submitRows', { n: sendable.length })}
            </Button>
          </Space>
          {failure && <Alert style={{ marginTop: 12 }} type="error" showIcon role="alert" title={failure} data-testid="submit-error" />}
        </Card>
      )}

      {sent && outcome && (
        <Card size="small" style={{ marginTop: 16 }} title={<h2 className="card-title">{t('accepted')}</h2>} data-testid="submit-result">
          {outcome.replayed && <Alert type="info" title={t('replayed')} style={{ marginBottom: 8 }} />}
          <p data-testid="submit-summary">
            {t('outcome.CREATED')} {outcome.created} · {t('outcome.CORRECTED')} {outcome.corrected} · {t('outcome.UNCHANGED')} {outcome.unchanged} · {t('flag')} {outcome.flagged}
          </p>
          <Table
            size="small"
            pagination={false}
            scroll={{ x: true }}
            rowKey="index"
            dataSource={outcome.items}
            columns={[
              { title: t('line'), key: 'line', render: (_, item) => sent.rows[item.index]?.line },
              { title: t('city'), key: 'city', render: (_, item) => sent.items[item.index]?.cityId },
              { title: t('indicator'), key: 'indicator', render: (_, item) => sent.items[item.index]?.indicatorCode },
              { title: t('period'), key: 'period', render: (_, item) => sent.items[item.index]?.period },
              { title: t('value'), key: 'value', align: 'right', render: (_, item) => item.observation.value },
              { title: t('outcome'), key: 'outcome', render: (_, item) => <Tag>{t(`outcome.${item.outcome}` as MessageKey)}</Tag> },
              { title: t('status'), key: 'status', render: (_, item) => `${t(`status.${item.observation.status}` as MessageKey)} · ${t('revision')} ${item.observation.revision}` },
              { title: t('flag'), dataIndex: 'flagReason', render: (reason: string | null) => reason ?? '' },
              {
                title: t('history'),
                key: 'history',
                render: (_, item) => {
                  const input = sent.items[item.index];
                  return (
                    <Button size="small" onClick={() => router.set({ hCity: input.cityId, hCode: input.indicatorCode, hPeriod: input.period })}>
                      {t('show')}
                    </Button>
                  );
                },
              },
            ]}
          />
        </Card>
      )}
      <History token={credentials.token} />
    </>
  );
}

/** The rows the server names: invalid ones (BAD_USER_INPUT), or ones changed since they were read or applied (CONFLICT). */
function invalidItemsOf(error: CombinedError | undefined): { index: number; field: string; reason: string }[] {
  for (const graphQLError of error?.graphQLErrors ?? []) {
    const extensions = graphQLError.extensions ?? {};
    const items = extensions.code === 'CONFLICT' ? extensions.conflictItems : extensions.invalidItems;
    if (Array.isArray(items)) return items as { index: number; field: string; reason: string }[];
  }
  return [];
}

/** The history of one value; a signed-in reader sees who wrote each revision, an anonymous one the role. */
function History({ token }: { token: string }) {
  const { t, name, number } = useI18n();
  const router = useRouter();
  const catalogue = useCatalogue();
  const cityId = router.params.get('hCity') ?? 'shenzhen';
  const code = router.params.get('hCode') ?? 'HOTLINE_RESOLUTION_RATE';
  const period = router.params.get('hPeriod') ?? DEFAULT_PERIOD;
  const [periodText, setPeriodText] = useState(period);
  useEffect(() => setPeriodText(period), [period]);
  const context = useMemo(() => (token ? { fetchOptions: { headers: { authorization: `Bearer ${token}` } } } : {}), [token]);
  const [result, refetch] = useQuery({ query: HistoryQuery, variables: { cityId, code, period }, requestPolicy: 'network-only', context });
  const observation = result.data?.city?.observations?.nodes[0];
  return (
    <Card size="small" style={{ marginTop: 16 }} title={<h2 className="card-title">{t('history')}</h2>} data-testid="history">
      <p style={{ marginTop: 0, fontSize: 13 }}>{t('historyHelp')}</p>
      <div className="filters">
        <Field label={t('city')}>
          <Select
            aria-label={`${t('history')}: ${t('city')}`}
            value={cityId}
            onChange={(value) => router.set({ hCity: value })}
            options={catalogue.cities.map((city) => ({ value: city.id, label: name(city) }))}
          />
        </Field>
        <Field label={t('indicator')} width={300}>
          <Select
            aria-label={`${t('history')}: ${t('indicator')}`}
            showSearch={{ optionFilterProp: 'label' }}
            value={code}
            onChange={(value) => router.set({ hCode: value })}
            options={catalogue.indicators.map((indicator) => ({ value: indicator.code, label: name(indicator) }))}
          />
        </Field>
        <Field label={t('period')} width={120}>
          <Input
            aria-label={`${t('history')}: ${t('period')}`}
            value={periodText}
            onChange={(event) => setPeriodText(event.target.value)}
            onPressEnter={() => router.set({ hPeriod: periodText.trim() })}
            onBlur={() => router.set({ hPeriod: periodText.trim() })}
          />
        </Field>
      </div>
      <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data} retry={() => refetch({ requestPolicy: 'network-only' })} rows={2}>
        {!observation ? (
          <p>{t('noValue')}</p>
        ) : (
          <>
            <p data-testid="history-current">
              {number(observation.value)} {observation.unit} · <ColorTag tone={STATUS_TONE[observation.status]}>{t(`status.${observation.status}` as MessageKey)}</ColorTag> {t('revision')}{' '}
              {observation.revision}
              {observation.flagReason && (
                <>
                  {' '}
                  · {t('flag')}: {observation.flagReason}
                </>
              )}
            </p>
            <RevisionTable revisions={observation.revisions} />
          </>
        )}
      </QueryState>
    </Card>
  );
}
