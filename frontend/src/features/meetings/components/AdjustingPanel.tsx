import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { entityName } from '@/lib/names';
import { useFlash } from '@/components/ui/Flash';
import { SelectField, TextAreaField, useServerForm } from '@/components/ui/form';
import { minutesQuery, useApproveMinutes, useCommentMinutes, type Minutes, type Review } from '../api/minutes';
import { adjusterState, minutesAbilities, rounds } from '../lib/minutes';
import { MINUTES_STATUS_ID, paragraphHeading } from './MinutesParts';

/**
 * "Justering": the adjusters and, per adjuster, whether they have approved the current revision (and
 * when); for an adjuster (`approve`, `comment` in the minutes' `allowed_actions`) "Godkänn" and a
 * comment on the whole minutes or on one §, which sends them back to the secretary; the history of
 * the rounds (what each adjuster said of each revision).
 */
export function AdjustingPanel({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const headingId = useId();
  const can = minutesAbilities(m);
  const name = (id: string) => entityName(id, m.names) ?? t('common.nameMissing');
  // A draft never submitted: the secretary's form has the adjusters; nothing to show yet.
  if (can.edit && m.revision === 0) return null;
  return (
    <section aria-labelledby={headingId} className="adjusting-panel">
      <h2 id={headingId}>{t('minutes.adjusting.heading')}</h2>
      {m.adjusters.length === 0 ? (
        <p>{t('minutes.adjusting.noAdjusters')}</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t('minutes.adjusting.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('minutes.adjusting.adjuster')}</th>
                <th scope="col">{t('minutes.adjusting.state')}</th>
              </tr>
            </thead>
            <tbody>
              {m.adjusters.map((a) => (
                <tr key={a.person_id}>
                  <th scope="row">{name(a.person_id)}</th>
                  <td>
                    <AdjusterStateText minutes={m} adjuster={a} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {m.status === 'draft' && m.revision === 0 && <p className="hint">{t('minutes.adjusting.notSubmitted')}</p>}
      {(can.approve || can.comment) && <AdjusterActions minutes={m} />}
      <History minutes={m} />
    </section>
  );
}

function AdjusterStateText({ minutes: m, adjuster: a }: { minutes: Minutes; adjuster: Minutes['adjusters'][number] }) {
  const { t, i18n } = useTranslation();
  const state = adjusterState(a);
  const date = formatDateTime(a.approved_at, i18n.language);
  if (state === 'approved') return <span className="adjuster-approved">{t('minutes.adjusting.approvedAt', { date })}</span>;
  if (state === 'approvedEarlier' && m.status !== 'draft')
    return <span>{t('minutes.adjusting.approvedEarlier', { revision: a.approved_revision, date })}</span>;
  if (m.status === 'submitted') return <span>{t('minutes.adjusting.waiting')}</span>;
  return <span className="muted">{t('minutes.adjusting.notYet')}</span>;
}

/**
 * For an adjuster: "Godkänn protokollet" (If-Match of the minutes shown) and "Skicka tillbaka med
 * kommentar" (on the whole minutes or a §). Either changes the minutes: the status line takes the focus.
 */
function AdjusterActions({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const flash = useFlash();
  const can = minutesAbilities(m);
  const approve = useApproveMinutes(m.meeting_id);
  const comment = useCommentMinutes(m.meeting_id);
  const [text, setText] = useState('');
  const [about, setAbout] = useState('');
  const headingId = useId();
  const approveForm = useServerForm({ prefix: 'minutes-approve', isKnownField: () => false, labelFor: (f) => f });
  const form = useServerForm({
    prefix: 'minutes-comment',
    isKnownField: (f) => f === 'comment' || f === 'agenda_item_id',
    labelFor: (f) => (f === 'comment' ? t('minutes.adjusting.comment') : t('minutes.adjusting.about')),
  });

  const focusStatus = () => setTimeout(() => document.getElementById(MINUTES_STATUS_ID)?.focus(), 0);
  const reload = (
    <button type="button" className="button" onClick={() => void qc.invalidateQueries({ queryKey: minutesQuery(m.meeting_id).queryKey })}>
      {t('common.reload')}
    </button>
  );

  async function onApprove() {
    const ok = await approveForm.submit(async () => {
      const saved = await approve.mutateAsync({ version: m.version });
      flash.show(saved.status === 'adjusted' ? t('minutes.adjusting.approvedAdjusted') : t('minutes.adjusting.approvedDone'));
    });
    if (ok) focusStatus();
  }

  async function onComment() {
    const body = text.trim();
    if (form.clientErrors(body ? {} : { comment: t('minutes.adjusting.commentRequired') })) return;
    const ok = await form.submit(async () => {
      await comment.mutateAsync({ version: m.version, patch: { comment: body, agenda_item_id: about || null } });
    });
    if (!ok) return;
    setText('');
    flash.show(t('minutes.adjusting.commented'));
    focusStatus();
  }

  return (
    <section aria-labelledby={headingId} className="adjuster-actions">
      <h3 id={headingId}>{t('minutes.adjusting.yourPart')}</h3>
      <p>{t('minutes.adjusting.yourPartText', { revision: m.revision })}</p>
      {can.approve && (
        <div className="form">
          {approveForm.renderSummary(reload)}
          <div className="button-row">
            <button type="button" className="button button-primary" disabled={approveForm.pending} onClick={() => void onApprove()}>
              {approveForm.pending ? t('minutes.adjusting.approving') : t('minutes.adjusting.approve')}
            </button>
          </div>
        </div>
      )}
      {can.comment && (
        <form
          noValidate
          className="form"
          aria-busy={form.pending || undefined}
          onSubmit={(e) => {
            e.preventDefault();
            void onComment();
          }}
        >
          {form.renderSummary(reload)}
          <SelectField
            form={form}
            field="agenda_item_id"
            label={t('minutes.adjusting.about')}
            options={m.paragraphs.map((p) => p.id)}
            optionLabel={(id) => {
              const p = m.paragraphs.find((x) => x.id === id);
              return p ? paragraphHeading(p) : id;
            }}
            empty={t('minutes.adjusting.aboutWhole')}
            value={about}
            onChange={setAbout}
          />
          <TextAreaField
            form={form}
            field="comment"
            label={t('minutes.adjusting.comment')}
            hint={t('minutes.adjusting.commentHint')}
            required
            rows={3}
            maxLength={5000}
            value={text}
            onChange={setText}
          />
          <div className="button-row">
            <button type="submit" className="button" disabled={form.pending}>
              {form.pending ? t('common.saving') : t('minutes.adjusting.sendBack')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}

/** The rounds, oldest first: "Omgång 1: … kommenterade § 3: …", "Omgång 2: … godkände". */
function History({ minutes: m }: { minutes: Minutes }) {
  const { t } = useTranslation();
  const list = rounds(m.reviews);
  if (list.length === 0) return null;
  return (
    <>
      <h3>{t('minutes.adjusting.history')}</h3>
      <ol className="rounds">
        {list.map((r) => (
          <li key={r.revision}>
            <p className="subheading">{t('minutes.adjusting.round', { revision: r.revision })}</p>
            <ul className="plain-list">
              {r.reviews.map((review, i) => (
                <li key={`${review.person_id}-${review.created_at}-${i}`}>
                  <ReviewLine minutes={m} review={review} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}

function ReviewLine({ minutes: m, review: r }: { minutes: Minutes; review: Review }) {
  const { t, i18n } = useTranslation();
  const who = entityName(r.person_id, m.names) ?? t('common.nameMissing');
  const date = formatDateTime(r.created_at, i18n.language);
  if (r.verdict === 'approved') return <>{t('minutes.adjusting.historyApproved', { name: who, date })}</>;
  const p = r.agenda_item_id ? m.paragraphs.find((x) => x.id === r.agenda_item_id) : undefined;
  const about = r.agenda_item_id ? (p ? paragraphHeading(p) : t('minutes.adjusting.hiddenParagraph')) : t('minutes.adjusting.aboutWhole');
  return (
    <>
      {t('minutes.adjusting.historyCommented', { name: who, date, about })}
      {r.comment && <span className="pre-line history-comment">{r.comment}</span>}
    </>
  );
}
