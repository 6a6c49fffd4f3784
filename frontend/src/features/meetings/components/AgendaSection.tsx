import { useId, useLayoutEffect, useRef, useState, type DragEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Meeting } from '@/api/types';
import { formatDateTime } from '@/lib/format';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { Loading } from '@/components/ui/Spinner';
import {
  agendaKey,
  moved,
  useAgenda,
  useCreateAgendaItem,
  useDraftAgendaFromPrevious,
  usePublishAgenda,
  useReorderAgenda,
  useUpdateAgendaItem,
  type AgendaItem,
} from '../api/agenda';
import { AgendaItemForm } from './AgendaItemForm';
import { AgendaItemView, agendaDomId } from './AgendaItemView';
import './agenda.css';

/** What takes the focus once the agenda has rendered: a point's button or heading, or the section's heading. */
type FocusTarget = { id: string; part: 'up' | 'down' | 'edit' | 'heading' } | { id: null; part: 'section' | 'status' };


/**
 * Who may do what with the agenda, from the API's `allowed_actions` and the meeting's state:
 * - add (and draft from the previous meeting): the agenda page's `create`, while the meeting may be
 *   changed (`update` on the meeting: not cancelled, minutes not adjusted);
 * - edit and delete a point: its `update` and `delete`, on such a meeting; delete and reorder only
 *   before the agenda is published (the API answers 409 `agenda_published` after);
 * - publish: the meeting's `publish_agenda`, once the agenda has a point.
 */
export function agendaPermissions(meeting: Meeting, page: { allowed_actions: readonly string[] } | undefined, items: readonly AgendaItem[]) {
  const has = (list: readonly string[] | undefined, a: string) => !!list?.includes(a);
  const open = has(meeting.allowed_actions, 'update');
  const published = !!meeting.agenda_published_at;
  const add = open && has(page?.allowed_actions, 'create');
  return {
    published,
    add,
    draft: add && !published && items.length === 0,
    reorder: add && !published && items.length > 1 && items.every((i) => has(i.allowed_actions, 'update')),
    publish: has(meeting.allowed_actions, 'publish_agenda') && !published && items.length > 0,
    edit: (item: AgendaItem) => open && has(item.allowed_actions, 'update'),
    remove: (item: AgendaItem) => open && !published && has(item.allowed_actions, 'delete'),
  };
}

/**
 * The meeting page's "Dagordning": the points § 1, § 2 … with kind, presenter, organization,
 * duration, classification and description. Those who run the council add, edit, delete and reorder
 * them (keyboard: "Flytta upp"/"Flytta ned" per point, the move announced and the focus kept on the
 * moved point's button; pointer: drag a point by its handle), draft it from the previous meeting, and
 * publish it behind a confirmation, after which its numbers are fixed and reordering is gone.
 */
