import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActionItem } from '@/lib/action-items';
import { formatDate } from '@/lib/format';
import { stockholmDate } from '@/lib/stockholm-time';
import { entityName, namesOf } from '@/lib/names';
import { searchCouncils } from '@/lib/options';
import { useCan } from '@/lib/permissions';
import { isApiError } from '@/lib/problem';
import { problemText } from '@/lib/problem-text';
import { EntityLink } from '@/components/EntityLink';
import { ListPage } from '@/components/list/ListPage';
import { useUrlFilters } from '@/components/list/useUrlFilters';
import { EntityCombobox } from '@/components/ui/EntityCombobox';
import { useActionItems, useSetActionItemStatus } from '../api/action-items';
import { actionItemQueryFor, parseActionItemFilters, SHOWS, statusChanges, type StatusChange } from '../lib/filters';

/**
 * `/action-items`: "Mina uppgifter", the caller's tasks (`owner=me`), open, overdue or all (`?show=`),
 * each marked done (or cancelled, or opened again) as its `allowed_actions` allow, with If-Match.
 * Those who may create tasks (the list's `allowed_actions`: they run a council) also get everyone's
 * tasks (`?scope=all`), by council.
 */
export function ActionItemsPage() {
  const { t, i18n } = useTranslation();
  const can = useCan();
  const { filters, update } = useUrlFilters(parseActionItemFilters);
  const list = useActionItems(actionItemQueryFor(filters));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const mayListAll = can('create', list.data?.pages[0]);
  const showAll = filters.scope === 'all';
  const showId = useId();

  const setStatus = useSetActionItemStatus();
  const [pending, setPending] = useState<string | null>(null);
  const [message, setMessage] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const messageRef = useRef<HTMLDivElement>(null);

  async function change(item: ActionItem, status: StatusChange) {
    setPending(item.id);
    setMessage(null);
    try {
      await setStatus.mutateAsync({ version: item.version, patch: { id: item.id, status } });
      setMessage({ kind: 'success', text: t(`actionItems.changed.${status}`, { description: item.description }) });
    } catch (err) {
      // Someone changed it since the list was read: show the list as it is now.
      if (isApiError(err) && err.status === 412) void list.refetch();
      setMessage({
        kind: 'error',
        text: isApiError(err) && err.status === 412 ? t('actionItems.changedMeanwhile') : problemText(t, (k) => i18n.exists(k), err),
      });
    } finally {
      setPending(null);
      // The row may leave the list (done is no longer open): the message takes the focus.
      setTimeout(() => messageRef.current?.focus(), 0);
    }
  }

  const councilName = filters.council ? items.map((a) => entityName(filters.council, namesOf(a))).find(Boolean) : undefined;

  return (
    <ListPage
      title={showAll ? t('actionItems.allTitle') : t('actionItems.title')}
      list={list}
      beforeList={
        <div ref={messageRef} tabIndex={-1} className="action-item-message">
          {message && (
            <div className={`alert ${message.kind === 'success' ? 'alert-info' : 'alert-error'}`} role={message.kind === 'error' ? 'alert' : 'status'}>
              <p>{message.text}</p>
            </div>
          )}
        </div>
      }
      filters={
        <>
          {(mayListAll || showAll) && (
            <div className="view-switch" role="group" aria-label={t('actionItems.scope.label')}>
              <button type="button" className="button button-small" aria-pressed={!showAll} onClick={() => update({ scope: null, council: null })}>
                {t('actionItems.scope.mine')}
              </button>
              <button type="button" className="button button-small" aria-pressed={showAll} onClick={() => update({ scope: 'all' })}>
                {t('actionItems.scope.all')}
              </button>
            </div>
          )}
          <div className="field">
            <label htmlFor={showId}>{t('actionItems.filters.show')}</label>
            <select id={showId} value={filters.show} onChange={(e) => update({ show: e.target.value === 'open' ? null : e.target.value })}>
              {SHOWS.map((s) => (
                <option key={s} value={s}>
                  {t(`actionItems.show.${s}`)}
                </option>
              ))}
            </select>
          </div>
          {showAll && (
            <EntityCombobox
              id="action-items-council"
              label={t('actionItems.filters.council')}
              hint={t('actionItems.filters.councilHint')}
              value={filters.council ?? ''}
              valueLabel={councilName}
              onChange={(id) => update({ council: id || null })}
              search={searchCouncils}
              cacheKey="councils"
            />
          )}
        </>
      }
      empty={t(`actionItems.empty.${filters.show}`)}
    >
      {(rows) => (
        <ul className="action-item-list" aria-label={showAll ? t('actionItems.allTitle') : t('actionItems.title')}>
          {rows.map((a) => (
            <ActionItemCard key={a.id} item={a} showOwner={showAll} pending={pending === a.id} onChange={(s) => void change(a, s)} />
          ))}
        </ul>
      )}
    </ListPage>
  );
}

