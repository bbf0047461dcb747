import { Table } from 'antd';
import { useI18n, type MessageKey } from '../i18n';
import { ColorTag, STATUS_TONE } from './ColorTag';

export interface RevisionRow {
  revision: number;
  value: number;
  status: string;
  source: string;
  note?: string | null;
  author: string;
  createdAt: string;
}

/** The history of one value, newest revision first: what the Submit and Review pages show. */
export function RevisionTable({ revisions, testId }: { revisions: readonly RevisionRow[]; testId?: string }) {
  const { t } = useI18n();
  const newestFirst = [...revisions].sort((a, b) => b.revision - a.revision);
  return (
    <Table
      data-testid={testId}
      size="small"
      pagination={false}
      rowKey="revision"
      dataSource={newestFirst}
      columns={[
        { title: t('revision'), dataIndex: 'revision', width: 80 },
        { title: t('value'), dataIndex: 'value', align: 'right' },
        { title: t('status'), dataIndex: 'status', render: (status: string) => <ColorTag tone={STATUS_TONE[status] ?? 'neutral'}>{t(`status.${status}` as MessageKey)}</ColorTag> },
        { title: t('author'), dataIndex: 'author' },
        { title: t('note'), dataIndex: 'note' },
        { title: t('source'), dataIndex: 'source', ellipsis: true },
        { title: t('time'), dataIndex: 'createdAt', render: (time: string) => new Date(time).toLocaleString() },
      ]}
    />
  );
}
