import { Alert, Button, Checkbox, Input, Select, Space, Table } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useCatalogue } from '../catalogue';
import { ColorTag } from '../components/ColorTag';
import { QueryState } from '../components/QueryState';
import { RevisionTable } from '../components/RevisionTable';
import { tokenClaims } from '../csv';
import { useCredentials } from './Credentials';
import { graphql } from '../gql';
import type { ReviewQueueQuery } from '../gql/graphql';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import { describeError, Field } from './common';

const QueueQuery = graphql(`
  query ReviewQueue($cityId: ID, $indicatorCode: ID, $period: Period, $flaggedOnly: Boolean, $first: Int, $after: String) {
    reviewQueue(cityId: $cityId, indicatorCode: $indicatorCode, period: $period, flaggedOnly: $flaggedOnly, first: $first, after: $after) {
      totalCount pageInfo { hasNextPage endCursor }
      nodes {
        cursor submittedBy waitingSince ageDays flagged reviewableByMe notReviewableReason
        observation {
          id period value unit status revision flagReason note source
          city { id name nameZh }
          indicator { code name nameZh }
          revisions { revision value status source note flagReason author createdAt }
        }
      }
    }
  }
`);

const ReviewMutation = graphql(`
  mutation ReviewObservation($id: ID!, $revision: Int!, $decision: ReviewDecision!, $comment: String) {
    reviewObservation(id: $id, revision: $revision, decision: $decision, comment: $comment) { id status revision }
  }
`);

type Item = ReviewQueueQuery['reviewQueue']['nodes'][number];
type Decision = 'VERIFIED' | 'REJECTED';

// Not the Submit page's key: a verifier's token is not a data team's.
const TOKEN_KEY = 'ugf-dashboard-review-token';
const PAGE_SIZE = 25;
const REVIEWER_ROLES = ['verifier', 'admin'];

const authorization = (token: string) => ({ fetchOptions: { headers: { authorization: `Bearer ${token}` } } });

