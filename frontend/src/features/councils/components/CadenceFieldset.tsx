import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/format';
import { TextField, type ServerForm } from '@/components/ui/form';
import { describeCadence, formatMeeting } from '../lib/cadence';
import {
  MAX_WEEK_INTERVAL,
  occurrences,
  ORDINALS,
  patternToRrule,
  rruleToPattern,
  WEEKDAYS,
  type CadencePattern,
  type Ordinal,
  type Weekday,
} from '../lib/recurrence';

export type CadenceMode = 'none' | CadencePattern['kind'] | 'advanced';

/** The builder's state: the chosen kind of rule and every control's value (kept when switching). */
export interface CadenceState {
  mode: CadenceMode;
  interval: number;
  weekday: Weekday;
  ordinal: Ordinal;
  monthDay: number;
  rrule: string;
  start_time: string;
  duration_minutes: string;
}

/** The builder state for a saved rule: a rule the builder can show opens in it, anything else in "Avancerat". */
export function cadenceState(c?: { rrule: string; start_time: string; duration_minutes: number } | null): CadenceState {
  const base: CadenceState = {
    mode: 'none',
    interval: 1,
    weekday: 'TU',
    ordinal: 2,
    monthDay: 1,
    rrule: c?.rrule ?? '',
    start_time: c?.start_time ?? '18:00',
    duration_minutes: String(c?.duration_minutes ?? 90),
  };
  if (!c?.rrule.trim()) return base;
  const p = rruleToPattern(c.rrule);
  if (!p) return { ...base, mode: 'advanced' };
  if (p.kind === 'weekly') return { ...base, mode: p.kind, interval: p.interval, weekday: p.weekday };
  if (p.kind === 'monthly_weekday') return { ...base, mode: p.kind, ordinal: p.ordinal, weekday: p.weekday };
  return { ...base, mode: p.kind, monthDay: p.day };
}

export function cadencePattern(s: CadenceState): CadencePattern | null {
  switch (s.mode) {
    case 'weekly':
      return { kind: 'weekly', interval: s.interval, weekday: s.weekday };
    case 'monthly_weekday':
      return { kind: 'monthly_weekday', ordinal: s.ordinal, weekday: s.weekday };
    case 'monthly_day':
      return { kind: 'monthly_day', day: s.monthDay };
    default:
      return null;
  }
}

/** The RRULE the state stands for; '' for no cadence. */
export function cadenceRrule(s: CadenceState): string {
  if (s.mode === 'none') return '';
  if (s.mode === 'advanced') return s.rrule.trim();
  const p = cadencePattern(s);
  return p ? patternToRrule(p) : '';
}

export interface CadenceFieldsetProps {
  value: CadenceState;
  onChange: (v: CadenceState) => void;
  form: ServerForm;
  /** The first day of the series (DTSTART): the founding date, else the day it was created, else today. */
  startsOn: string;
}

const ordinalKey = (o: Ordinal) => (o === -1 ? 'minus1' : String(o));