export function AgendaSection({ meeting }: { meeting: Meeting }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const agenda = useAgenda(meeting.id);
  const items = agenda.data?.items ?? [];
  const can = agendaPermissions(meeting, agenda.data, items);
  const { reorder } = useReorderAgenda(meeting.id);
  const update = useUpdateAgendaItem(meeting.id);
  const publish = usePublishAgenda(meeting.id);
  const draft = useDraftAgendaFromPrevious(meeting.id);

  const headingId = useId();
  const hintId = useId();
  const sectionHeading = useRef<HTMLHeadingElement>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [error, setError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const [adding, setAdding] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [dragging, setDragging] = useState<string | null>(null);
  const [dropAt, setDropAt] = useState<{ id: string; after: boolean } | null>(null);

  // After a move, a save or a removal the element to focus may be rendered anew (or only after the
  // agenda has refetched): focus it once it is there.
  useLayoutEffect(() => {
    if (!focusTarget) return;
    const el =
      focusTarget.id === null
        ? focusTarget.part === 'status'
          ? statusRef.current
          : sectionHeading.current
        : document.getElementById(agendaDomId(focusTarget.id, focusTarget.part));
    if (el) {
      el.focus();
      setFocusTarget(null);
    }
  }, [focusTarget, agenda.data]);

  const announce = (text: string) => setAnnouncement((prev) => (prev === text ? `${text}\u00a0` : text));
  const exists = (key: string) => i18n.exists(key);
  function fail(err: unknown) {
    // A reorder that does not name every point: someone added or removed one meanwhile, or the
    // agenda has points the caller may not read (the API reorders only the whole agenda).
    const stale = isApiError(err) && err.status === 422 && err.fieldErrors.some((f) => f.field === 'item_ids');
    setError(stale ? t('agenda.reorderStale') : problemText(t, exists, err));
    setTimeout(() => errorRef.current?.focus(), 0);
  }

  function moveTo(from: number, to: number, part: 'up' | 'down' | null) {
    if (to < 0 || to >= items.length || from === to) return;
    const item = items[from];
    setError(null);
    if (part) setFocusTarget({ id: item.id, part });
    const next = moved(items, from, to);
    announce(t('agenda.moved', { from: item.number, to: next[to].number }));
    reorder(next).catch(fail);
  }

  // Drag and drop (pointer only; the buttons are the keyboard's way): drop before or after a point.
  function onDrop(e: DragEvent, target: AgendaItem) {
    e.preventDefault();
    const from = items.findIndex((i) => i.id === dragging);
    const at = items.findIndex((i) => i.id === target.id);
    setDragging(null);
    setDropAt(null);
    if (from < 0 || at < 0) return;
    const after = dropAt?.id === target.id ? dropAt.after : false;
    let to = at + (after ? 1 : 0);
    if (from < to) to -= 1;
    moveTo(from, to, null);
  }

  const reload = (
    <button type="button" className="button" onClick={() => void qc.invalidateQueries({ queryKey: agendaKey(meeting.id) })}>
      {t('common.reload')}
    </button>
  );

  return (
    <section aria-labelledby={headingId} className="agenda-section">
      <h2 id={headingId} ref={sectionHeading} tabIndex={-1}>
        {t('agenda.heading')}
      </h2>
      <p ref={statusRef} tabIndex={-1} className={can.published ? 'agenda-status agenda-status-published' : 'agenda-status'}>
        {can.published
          ? t('agenda.publishedAt', { date: formatDateTime(meeting.agenda_published_at ?? '', i18n.language) })
          : t('agenda.draft')}
      </p>
      <p className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </p>
      {error && (
        <div ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          <p>{error}</p>
        </div>
      )}
      {agenda.isPending ? (
        <Loading />
      ) : agenda.isError ? (
        <ErrorMessage error={agenda.error} onRetry={() => void agenda.refetch()} />
      ) : items.length === 0 ? (
        <p>{t('agenda.empty')}</p>
      ) : (
        <>
          {can.reorder && (
            <p id={hintId} className="hint">
              {t('agenda.reorderHint')}
            </p>
          )}
          <ol className="agenda-list" aria-labelledby={headingId}>
            {items.map((item, index) => (
              <li
                key={item.id}
                className={[
                  'agenda-item',
                  dragging === item.id ? 'agenda-item-dragging' : '',
                  dropAt?.id === item.id ? (dropAt.after ? 'agenda-drop-after' : 'agenda-drop-before') : '',
                ].join(' ')}
                onDragOver={
                  dragging
                    ? (e) => {
                        e.preventDefault();
                        e.dataTransfer.dropEffect = 'move';
                        const box = e.currentTarget.getBoundingClientRect();
                        const after = e.clientY > box.top + box.height / 2;
                        if (dropAt?.id !== item.id || dropAt.after !== after) setDropAt({ id: item.id, after });
                      }
                    : undefined
                }
                onDrop={dragging ? (e) => onDrop(e, item) : undefined}
              >
                {editing === item.id ? (
                  <AgendaItemForm
                    key={item.version}
                    item={item}
                    prefix={`agenda-item-${item.id}`}
                    heading={t('agenda.editHeading', { number: item.number, title: item.title })}
                    submitLabel={t('common.save')}
                    staleAction={reload}
                    onSubmit={async (body) => {
                      await update.mutateAsync({ version: item.version, patch: { ...body, id: item.id } });
                      setEditing(null);
                      announce(t('agenda.saved', { number: item.number }));
                      setFocusTarget({ id: item.id, part: 'edit' });
                    }}
                    onCancel={() => {
                      setEditing(null);
                      setFocusTarget({ id: item.id, part: 'edit' });
                    }}
                  />
                ) : (
                  <AgendaItemView
                    item={item}
                    index={index}
                    count={items.length}
                    reorder={can.reorder}
                    edit={can.edit(item)}
                    remove={can.remove(item)}
                    describedBy={can.reorder ? hintId : undefined}
                    onMove={(to, part) => moveTo(index, to, part)}
                    onEdit={() => {
                      setError(null);
                      setEditing(item.id);
                    }}
                    onRemoved={() => {
                      announce(t('agenda.removed', { number: item.number, title: item.title }));
                      setFocusTarget({ id: null, part: 'section' });
                    }}
                    onError={fail}
                    errorFocus={errorRef}
                    onDragStart={(e) => {
                      e.dataTransfer.effectAllowed = 'move';
                      e.dataTransfer.setData('text/plain', item.id);
                      const li = e.currentTarget.closest('li');
                      if (li) e.dataTransfer.setDragImage(li, 16, 16);
                      setDragging(item.id);
                    }}
                    onDragEnd={() => {
                      setDragging(null);
                      setDropAt(null);
                    }}
                  />
                )}
              </li>
            ))}
          </ol>
        </>
      )}

      {can.draft && !agenda.isPending && (
        <div className="agenda-draft">
          <p className="hint">{t('agenda.fromPreviousHint')}</p>
          <button
            type="button"
            className="button"
            disabled={draft.isPending}
            onClick={() => {
              setError(null);
              draft.mutate(undefined, {
                onSuccess: (page) => {
                  announce(page.items.length ? t('agenda.fromPreviousDone', { count: page.items.length }) : t('agenda.fromPreviousNone'));
                  if (page.items[0]) setFocusTarget({ id: page.items[0].id, part: 'heading' });
                },
                onError: fail,
              });
            }}
          >
            {draft.isPending ? t('agenda.fromPreviousPending') : t('agenda.fromPrevious')}
          </button>
        </div>
      )}

      {can.add &&
        (adding ? (
          <NewAgendaItemForm
            meetingId={meeting.id}
            onAdded={(saved) => {
              setAdding(false);
              announce(t('agenda.added', { number: saved.number, title: saved.title }));
              setFocusTarget({ id: saved.id, part: 'heading' });
            }}
            onCancel={() => {
              setAdding(false);
              setTimeout(() => addButton.current?.focus(), 0);
            }}
          />
        ) : (
          <p>
            <button
              ref={addButton}
              type="button"
              className="button"
              onClick={() => {
                setError(null);
                setAdding(true);
              }}
            >
              {t('agenda.addButton')}
            </button>
          </p>
        ))}

      {can.publish && (
        <div className="agenda-publish">
          <p className="hint">{t('agenda.publishIntro')}</p>
          <ConfirmAction
            label={t('agenda.publish')}
            title={t('agenda.publishTitle', { title: meeting.title })}
            description={<p>{t('agenda.publishText', { count: items.length })}</p>}
            confirmLabel={t('agenda.publishConfirm')}
            onConfirm={async () => {
              setError(null);
              await publish.mutateAsync({ version: meeting.version });
              announce(t('agenda.publishDone'));
              setFocusTarget({ id: null, part: 'status' });
            }}
            onError={fail}
            errorFocus={errorRef}
          />
        </div>
      )}
    </section>
  );
}

/**
 * "Ny punkt": the create hook lives with the form, so each opening is one attempt with its own
 * Idempotency-Key (`useCreateMutation` keeps the key after a success).
 */
function NewAgendaItemForm({ meetingId, onAdded, onCancel }: { meetingId: string; onAdded: (saved: AgendaItem) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const create = useCreateAgendaItem(meetingId);
  return (
    <AgendaItemForm
      prefix="agenda-new"
      heading={t('agenda.addHeading')}
      submitLabel={t('agenda.add')}
      onSubmit={async (body) => onAdded(await create.mutateAsync(body))}
      onCancel={onCancel}
    />
  );
}
