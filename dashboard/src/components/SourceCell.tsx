import { useI18n } from '../i18n';

/** What the dashboard reads of a value's citation (Citation in the schema). */
export interface CitationLink {
  publisher: string;
  title: string;
  url: string;
  publishedOn: string;
  quote: string;
}

const httpUrl = (url: string) => /^https?:\/\//i.test(url);

/**
 * A value's source: for a published value, a link to the page it was read on, named by its publisher and
 * document, with the quoted sentence on hover; otherwise the free-text source.
 */
export function SourceCell({ source, citation }: { source: string; citation: CitationLink | null | undefined }) {
  const { t } = useI18n();
  if (!citation || !httpUrl(citation.url)) return <>{source}</>;
  const description = t('citation.link', { publisher: citation.publisher, title: citation.title, date: citation.publishedOn, quote: citation.quote });
  return (
    <a href={citation.url} target="_blank" rel="noopener noreferrer" title={description} data-testid="citation-link">
      {citation.publisher} · {citation.title}
    </a>
  );
}