/** "Mötesrytm": a builder for the usual rules, the raw RRULE under "Avancerat", and a live preview. */
export function CadenceFieldset({ value: s, onChange, form, startsOn }: CadenceFieldsetProps) {
  const { t, i18n } = useTranslation();
  const ids = { interval: useId(), weekday: useId(), ordinal: useId(), monthDay: useId(), preview: useId() };
  const set = <K extends keyof CadenceState>(key: K, v: CadenceState[K]) => onChange({ ...s, [key]: v });
  const rruleId = form.id('cadence.rrule');
  const pattern = cadencePattern(s);
  const rule = cadenceRrule(s);
  const lang = i18n.language;
  const duration = Number(s.duration_minutes);
  const preview = pattern
    ? occurrences(pattern, { startTime: s.start_time, startsOn: /^\d{4}-\d{2}-\d{2}$/.test(startsOn) ? startsOn : todayIso(), after: new Date(), count: 5 })
    : [];

  const weekdaySelect = (
    <div className="field">
      <label htmlFor={ids.weekday}>{t('cadenceBuilder.weekday')}</label>
      <select id={ids.weekday} value={s.weekday} onChange={(e) => set('weekday', e.target.value as Weekday)}>
        {WEEKDAYS.map((d) => (
          <option key={d} value={d}>
            {t(`cadence.weekdays.${d}`)}
          </option>
        ))}
      </select>
    </div>
  );

  return (
    <fieldset>
      <legend>{t('councils.fields.cadence')}</legend>
      <p className="hint">{t('cadenceBuilder.intro')}</p>
      {s.mode !== 'advanced' && form.renderError('cadence.rrule')}
      <div className="field">
        <label htmlFor={s.mode === 'advanced' ? ids.interval + '-mode' : rruleId}>{t('cadenceBuilder.mode')}</label>
        <select
          {...(s.mode === 'advanced' ? { id: ids.interval + '-mode' } : form.fieldProps('cadence.rrule'))}
          value={s.mode}
          onChange={(e) => {
            const mode = e.target.value as CadenceMode;
            // Switching to "Avancerat" starts from the rule the builder showed.
            onChange({ ...s, mode, rrule: mode === 'advanced' && s.mode !== 'advanced' ? rule || s.rrule : s.rrule });
          }}
        >
          <option value="none">{t('cadenceBuilder.modes.none')}</option>
          <option value="weekly">{t('cadenceBuilder.modes.weekly')}</option>
          <option value="monthly_weekday">{t('cadenceBuilder.modes.monthly_weekday')}</option>
          <option value="monthly_day">{t('cadenceBuilder.modes.monthly_day')}</option>
          <option value="advanced">{t('cadenceBuilder.modes.advanced')}</option>
        </select>
      </div>

      {s.mode === 'weekly' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.interval}>{t('cadenceBuilder.interval')}</label>
            <select id={ids.interval} value={s.interval} onChange={(e) => set('interval', Number(e.target.value))}>
              {Array.from({ length: MAX_WEEK_INTERVAL }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n === 1 ? t('cadenceBuilder.everyWeek') : n === 2 ? t('cadenceBuilder.everyOtherWeek') : t('cadenceBuilder.everyNthWeek', { n })}
                </option>
              ))}
            </select>
          </div>
          {weekdaySelect}
        </div>
      )}

      {s.mode === 'monthly_weekday' && (
        <div className="field-row">
          <div className="field">
            <label htmlFor={ids.ordinal}>{t('cadenceBuilder.ordinal')}</label>
            <select id={ids.ordinal} value={s.ordinal} onChange={(e) => set('ordinal', Number(e.target.value) as Ordinal)}>
              {ORDINALS.map((o) => (
                <option key={o} value={o}>
                  {t(`cadenceBuilder.ordinals.${ordinalKey(o)}`)}
                </option>
              ))}
            </select>
          </div>
          {weekdaySelect}
        </div>
      )}

      {s.mode === 'monthly_day' && (
        <div className="field">
          <label htmlFor={ids.monthDay}>{t('cadenceBuilder.monthDay')}</label>
          <p id={`${ids.monthDay}-hint`} className="hint">
            {t('cadenceBuilder.monthDayHint')}
          </p>
          <select id={ids.monthDay} aria-describedby={`${ids.monthDay}-hint`} value={s.monthDay} onChange={(e) => set('monthDay', Number(e.target.value))}>
            {Array.from({ length: 31 }, (_, i) => i + 1).map((d) => (
              <option key={d} value={d}>
                {t('cadenceBuilder.dayN', { n: d })}
              </option>
            ))}
          </select>
        </div>
      )}

      {s.mode === 'advanced' && (
        <TextField
          form={form}
          field="cadence.rrule"
          label={t('councils.fields.rrule')}
          hint={t('councils.form.rruleHint')}
          spellCheck={false}
          autoComplete="off"
          maxLength={300}
          value={s.rrule}
          onChange={(v) => set('rrule', v)}
        />
      )}

      {s.mode !== 'none' && (
        <>
          <div className="field-row">
            <TextField
              form={form}
              field="cadence.start_time"
              label={t('councils.fields.startTime')}
              type="time"
              value={s.start_time}
              onChange={(v) => set('start_time', v)}
            />
            <TextField
              form={form}
              field="cadence.duration_minutes"
              label={t('councils.fields.duration')}
              type="number"
              min={5}
              max={1440}
              step={5}
              value={s.duration_minutes}
              onChange={(v) => set('duration_minutes', v)}
            />
          </div>
          <div className="cadence-preview" aria-labelledby={ids.preview}>
            <h3 id={ids.preview}>{t('cadenceBuilder.previewHeading')}</h3>
            <div aria-live="polite">
              {pattern && rule && (
                <p>
                  {describeCadence({ rrule: rule, start_time: s.start_time, duration_minutes: Number.isFinite(duration) ? duration : 0, time_zone: 'Europe/Stockholm' }, t, lang)}
                </p>
              )}
              {s.mode === 'advanced' ? (
                <p className="hint">{t('cadenceBuilder.previewAfterSave')}</p>
              ) : preview.length === 0 ? (
                <p className="hint">{t('cadenceBuilder.previewNone')}</p>
              ) : (
                <ol className="meeting-list">
                  {preview.map((d) => (
                    <li key={d.toISOString()}>
                      <time dateTime={d.toISOString()}>{formatMeeting(d.toISOString(), lang)}</time>
                    </li>
                  ))}
                </ol>
              )}
            </div>
            <p className="hint">{t('councils.detail.stockholmTime')}</p>
          </div>
        </>
      )}
    </fieldset>
  );
}
