import { useI18n } from '../i18n';
import { interval, natureKey, type ValueAttributes } from './value-attributes';

/** The numbers of the notes listed under a table or chart that a value refers to. */
export function NoteMarks({ marks }: { marks: readonly number[] }) {
  if (marks.length === 0) return null;
  return <sup data-notes={marks.join(',')}>{marks.join(',')}</sup>;
}

/** A value with its interval, "82.1 (79.8–84.4)", and its note marks. */
export function AttributedValue({ value, attributes, marks }: { value: number | null | undefined; attributes: ValueAttributes | null | undefined; marks: readonly number[] }) {
  const { t, number } = useI18n();
  const bounds = interval(attributes);
  return (
    <>
      {number(value)}
      {bounds && (
        <span className="value-interval" data-lower={bounds.lower} data-upper={bounds.upper} title={t('interval')}>
          {' '}
          ({number(bounds.lower)}–{number(bounds.upper)})
        </span>
      )}
      <NoteMarks marks={marks} />
    </>
  );
}

/** The name of the value's nature in the reader's language ("estimated"), when it is stated. */
export function NatureName({ attributes }: { attributes: ValueAttributes | null | undefined }) {
  const { t } = useI18n();
  if (!attributes?.nature) return null;
  return (
    <div className="value-nature" data-nature={attributes.nature}>
      {t(natureKey(attributes))}
    </div>
  );
}
