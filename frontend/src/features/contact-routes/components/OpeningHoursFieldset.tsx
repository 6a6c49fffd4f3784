import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField, SelectField, TextField, type ServerForm } from '@/components/ui/form';
import { newExceptionRow, newWeeklyRow, WEEKDAYS, workingWeek, type ExceptionRow, type WeeklyRow } from '../lib/opening-hours';

/**
 * The opening hours editor: weekly rows (day, opens, closes; several rows for a day with a break) and
 * dated exceptions (date, opens, closes, note; no times = closed all day). Errors by
 * `opening_hours.weekly[i].closes` and the like. Adding a row focuses its first control.
 */
export function OpeningHoursFieldset({
  weekly,
  exceptions,
  onWeekly,
  onExceptions,
  form,
}: {
  weekly: WeeklyRow[];
  exceptions: ExceptionRow[];
  onWeekly: (rows: WeeklyRow[]) => void;
  onExceptions: (rows: ExceptionRow[]) => void;
  form: ServerForm;
}) {
  const { t } = useTranslation();
  const addWeeklyRef = useRef<HTMLButtonElement>(null);
  const addExceptionRef = useRef<HTMLButtonElement>(null);
  const focusLater = (id: string | null, fallback: HTMLElement | null) =>
    setTimeout(() => {
      const el = id ? document.getElementById(id) : null;
      (el ?? fallback)?.focus();
    }, 0);
  const setWeekly = (i: number, change: Partial<WeeklyRow>) => onWeekly(weekly.map((w, j) => (j === i ? { ...w, ...change } : w)));
  const setException = (i: number, change: Partial<ExceptionRow>) => onExceptions(exceptions.map((e, j) => (j === i ? { ...e, ...change } : e)));

  return (
    <fieldset className="route-rows" id={form.id('opening_hours')} tabIndex={-1}>
      <legend>{t('contactRoutes.fields.openingHours')}</legend>
      <p className="hint">{t('contactRoutes.form.hoursHint')}</p>
      {form.renderError('opening_hours')}
      <h3 className="subheading">{t('contactRoutes.form.weekly')}</h3>
      {weekly.length === 0 && <p>{t('contactRoutes.form.noWeekly')}</p>}
      {weekly.map((w, i) => {
        const base = `opening_hours.weekly[${i}]`;
        return (
          <fieldset key={w.key} className="route-row hours-row">
            <legend className="visually-hidden">{t('contactRoutes.form.weeklyRow', { n: i + 1 })}</legend>
            <div className="field-row">
              <SelectField
                form={form}
                field={`${base}.day`}
                label={t('contactRoutes.hours.day')}
                value={w.day}
                onChange={(day) => setWeekly(i, { day })}
                options={WEEKDAYS}
                optionLabel={(d) => t(`contactRoutes.weekdays.${d}`)}
              />
              <TextField form={form} field={`${base}.opens`} type="time" label={t('contactRoutes.hours.opens')} required value={w.opens} onChange={(opens) => setWeekly(i, { opens })} />
              <TextField form={form} field={`${base}.closes`} type="time" label={t('contactRoutes.hours.closes')} required value={w.closes} onChange={(closes) => setWeekly(i, { closes })} />
              <div className="field row-action">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    onWeekly(weekly.filter((_, j) => j !== i));
                    focusLater(i < weekly.length - 1 ? form.id(`opening_hours.weekly[${i}].day`) : null, addWeeklyRef.current);
                  }}
                >
                  {t('contactRoutes.form.removeWeekly', { n: i + 1, day: t(`contactRoutes.weekdays.${w.day}`) })}
                </button>
              </div>
            </div>
          </fieldset>
        );
      })}
      <p className="button-row">
        <button
          ref={addWeeklyRef}
          type="button"
          className="button"
          onClick={() => {
            const last = weekly[weekly.length - 1];
            const next = last ? WEEKDAYS[(WEEKDAYS.indexOf(last.day) + 1) % 7] : 'mon';
            onWeekly([...weekly, newWeeklyRow(next, last?.opens ?? '', last?.closes ?? '')]);
            focusLater(form.id(`opening_hours.weekly[${weekly.length}].day`), null);
          }}
        >
          {t('contactRoutes.form.addWeekly')}
        </button>
        {weekly.length === 0 && (
          <button
            type="button"
            className="button"
            onClick={() => {
              onWeekly(workingWeek(weekly));
              focusLater(form.id('opening_hours.weekly[0].opens'), null);
            }}
          >
            {t('contactRoutes.form.addWorkingWeek')}
          </button>
        )}
      </p>
      <h3 className="subheading">{t('contactRoutes.form.exceptions')}</h3>
      <p className="hint">{t('contactRoutes.form.exceptionsHint')}</p>
      {exceptions.map((e, i) => {
        const base = `opening_hours.exceptions[${i}]`;
        return (
          <fieldset key={e.key} className="route-row hours-row">
            <legend className="visually-hidden">{t('contactRoutes.form.exceptionRow', { n: i + 1 })}</legend>
            <div className="field-row">
              <DateField form={form} field={`${base}.date`} label={t('contactRoutes.hours.date')} required value={e.date} onChange={(date) => setException(i, { date })} />
              <TextField form={form} field={`${base}.opens`} type="time" label={t('contactRoutes.hours.opens')} value={e.opens} onChange={(opens) => setException(i, { opens })} />
              <TextField form={form} field={`${base}.closes`} type="time" label={t('contactRoutes.hours.closes')} value={e.closes} onChange={(closes) => setException(i, { closes })} />
            </div>
            <div className="field-row">
              <TextField form={form} field={`${base}.note`} label={t('contactRoutes.hours.noteOptional')} maxLength={200} value={e.note} onChange={(note) => setException(i, { note })} />
              <div className="field row-action">
                <button
                  type="button"
                  className="button button-small"
                  onClick={() => {
                    onExceptions(exceptions.filter((_, j) => j !== i));
                    focusLater(i < exceptions.length - 1 ? form.id(`opening_hours.exceptions[${i}].date`) : null, addExceptionRef.current);
                  }}
                >
                  {t('contactRoutes.form.removeException', { n: i + 1 })}
                </button>
              </div>
            </div>
          </fieldset>
        );
      })}
      <p>
        <button
          ref={addExceptionRef}
          type="button"
          className="button"
          onClick={() => {
            onExceptions([...exceptions, newExceptionRow()]);
            focusLater(form.id(`opening_hours.exceptions[${exceptions.length}].date`), null);
          }}
        >
          {t('contactRoutes.form.addException')}
        </button>
      </p>
    </fieldset>
  );
}
