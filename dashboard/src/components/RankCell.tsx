import { Tag } from 'antd';
import { useI18n } from '../i18n';

/** A rank, the range of ranks within the values' intervals when it differs, and whether the data can tell it from a neighbour's. */
export function RankCell({ rank, rankRange, statisticallyTied, sharedRank }: { rank: number; rankRange: { best: number; worst: number }; statisticallyTied: boolean; sharedRank: boolean }) {
  const { t } = useI18n();
  const ranged = rankRange.best !== rankRange.worst;
  return (
    <span data-rank={rank} data-rank-best={rankRange.best} data-rank-worst={rankRange.worst} data-tied={statisticallyTied}>
      {rank}
      {ranged && (
        <span className="rank-range" title={t('possibleRanks', { best: rankRange.best, worst: rankRange.worst })}>
          {' '}
          ({rankRange.best}–{rankRange.worst})
        </span>
      )}{' '}
      {sharedRank ? <Tag>{t('tie')}</Tag> : statisticallyTied && <Tag>{t('statisticallyTied')}</Tag>}
    </span>
  );
}
