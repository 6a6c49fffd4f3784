import type { DragEvent, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { namesOf } from '@/lib/names';
import { EntityLink } from '@/components/EntityLink';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { useDeleteAgendaItem, type AgendaItem, type Classification } from '../api/agenda';

export const agendaDomId = (itemId: string, part: string) => `agenda-item-${itemId}-${part}`;

/** Who may read a point, as a badge (text, not colour only). */
export function ClassificationBadge({ classification }: { classification: Classification }) {
  const { t } = useTranslation();
  return <span className={`badge badge-classification-${classification}`}>{t(`agenda.classifications.${classification}`)}</span>;
}

export interface AgendaItemViewProps {
  item: AgendaItem;
  index: number;
  count: number;
  /** "Flytta upp"/"Flytta ned" and the drag handle. */
  reorder: boolean;
  edit: boolean;
  remove: boolean;
  /** The reorder hint, read with the move buttons. */
  describedBy?: string;
  onMove: (to: number, part: 'up' | 'down') => void;
  onEdit: () => void;
  onRemoved: () => void;
  onError: (error: unknown) => void;
  errorFocus: RefObject<HTMLElement | null>;
  onDragStart: (e: DragEvent<HTMLElement>) => void;
  onDragEnd: () => void;
}

/**
 * One point of the agenda: "§ n Title" (a heading), its classification, kind, presenter,
 * organization, duration and description, and the actions its caller may take. The move buttons stay
 * rendered at the ends of the list (`aria-disabled`), so the focus can stay on them.
 */
export function AgendaItemView({
  item,
  index,
  count,
  reorder,
  edit,
  remove,
  describedBy,
  onMove,
  onEdit,
  onRemoved,
  onError,
  errorFocus,
  onDragStart,
  onDragEnd,
}: AgendaItemViewProps) {
  const { t } = useTranslation();
  const del = useDeleteAgendaItem(item.meeting_id, item.id);
  const names = namesOf(item);
  const headingId = agendaDomId(item.id, 'heading');
  const first = index === 0;
  const last = index === count - 1;
  const described = [headingId, describedBy].filter(Boolean).join(' ');

  return (
    <article className="agenda-item-body" aria-labelledby={headingId}>
      <div className="agenda-item-head">
        {reorder && (
          <span
            className="agenda-drag-handle"
            draggable
            onDragStart={onDragStart}
            onDragEnd={onDragEnd}
            title={t('agenda.dragHandle')}
            aria-hidden="true"
          >
            ⠿
          </span>
        )}
        <h3 id={headingId} tabIndex={-1} className="agenda-item-title">
          <span className="agenda-number">§ {item.number}</span> {item.title}
        </h3>
        <ClassificationBadge classification={item.classification} />
      </div>
      <dl className="agenda-meta">
        <div>
          <dt>{t('agenda.fields.kind')}</dt>
          <dd>{t(`agenda.kinds.${item.kind}`)}</dd>
        </div>
        {item.presenter_person_id && (
          <div>
            <dt>{t('agenda.fields.presenter')}</dt>
            <dd>
              <EntityLink kind="person" id={item.presenter_person_id} names={names} />
            </dd>
          </div>
        )}
        {item.organization_id && (
          <div>
            <dt>{t('agenda.fields.organization')}</dt>
            <dd>
              <EntityLink kind="organization" id={item.organization_id} names={names} />
            </dd>
          </div>
        )}
        {item.duration_minutes != null && (
          <div>
            <dt>{t('agenda.fields.duration')}</dt>
            <dd>{t('agenda.minutes', { count: item.duration_minutes })}</dd>
          </div>
        )}
        {item.standing && (
          <div>
            <dt>{t('agenda.fields.standing')}</dt>
            <dd>{t('common.yes')}</dd>
          </div>
        )}
      </dl>
      {item.description && <p className="pre-line agenda-description">{item.description}</p>}
      {(reorder || edit || remove) && (
        <div className="button-row agenda-actions">
          {reorder && (
            <>
              <button
                id={agendaDomId(item.id, 'up')}
                type="button"
                className="button button-small"
                aria-describedby={described}
                aria-disabled={first || undefined}
                onClick={() => !first && onMove(index - 1, 'up')}
              >
                {t('agenda.moveUp')}
              </button>
              <button
                id={agendaDomId(item.id, 'down')}
                type="button"
                className="button button-small"
                aria-describedby={described}
                aria-disabled={last || undefined}
                onClick={() => !last && onMove(index + 1, 'down')}
              >
                {t('agenda.moveDown')}
              </button>
            </>
          )}
          {edit && (
            <button id={agendaDomId(item.id, 'edit')} type="button" className="button button-small" aria-describedby={headingId} onClick={onEdit}>
              {t('common.edit')}
            </button>
          )}
          {remove && (
            <ConfirmAction
              label={t('agenda.remove')}
              title={t('agenda.removeTitle', { number: item.number, title: item.title })}
              description={<p>{t('agenda.removeText')}</p>}
              confirmLabel={t('agenda.remove')}
              onConfirm={async () => {
                await del.mutateAsync({ version: item.version });
                onRemoved();
              }}
              onError={onError}
              errorFocus={errorFocus}
            />
          )}
        </div>
      )}
    </article>
  );
}