/**
 * One task: what to do, where it comes from (the council and the meeting, by their `names`), its
 * owner on everyone's list, when it is due (overdue in words), its status, and the status changes
 * its `allowed_actions` allow.
 */
function ActionItemCard({ item: a, showOwner, pending, onChange }: { item: ActionItem; showOwner: boolean; pending: boolean; onChange: (s: StatusChange) => void }) {
  const { t } = useTranslation();
  const changes = statusChanges(a);
  return (
    <li className={a.overdue ? 'action-item action-item-overdue' : 'action-item'}>
      <p className="action-item-description pre-line">{a.description}</p>
      <p className="action-item-origin">
        <EntityLink kind="council" id={a.council_id} names={namesOf(a)} />
        {a.meeting_id && <MeetingLink item={a} />}
      </p>
      <dl className="action-item-facts">
        {showOwner && (
          <div>
            <dt>{t('actionItems.fields.owner')}</dt>
            <dd>
              {a.owner_organization_id ? (
                <EntityLink kind="organization" id={a.owner_organization_id} names={namesOf(a)} />
              ) : (
                <EntityLink kind="person" id={a.owner_person_id} names={namesOf(a)} />
              )}
            </dd>
          </div>
        )}
        <div>
          <dt>{t('actionItems.fields.due')}</dt>
          <dd>
            <DueDate item={a} />
          </dd>
        </div>
        <div>
          <dt>{t('actionItems.fields.status')}</dt>
          <dd>
            <ActionStatusText item={a} />
          </dd>
        </div>
      </dl>
      {changes.length > 0 && (
        <div className="button-row">
          {changes.map((s) => (
            <button
              key={s}
              type="button"
              className="button button-small"
              // The task in the name: "Markera som klar: Boka lokal …".
              aria-label={`${t(`actionItems.actions.${s}`)}: ${a.description}`}
              disabled={pending}
              onClick={() => onChange(s)}
            >
              {t(`actionItems.actions.${s}`)}
            </button>
          ))}
        </div>
      )}
    </li>
  );
}

/** The due date; an overdue one says so in words ("Försenad"), not by colour alone. */
function DueDate({ item: a }: { item: ActionItem }) {
  const { t, i18n } = useTranslation();
  if (!a.due_on) return <>{t('actionItems.noDueDate')}</>;
  return (
    <>
      <time dateTime={a.due_on} className={a.overdue ? 'nowrap due-overdue' : 'nowrap'}>
        {formatDate(a.due_on, i18n.language)}
      </time>
      {a.overdue && (
        <>
          {' '}
          <span className="badge badge-overdue">
            <span aria-hidden="true">! </span>
            {t('actionItems.overdue')}
          </span>
        </>
      )}
    </>
  );
}

function ActionStatusText({ item: a }: { item: ActionItem }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      <span className={`badge badge-action-${a.status}`}>{t(`actionItems.statuses.${a.status}`)}</span>
      {a.status === 'done' && a.completed_at && (
        <>
          {' '}
          <span className="muted nowrap">{formatDate(stockholmDate(a.completed_at), i18n.language)}</span>
        </>
      )}
    </>
  );
}

/**
 * The meeting that decided the task. Its name in `names` is its title, which for meetings made from
 * a cadence is the council's name again: then the link says "Mötet".
 */
function MeetingLink({ item: a }: { item: ActionItem }) {
  const { t } = useTranslation();
  const names = namesOf(a);
  const title = entityName(a.meeting_id, names);
  const sameAsCouncil = !!title && title === entityName(a.council_id, names);
  return (
    <>
      {' · '}
      {sameAsCouncil ? (
        <Link to={`/meetings/${a.meeting_id}`}>{t('actionItems.theMeeting')}</Link>
      ) : (
        <>
          <span className="muted">{t('actionItems.fromMeeting')} </span>
          <EntityLink kind="meeting" id={a.meeting_id} names={names} />
        </>
      )}
    </>
  );
}
