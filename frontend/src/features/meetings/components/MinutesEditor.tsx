import { useRef, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { problemText } from '@/lib/problem-text';
import { entityName } from '@/lib/names';
import { ConfirmAction } from '@/components/ui/ConfirmAction';
import { useFlash } from '@/components/ui/Flash';
import { DateField, PublicRecordNote, SelectField, TextAreaField, useServerForm, type ServerForm } from '@/components/ui/form';
import {
  ITEM_RESULTS,
  minutesQuery,
  useAdjustParagraph,
  useAttendance,
  useSubmitMinutes,
  useUpdateMinutes,
  useUpdateParagraph,
  type ItemResult,
  type Minutes,
  type Paragraph,
} from '../api/minutes';
import {
  attendees,
  decisionLabel,
  defaultAdjustBy,
  latestComments,
  mayAdjustNow,
  minutesAbilities,
  minutesPatch,
  paragraphLocked,
  paragraphPatch,
  paragraphValues,
  type ParagraphValues,
} from '../lib/minutes';
import { ClassificationMark, MINUTES_STATUS_ID, ParagraphText, ReviewComments, paragraphHeading } from './MinutesParts';

const MAX_ADJUSTERS = 10;
const PARAGRAPH_FIELD = /^p\.([^.]+)\.(minutes_text|decision|result)$/;
const MINUTES_FIELDS = new Set(['other_business', 'adjust_by', 'adjuster_person_ids']);

/**
 * The secretary's form for a draft: per paragraph (§) the minutes text, the decision and the result;
 * övrigt; the adjusters among those who attended and the date to adjust by (two weeks after the
 * meeting unless set). "Spara utkast" sends what changed: each changed paragraph with its own
 * If-Match, then the minutes' part with theirs. "Skicka för justering" saves, then submits.
 * A paragraph may be adjusted at once (omedelbar justering) where its `allowed_actions` say so.
 */
export function MinutesEditor({ minutes: m, meetingStartsAt, onReload }: { minutes: Minutes; meetingStartsAt: string | undefined; onReload: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const flash = useFlash();
  const can = minutesAbilities(m);
  const attendance = useAttendance(m.meeting_id);
  const updateParagraph = useUpdateParagraph(m.meeting_id);
  const updateMinutes = useUpdateMinutes(m.meeting_id);
  const submit = useSubmitMinutes(m.meeting_id);

  const [paragraphs, setParagraphs] = useState<Record<string, ParagraphValues>>(() =>
    Object.fromEntries(m.paragraphs.map((p) => [p.id, paragraphValues(p)])),
  );
  const [otherBusiness, setOtherBusiness] = useState(m.other_business ?? '');
  // null: not touched, the default shows (the minutes' own date, else two weeks after the meeting).
  const [adjustBy, setAdjustBy] = useState<string | null>(m.adjust_by ?? null);
  const [adjusters, setAdjusters] = useState<string[]>(() => m.adjusters.map((a) => a.person_id));
  const shownAdjustBy = adjustBy ?? defaultAdjustBy(m, meetingStartsAt);

  // The paragraph whose request runs: a 422's field names are that paragraph's.
  const scope = useRef<string | null>(null);
  const byId = new Map(m.paragraphs.map((p) => [p.id, p]));
  const form = useServerForm({
    prefix: 'minutes',
    isKnownField: (f) => MINUTES_FIELDS.has(f) || PARAGRAPH_FIELD.test(f),
    labelFor: (f) => {
      const match = PARAGRAPH_FIELD.exec(f);
      if (match) {
        const p = byId.get(match[1]);
        return `${p ? paragraphHeading(p) : ''}: ${t(`minutes.fields.${match[2]}`)}`;
      }
      if (f === 'other_business') return t('minutes.fields.otherBusiness');
      if (f === 'adjust_by') return t('minutes.fields.adjustBy');
      if (f === 'adjuster_person_ids') return t('minutes.fields.adjusters');
      return f;
    },
  });
  const mapField = (f: string) => (scope.current && !MINUTES_FIELDS.has(f) ? `p.${scope.current}.${f}` : f);

  const setParagraph = (id: string, patch: Partial<ParagraphValues>) => setParagraphs((all) => ({ ...all, [id]: { ...all[id], ...patch } }));

  function checkClient(forSubmit: boolean): boolean {
    const errs: Record<string, string> = {};
    if (adjusters.length > MAX_ADJUSTERS) errs.adjuster_person_ids = t('minutes.editor.tooManyAdjusters', { max: MAX_ADJUSTERS });
    if (forSubmit && adjusters.length === 0) errs.adjuster_person_ids = t('minutes.editor.adjustersRequired');
    return form.clientErrors(errs);
  }

  /** Saves what changed; answers the minutes' version after it (for the submit that may follow). */
  async function saveChanges(): Promise<number> {
    for (const p of m.paragraphs) {
      if (paragraphLocked(p)) continue;
      const patch = paragraphPatch(p, paragraphs[p.id]);
      if (!patch) continue;
      scope.current = p.id;
      await updateParagraph.mutateAsync({ version: p.version, patch: { itemId: p.id, body: patch } });
    }
    scope.current = null;
    const patch = minutesPatch(m, { other_business: otherBusiness, adjust_by: shownAdjustBy, adjusters });
    if (!patch) return m.version;
    return (await updateMinutes.mutateAsync({ version: m.version, patch })).version;
  }

  async function save() {
    if (checkClient(false)) return;
    const ok = await form.submit(async () => {
      await saveChanges();
    }, mapField);
    if (ok) flash.show(t('minutes.editor.saved'));
  }

  async function send() {
    if (checkClient(true)) return;
    const ok = await form.submit(async () => {
      const version = await saveChanges();
      await submit.mutateAsync({ version });
    }, mapField);
    if (!ok) return;
    flash.show(t('minutes.editor.submitted'));
    // The form goes (the minutes are with the adjusters); the status line says where they are.
    setTimeout(() => document.getElementById(MINUTES_STATUS_ID)?.focus(), 0);
  }

  const reload = (
    <button
      type="button"
      className="button"
      onClick={() => {
        void qc.refetchQueries({ queryKey: minutesQuery(m.meeting_id).queryKey }).then(onReload);
      }}
    >
      {t('common.reload')}
    </button>
  );

  const generalComments = latestComments(m.reviews, null);
  const sentBack = m.revision > 0 && latestComments(m.reviews).length > 0;
  const people = attendees(attendance.data);
  // Adjusters chosen earlier stay in the list, even if their presence changed since.
  for (const id of adjusters) if (!people.some((a) => a.personId === id)) people.push({ personId: id, name: entityName(id, m.names) ?? t('common.nameMissing') });

  return (
    <form
      noValidate
      className="form minutes-form"
      aria-busy={form.pending || undefined}
      onSubmit={(e) => {
        e.preventDefault();
        void save();
      }}
    >
      {form.renderSummary(reload)}
      {sentBack && (
        <div className="alert alert-info">
          <p>
            <strong>{t('minutes.editor.sentBackHeading')}</strong>
          </p>
          <p>{t('minutes.editor.sentBackText')}</p>
          <ReviewComments reviews={generalComments} names={m.names} label={t('minutes.review.commentsOnMinutes')} />
        </div>
      )}
      <PublicRecordNote />
      <h2>{t('minutes.paragraphsHeading')}</h2>
      {m.paragraphs.length === 0 && <p>{t('minutes.noParagraphs')}</p>}
      {m.paragraphs.map((p) => (
        <ParagraphFields
          key={p.id}
          form={form}
          minutes={m}
          paragraph={p}
          values={paragraphs[p.id] ?? paragraphValues(p)}
          onChange={(patch) => setParagraph(p.id, patch)}
        />
      ))}
      <TextAreaField
        form={form}
        field="other_business"
        label={t('minutes.fields.otherBusiness')}
        hint={t('minutes.fields.otherBusinessHint')}
        rows={3}
        maxLength={5000}
        value={otherBusiness}
        onChange={setOtherBusiness}
      />
      <h2>{t('minutes.editor.adjustingHeading')}</h2>
      <AdjusterChoice form={form} people={people} loading={attendance.isPending} failed={attendance.isError} chosen={adjusters} onChange={setAdjusters} />
      <DateField
        form={form}
        field="adjust_by"
        label={t('minutes.fields.adjustBy')}
        hint={t('minutes.fields.adjustByHint')}
        value={shownAdjustBy}
        onChange={setAdjustBy}
      />
      <div className="button-row">
        <button type="submit" className="button" disabled={form.pending}>
          {form.pending ? t('common.saving') : t('minutes.editor.save')}
        </button>
        {can.submit && (
          <button type="button" className="button button-primary" disabled={form.pending} onClick={() => void send()}>
            {t('minutes.editor.submit')}
          </button>
        )}
      </div>
      {can.submit && <p className="hint">{t('minutes.editor.submitHint')}</p>}
    </form>
  );
}

/** One paragraph's fields, or its text when it is locked (adjusted at once); its comments; "Justera omedelbart". */
function ParagraphFields({
  form,
  minutes: m,
  paragraph: p,
  values,
  onChange,
}: {
  form: ServerForm;
  minutes: Minutes;
  paragraph: Paragraph;
  values: ParagraphValues;
  onChange: (patch: Partial<ParagraphValues>) => void;
}) {
  const { t } = useTranslation();
  const field = (name: string) => `p.${p.id}.${name}`;
  const number = decisionLabel(p);
  const comments = latestComments(m.reviews, p.id);
  return (
    <fieldset id={`paragraph-${p.id}`} className="minutes-paragraph" tabIndex={-1}>
      <legend>
        {paragraphHeading(p)} <ClassificationMark classification={p.classification} />
      </legend>
      {comments.length > 0 && (
        <div className="alert alert-info">
          <ReviewComments reviews={comments} names={m.names} label={t('minutes.review.commentsOnParagraph')} />
        </div>
      )}
      {paragraphLocked(p) ? (
        <ParagraphText paragraph={p} />
      ) : (
        <>
          <TextAreaField
            form={form}
            field={field('minutes_text')}
            label={t('minutes.fields.minutes_text')}
            rows={4}
            maxLength={5000}
            value={values.minutes_text}
            onChange={(v) => onChange({ minutes_text: v })}
          />
          <TextAreaField
            form={form}
            field={field('decision')}
            label={t('minutes.fields.decision')}
            hint={number ? t('minutes.fields.decisionNumbered', { number }) : t('minutes.fields.decisionHint')}
            rows={2}
            maxLength={5000}
            value={values.decision}
            onChange={(v) => onChange({ decision: v })}
          />
          <SelectField<ItemResult | ''>
            form={form}
            field={field('result')}
            label={t('minutes.fields.result')}
            options={ITEM_RESULTS}
            optionLabel={(r) => t(`minutes.results.${r}`)}
            empty={t('minutes.fields.noResult')}
            value={values.result}
            onChange={(v) => onChange({ result: v })}
          />
        </>
      )}
      {mayAdjustNow(p) && <AdjustNow minutes={m} paragraph={p} values={values} />}
    </fieldset>
  );
}

/**
 * "Justera § 3 omedelbart": behind a confirmation (the paragraph is locked from then on). What is typed
 * in the paragraph and not saved yet is saved first, then the paragraph is adjusted with its new version.
 */
function AdjustNow({ minutes: m, paragraph: p, values }: { minutes: Minutes; paragraph: Paragraph; values: ParagraphValues }) {
  const { t, i18n } = useTranslation();
  const flash = useFlash();
  const update = useUpdateParagraph(m.meeting_id);
  const adjust = useAdjustParagraph(m.meeting_id);
  const [error, setError] = useState<string | null>(null);
  const errorRef = useRef<HTMLParagraphElement>(null);
  const heading = paragraphHeading(p);
  return (
    <div className="adjust-now">
      {error && (
        <p ref={errorRef} className="alert alert-error" role="alert" tabIndex={-1}>
          {error}
        </p>
      )}
      <ConfirmAction
        label={t('minutes.adjustNow.button', { paragraph: `§ ${p.number}` })}
        title={t('minutes.adjustNow.title', { paragraph: heading })}
        description={<p>{t('minutes.adjustNow.text')}</p>}
        confirmLabel={t('minutes.adjustNow.confirm')}
        errorFocus={errorRef}
        onConfirm={async () => {
          setError(null);
          let version = p.version;
          const patch = paragraphPatch(p, values);
          if (patch) version = (await update.mutateAsync({ version, patch: { itemId: p.id, body: patch } })).version;
          await adjust.mutateAsync({ version, patch: p.id });
          flash.show(t('minutes.adjustNow.done', { paragraph: heading }));
          // The button goes with the paragraph's fields; its fieldset keeps the focus.
          setTimeout(() => document.getElementById(`paragraph-${p.id}`)?.focus(), 0);
        }}
        onError={(err) => setError(problemText(t, (k) => i18n.exists(k), err))}
      />
    </div>
  );
}

/** The adjusters: checkboxes for those who attended (a meeting's list is short). */
function AdjusterChoice({
  form,
  people,
  loading,
  failed,
  chosen,
  onChange,
}: {
  form: ServerForm;
  people: { personId: string; name: string }[];
  loading: boolean;
  failed: boolean;
  chosen: string[];
  onChange: (ids: string[]) => void;
}) {
  const { t } = useTranslation();
  const { invalid, describedBy } = form.errorProps('adjuster_person_ids');
  const hintId = `${form.id('adjuster_person_ids')}-hint`;
  return (
    <fieldset
      id={form.id('adjuster_person_ids')}
      tabIndex={-1}
      aria-invalid={invalid || undefined}
      aria-describedby={[hintId, describedBy].filter(Boolean).join(' ')}
    >
      <legend>{t('minutes.fields.adjusters')}</legend>
      <p id={hintId} className="hint">
        {t('minutes.fields.adjustersHint')}
      </p>
      {form.renderError('adjuster_person_ids')}
      {loading && <p className="loading">{t('minutes.editor.loadingAttendance')}</p>}
      {failed && <p className="alert alert-error">{t('minutes.editor.attendanceFailed')}</p>}
      {!loading && !failed && people.length === 0 && <p>{t('minutes.editor.noneAttended')}</p>}
      {people.length > 0 && (
        <ul className="checkbox-list">
          {people.map((a) => (
            <li key={a.personId}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.includes(a.personId)}
                  onChange={(e) => onChange(e.target.checked ? [...chosen, a.personId] : chosen.filter((id) => id !== a.personId))}
                />
                {a.name}
              </label>
            </li>
          ))}
        </ul>
      )}
    </fieldset>
  );
}