export default function ReviewPage() {
  const { t, name } = useI18n();
  const router = useRouter();
  const catalogue = useCatalogue();
  const credentials = useCredentials({ storageKey: TOKEN_KEY, help: t('reviewTokenHelp') });
  const trimmed = credentials.token;
  const claims = trimmed ? tokenClaims(trimmed) : null;
  const cityId = router.params.get('city') ?? undefined;
  const indicatorCode = router.params.get('indicator') ?? undefined;
  const period = router.params.get('period') ?? undefined;
  const flaggedOnly = router.params.get('flagged') === '1';
  const [periodText, setPeriodText] = useState(period ?? '');
  useEffect(() => setPeriodText(period ?? ''), [period]);
  // The `after` cursor of each page read so far: the last one is the page shown.
  const [cursors, setCursors] = useState<string[]>([]);
  useEffect(() => setCursors([]), [cityId, indicatorCode, period, flaggedOnly, trimmed]);
  const [done, setDone] = useState<string>();

  const isReviewer = !!claims && REVIEWER_ROLES.includes(claims.role ?? '');
  const context = useMemo(() => authorization(trimmed), [trimmed]);
  const [result, refetch] = useQuery({
    query: QueueQuery,
    variables: { cityId, indicatorCode, period, flaggedOnly, first: PAGE_SIZE, after: cursors.at(-1) },
    pause: !isReviewer,
    requestPolicy: 'network-only',
    context,
  });
  const queue = result.data?.reviewQueue;
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const onReviewed = (item: Item, decision: Decision) => {
    setDone(`${t(`status.${decision}`)}: ${name(item.observation.city)} · ${name(item.observation.indicator)} · ${item.observation.period}`);
    reload();
  };

  return (
    <>
      <Alert type="info" showIcon title={t('reviewIntro')} style={{ marginBottom: 16 }} />
      {credentials.view}
      {!trimmed && <Alert type="info" showIcon title={t('needReviewerToken')} data-testid="review-need-token" />}
      {trimmed && !isReviewer && <Alert type="warning" showIcon role="alert" title={t('notReviewer')} data-testid="review-not-reviewer" />}
      {isReviewer && (
        <>
          <div className="filters">
            <Field label={t('city')} width={180}>
              <Select
                allowClear
                aria-label={t('city')}
                placeholder={t('allCities')}
                value={cityId}
                onChange={(value) => router.set({ city: value })}
                options={catalogue.cities.map((city) => ({ value: city.id, label: name(city) }))}
                data-testid="review-city"
              />
            </Field>
            <Field label={t('indicator')} width={300}>
              <Select
                allowClear
                showSearch={{ optionFilterProp: 'label' }}
                aria-label={t('indicator')}
                placeholder={t('allIndicators')}
                value={indicatorCode}
                onChange={(value) => router.set({ indicator: value })}
                options={catalogue.indicators.map((indicator) => ({ value: indicator.code, label: name(indicator) }))}
              />
            </Field>
            <Field label={t('period')} width={120}>
              <Input
                aria-label={t('period')}
                placeholder="2025"
                value={periodText}
                onChange={(event) => setPeriodText(event.target.value)}
                onPressEnter={() => router.set({ period: periodText.trim() })}
                onBlur={() => router.set({ period: periodText.trim() })}
              />
            </Field>
            <Checkbox
              checked={flaggedOnly}
              onChange={(event) => router.set({ flagged: event.target.checked ? '1' : undefined })}
              style={{ flexDirection: 'row', alignItems: 'center', paddingBottom: 6 }}
            >
              {t('flaggedOnly')}
            </Checkbox>
          </div>
          {done && <Alert type="success" showIcon closable={{ onClose: () => setDone(undefined) }} title={done} style={{ marginBottom: 12 }} data-testid="review-done" />}
          <QueryState fetching={result.fetching} error={result.error} hasData={!!queue} retry={reload}>
            {queue && <QueueTable queue={queue} token={trimmed} onReviewed={onReviewed} onStale={reload} />}
            <Space style={{ marginTop: 12 }}>
              <Button disabled={cursors.length === 0} onClick={() => setCursors([])}>
                {t('firstPage')}
              </Button>
              <Button
                disabled={!queue?.pageInfo.hasNextPage}
                onClick={() => queue?.pageInfo.endCursor && setCursors((before) => [...before, queue.pageInfo.endCursor as string])}
                data-testid="review-next"
              >
                {t('nextPage')}
              </Button>
            </Space>
          </QueryState>
        </>
      )}
    </>
  );
}

