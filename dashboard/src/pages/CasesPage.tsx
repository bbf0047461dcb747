import { Card, Input, List, Select, Tag } from 'antd';
import { useMemo, useState, useEffect } from 'react';
import { useQuery } from 'urql';
import { useCatalogue } from '../catalogue';
import { QueryState } from '../components/QueryState';
import { graphql } from '../gql';
import { useI18n } from '../i18n';
import { useRouter } from '../router';
import { Field } from './common';

const CasesQuery = graphql(`
  query Cases($cityId: ID, $initiativeId: ID, $tag: String, $search: String) {
    cases(cityId: $cityId, initiativeId: $initiativeId, tag: $tag, search: $search, first: 100) {
      totalCount
      nodes {
        id title titleZh summary year tags illustrative
        city { id name nameZh }
        initiatives { id number title titleZh }
      }
    }
  }
`);

const TagsQuery = graphql(`
  query CaseTags {
    cases(first: 100) { nodes { id tags } }
  }
`);

export default function CasesPage() {
  const router = useRouter();
  const { t, name } = useI18n();
  const catalogue = useCatalogue();
  const cityId = router.params.get('city') ?? undefined;
  const initiativeId = router.params.get('initiative') ?? undefined;
  const tag = router.params.get('tag') ?? undefined;
  const search = router.params.get('q') ?? undefined;
  const [text, setText] = useState(search ?? '');
  useEffect(() => setText(search ?? ''), [search]);
  const [result, refetch] = useQuery({ query: CasesQuery, variables: { cityId, initiativeId, tag, search } });
  const [tagsResult] = useQuery({ query: TagsQuery });
  const tags = useMemo(() => [...new Set((tagsResult.data?.cases.nodes ?? []).flatMap((item) => item.tags))].sort(), [tagsResult.data]);
  const cases = result.data?.cases.nodes ?? [];
  const found = result.data?.cases.totalCount ?? 0;

  return (
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
            data-testid="cases-city"
          />
        </Field>
        <Field label={t('initiative')} width={260}>
          <Select
            allowClear
            aria-label={t('initiative')}
            placeholder={t('allInitiatives')}
            value={initiativeId}
            onChange={(value) => router.set({ initiative: value })}
            options={catalogue.initiatives.map((initiative) => ({ value: initiative.id, label: `${initiative.number}. ${name(initiative)}` }))}
          />
        </Field>
        <Field label={t('tag')} width={180}>
          <Select
            allowClear
            showSearch
            aria-label={t('tag')}
            placeholder={t('allTags')}
            value={tag}
            onChange={(value) => router.set({ tag: value })}
            options={tags.map((item) => ({ value: item, label: item }))}
            data-testid="cases-tag"
          />
        </Field>
        <Field label={t('search')} width={240}>
          <Input.Search
            aria-label={t('search')}
            placeholder={t('searchPlaceholder')}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onSearch={(value) => router.set({ q: value.trim() })}
            allowClear
            data-testid="cases-search"
          />
        </Field>
      </div>
      <QueryState fetching={result.fetching} error={result.error} hasData={!!result.data} retry={() => refetch({ requestPolicy: 'network-only' })}>
        <p data-testid="cases-count">
          {found} {t('casesFound')}
        </p>
        <List
          grid={{ gutter: 16, xs: 1, md: 2, xl: 3 }}
          dataSource={cases}
          locale={{ emptyText: t('noData') }}
          renderItem={(item) => (
            <List.Item>
              <Card size="small" title={<h2 className="card-title">{name(item)}</h2>} data-case={item.id}>
                <p style={{ marginTop: 0 }}>
                  <a
                    href={router.href('city', { id: item.city.id })}
                    onClick={(event) => {
                      event.preventDefault();
                      router.go('city', { id: item.city.id });
                    }}
                  >
                    {name(item.city)}
                  </a>{' '}
                  · {item.year} {item.illustrative && <Tag>{t('illustrative')}</Tag>}
                </p>
                <p style={{ fontSize: 13 }}>{item.summary}</p>
                <div>
                  {item.initiatives.map((initiative) => (
                    <Tag key={initiative.id} color="#1e40af" title={name(initiative)}>
                      {t('initiative')} {initiative.number}
                    </Tag>
                  ))}
                  {item.tags.map((itemTag) => (
                    <Tag key={itemTag} style={{ cursor: 'pointer' }} onClick={() => router.set({ tag: itemTag })}>
                      #{itemTag}
                    </Tag>
                  ))}
                </div>
              </Card>
            </List.Item>
          )}
        />
      </QueryState>
    </>
  );
}
