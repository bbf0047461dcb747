import { useI18n } from '../i18n';
import type { Notes } from './value-attributes';

/** The notes the marks of a table or chart refer to, numbered as the marks are. */
export function NoteList({ notes, testId }: { notes: Notes; testId?: string }) {
  const { t } = useI18n();
  if (notes.list.length === 0) return null;
  return (
    <div className="value-notes" data-testid={testId}>
      <strong>{t('notes')}</strong>
      <ol>
        {notes.list.map((note) => (
          <li key={note.mark} value={note.mark} data-note={note.mark} data-series-break={note.seriesBreak || undefined}>
            {note.seriesBreak && <strong>{t('seriesBreak')}: </strong>}
            {note.text}
          </li>
        ))}
      </ol>
    </div>
  );
}