function QueueTable({ queue, token, onReviewed, onStale }: { queue: ReviewQueueQuery['reviewQueue']; token: string; onReviewed: (item: Item, decision: Decision) => void; onStale: () => void }) {
  const { t, name, number } = useI18n();
  const [expanded, setExpanded] = useState<string[]>([]);
  const toggle = (id: string) => setExpanded((before) => (before.includes(id) ? before.filter((key) => key !== id) : [...before, id]));
  return (
    <>
      <p data-testid="review-count">{t('awaitingReview', { n: queue.totalCount })}</p>
      <Table
        data-testid="review-queue"
        size="small"
        pagination={false}
        scroll={{ x: true }}
        rowKey={(item) => item.observation.id}
        dataSource={queue.nodes}
        locale={{ emptyText: t('queueEmpty') }}
        expandable={{
          expandedRowKeys: expanded,
          showExpandColumn: false,
          expandedRowRender: (item) => <RevisionTable revisions={item.observation.revisions} testId={`review-history-${item.observation.id}`} />,
        }}
        columns={[
          { title: t('city'), key: 'city', render: (_, item) => name(item.observation.city) },
          { title: t('indicator'), key: 'indicator', render: (_, item) => name(item.observation.indicator) },
          { title: t('period'), key: 'period', render: (_, item) => item.observation.period },
          { title: t('age'), key: 'age', render: (_, item) => <span title={new Date(item.waitingSince).toLocaleString()}>{t('ageDays', { n: item.ageDays })}</span> },
          {
            title: t('value'),
            key: 'value',
            align: 'right',
            render: (_, item) => (
              <span data-observation={item.observation.id} data-value={item.observation.value}>
                {number(item.observation.value)} {item.observation.unit}
              </span>
            ),
          },
          {
            title: t('flag'),
            key: 'flag',
            render: (_, item) =>
              item.flagged ? (
                <span title={item.observation.flagReason ?? ''}>
                  <ColorTag tone="warn">{t('flag')}</ColorTag>
                </span>
              ) : (
                ''
              ),
          },
          { title: t('submitter'), key: 'submitter', render: (_, item) => `${item.submittedBy} · ${t('revision')} ${item.observation.revision}` },
          {
            title: t('historyShort'),
            key: 'history',
            render: (_, item) => (
              <Button size="small" onClick={() => toggle(item.observation.id)} aria-expanded={expanded.includes(item.observation.id)} data-testid={`review-history-button-${item.observation.id}`}>
                {t('show')}
              </Button>
            ),
          },
          { title: t('decision'), key: 'decision', render: (_, item) => <ReviewActions item={item} token={token} onReviewed={onReviewed} onStale={onStale} /> },
        ]}
      />
    </>
  );
}

function isStale(error: CombinedError | undefined): boolean {
  return !!error?.graphQLErrors.some((e) => e.extensions?.reason === 'STALE_REVISION');
}

function ReviewActions({ item, token, onReviewed, onStale }: { item: Item; token: string; onReviewed: (item: Item, decision: Decision) => void; onStale: () => void }) {
  const { t } = useI18n();
  const [comment, setComment] = useState('');
  const [failure, setFailure] = useState<string>();
  const [mutation, review] = useMutation(ReviewMutation);
  const id = item.observation.id;
  const own = !item.reviewableByMe;
  // Never rejects: urql answers every failure as `result.error`, which the page shows.
  const send = async (decision: Decision) => {
    setFailure(undefined);
    const result = await review({ id, revision: item.observation.revision, decision, comment: comment.trim() || null }, authorization(token));
    if (result.data?.reviewObservation) return onReviewed(item, decision);
    if (isStale(result.error)) {
      setFailure(t('staleRevision'));
      return onStale();
    }
    setFailure(describeError(result.error));
  };
  return (
    <div style={{ minWidth: 240 }} data-testid={`review-actions-${id}`}>
      <Input.TextArea
        aria-label={`${t('comment')} (${id})`}
        placeholder={t('commentPlaceholder')}
        value={comment}
        onChange={(event) => setComment(event.target.value)}
        disabled={own}
        autoSize={{ minRows: 1, maxRows: 4 }}
        maxLength={2000}
        data-testid={`review-comment-${id}`}
      />
      <Space style={{ marginTop: 4 }}>
        <Button size="small" type="primary" disabled={own} loading={mutation.fetching} onClick={() => void send('VERIFIED')} data-testid={`review-approve-${id}`}>
          {t('approve')}
        </Button>
        <Button
          size="small"
          danger
          disabled={own || !comment.trim()}
          loading={mutation.fetching}
          onClick={() => void send('REJECTED')}
          title={comment.trim() ? undefined : t('rejectNeedsComment')}
          data-testid={`review-reject-${id}`}
        >
          {t('reject')}
        </Button>
      </Space>
      {own && (
        <p style={{ fontSize: 12, margin: '4px 0 0' }} title={item.notReviewableReason ?? undefined} data-testid={`review-own-${id}`}>
          {t('ownValue')}
        </p>
      )}
      {failure && <Alert style={{ marginTop: 4 }} type="error" showIcon role="alert" title={failure} data-testid={`review-error-${id}`} />}
    </div>
  );
}
