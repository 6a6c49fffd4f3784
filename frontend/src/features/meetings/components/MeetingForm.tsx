import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Meeting, MeetingMode, NewMeeting } from '@/api/types';
import { namesOf } from '@/lib/names';
import { searchCouncils } from '@/lib/options';
import { fromStockholmLocal, toStockholmLocal } from '@/lib/stockholm-time';
import { EntityLink } from '@/components/EntityLink';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { Form, PublicRecordNote, SelectField, TextAreaField, TextField, useServerForm, type Errors, type FormBinding } from '@/components/ui/form';
import { MEETING_MODES } from '../api/meetings';

interface FormState {
  council_id: string;
  title: string;
  /** `datetime-local` values: Stockholm wall-clock time. */
  starts: string;
  ends: string;
  location: string;
  online_url: string;
  mode: MeetingMode;
  description: string;
}

const DEFAULT_MINUTES = 90;

function toState(meeting?: Meeting, councilId?: string | null): FormState {
  return {
    council_id: meeting?.council_id ?? councilId ?? '',
    title: meeting?.title ?? '',
    starts: toStockholmLocal(meeting?.starts_at),
    ends: toStockholmLocal(meeting?.ends_at),
    location: meeting?.location ?? '',
    online_url: meeting?.online_url ?? '',
    mode: meeting?.mode ?? 'in_person',
    description: meeting?.description ?? '',
  };
}

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** Wall-clock arithmetic on `datetime-local` values (no time zone: 18:00 + 90 min is 19:30 on any day). */
function localMs(local: string): number | null {
  const m = LOCAL.exec(local);
  return m ? Date.UTC(+m[1], +m[2] - 1, +m[3], +m[4], +m[5]) : null;
}
const localFromMs = (ms: number) => new Date(ms).toISOString().slice(0, 16);

/**
 * The end after the start has moved: the same length as before, or `DEFAULT_MINUTES` when there was
 * no end yet (as the demo's cadences run).
 */
export function followEnd(oldStart: string, newStart: string, end: string): string {
  const to = localMs(newStart);
  if (to === null) return end;
  const from = localMs(oldStart);
  const until = localMs(end);
  if (until === null) return localFromMs(to + DEFAULT_MINUTES * 60_000);
  if (from === null || until <= from) return end;
  return localFromMs(to + (until - from));
}

const FIELDS: Record<string, string> = {
  council_id: 'meetings.fields.council',
  title: 'meetings.fields.title',
  starts_at: 'meetings.fields.startsAt',
  ends_at: 'meetings.fields.endsAt',
  location: 'meetings.fields.location',
  online_url: 'meetings.fields.onlineUrl',
  mode: 'meetings.fields.mode',
  description: 'meetings.fields.description',
};

export interface MeetingFormProps extends FormBinding<NewMeeting> {
  /** The meeting to edit; without it the form creates one and asks for its council. */
  meeting?: Meeting;
  /** A new meeting's council, chosen already (`/meetings/new?council_id=…`), and its name. */
  councilId?: string | null;
  councilName?: string;
}

/**
 * A meeting's form. Times are typed as Stockholm wall-clock time (`datetime-local`) and sent as
 * RFC 3339 with the offset then in force; a time the spring change skips is refused here.
 */
export function MeetingForm({ meeting, councilId, councilName, onSubmit, ...binding }: MeetingFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<FormState>(() => toState(meeting, councilId));
  const form = useServerForm({
    prefix: 'meeting',
    isKnownField: (f) => f in FIELDS && (f !== 'council_id' || !meeting),
    labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f),
  });
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) => setState((s) => ({ ...s, [key]: value }));

  async function handleSubmit() {
    const errs: Errors = {};
    if (!meeting && !state.council_id) errs.council_id = t('meetings.form.councilRequired');
    if (!state.title.trim()) errs.title = t('meetings.form.titleRequired');
    const startsAt = fromStockholmLocal(state.starts);
    const endsAt = fromStockholmLocal(state.ends);
    if (!state.starts) errs.starts_at = t('meetings.form.startRequired');
    else if (!startsAt) errs.starts_at = t('meetings.form.timeMissing');
    if (!state.ends) errs.ends_at = t('meetings.form.endRequired');
    else if (!endsAt) errs.ends_at = t('meetings.form.timeMissing');
    else if (startsAt && Date.parse(endsAt) <= Date.parse(startsAt)) errs.ends_at = t('meetings.form.endBeforeStart');
    if (form.clientErrors(errs) || !startsAt || !endsAt) return;
    const body: NewMeeting = {
      council_id: state.council_id,
      title: state.title.trim(),
      starts_at: startsAt,
      ends_at: endsAt,
      location: state.location.trim() || null,
      online_url: state.online_url.trim() || null,
      mode: state.mode,
      description: state.description.trim() || null,
    };
    await form.submit(() => onSubmit(body));
  }

  const label = (field: string) => t(FIELDS[field]);
  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      {meeting ? (
        <dl className="details">
          <div>
            <dt>{label('council_id')}</dt>
            <dd>
              <EntityLink kind="council" id={meeting.council_id} names={namesOf(meeting)} />
              <span className="hint"> {t('meetings.form.councilFixed')}</span>
            </dd>
          </div>
        </dl>
      ) : (
        <EntityComboboxField
          form={form}
          field="council_id"
          label={label('council_id')}
          required
          value={state.council_id}
          valueLabel={councilName}
          onChange={(id, option) => setState((s) => ({ ...s, council_id: id, title: s.title || option?.label || '' }))}
          search={searchCouncils}
          cacheKey="councils"
        />
      )}
      <TextField form={form} field="title" label={label('title')} required maxLength={200} value={state.title} onChange={(v) => set('title', v)} />
      <div className="field-row">
        <TextField
          form={form}
          field="starts_at"
          type="datetime-local"
          label={label('starts_at')}
          hint={t('meetings.fields.timeHint')}
          required
          value={state.starts}
          onChange={(starts) => setState((s) => ({ ...s, starts, ends: followEnd(s.starts, starts, s.ends) }))}
        />
        <TextField
          form={form}
          field="ends_at"
          type="datetime-local"
          label={label('ends_at')}
          hint={t('meetings.fields.timeHint')}
          required
          value={state.ends}
          onChange={(v) => set('ends', v)}
        />
      </div>
      <SelectField
        form={form}
        field="mode"
        label={label('mode')}
        value={state.mode}
        onChange={(v) => set('mode', v)}
        options={MEETING_MODES}
        optionLabel={(m) => t(`meetings.modes.${m}`)}
      />
      <TextField
        form={form}
        field="location"
        label={label('location')}
        hint={t('meetings.fields.locationHint')}
        maxLength={300}
        value={state.location}
        onChange={(v) => set('location', v)}
      />
      <TextField
        form={form}
        field="online_url"
        type="url"
        label={label('online_url')}
        hint={t('meetings.fields.onlineUrlHint')}
        maxLength={500}
        inputMode="url"
        value={state.online_url}
        onChange={(v) => set('online_url', v)}
      />
      <TextAreaField form={form} field="description" label={label('description')} rows={5} maxLength={5000} value={state.description} onChange={(v) => set('description', v)} />
      <PublicRecordNote />
    </Form>
  );
}
