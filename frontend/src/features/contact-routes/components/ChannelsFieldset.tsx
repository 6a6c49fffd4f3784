import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { SelectField, TextField, type ServerForm } from '@/components/ui/form';
import { CHANNEL_TYPES, newChannelRow, type ChannelRow } from '../lib/route-form';

const INPUT_TYPE = { phone: 'tel', email: 'email', web: 'url', in_person: 'text' } as const;
const AUTOCOMPLETE = { phone: 'tel', email: 'email', web: 'url', in_person: 'street-address' } as const;

/**
 * The route's channels as removable rows (type, value, note); errors by `channels[i].value`. Adding a
 * row puts the focus on its value; removing one puts it on the next row's (or the add button).
 */
export function ChannelsFieldset({ rows, onChange, form }: { rows: ChannelRow[]; onChange: (rows: ChannelRow[]) => void; form: ServerForm }) {
  const { t } = useTranslation();
  const addRef = useRef<HTMLButtonElement>(null);
  const setRow = (index: number, change: Partial<ChannelRow>) => onChange(rows.map((c, i) => (i === index ? { ...c, ...change } : c)));
  const focusLater = (id: string | null) =>
    setTimeout(() => {
      if (id) document.getElementById(id)?.focus();
      else addRef.current?.focus();
    }, 0);
  const errorProps = form.errorProps('channels');
  return (
    <fieldset className="route-rows" id={form.id('channels')} tabIndex={-1} aria-describedby={errorProps.describedBy}>
      <legend>
        {t('contactRoutes.fields.channels')}
        <span className="required-mark" aria-hidden="true">
          {' '}
          {t('forms.requiredMark')}
        </span>
      </legend>
      <p className="hint">{t('contactRoutes.form.channelsHint')}</p>
      {form.renderError('channels')}
      {rows.map((c, i) => {
        const base = `channels[${i}]`;
        return (
          <fieldset key={c.key} className="route-row">
            <legend>{t('contactRoutes.form.channelRow', { n: i + 1 })}</legend>
            <div className="field-row">
              <SelectField
                form={form}
                field={`${base}.type`}
                label={t('contactRoutes.channels.kind')}
                value={c.type}
                onChange={(type) => setRow(i, { type })}
                options={CHANNEL_TYPES}
                optionLabel={(ct) => t(`contactRoutes.channelTypes.${ct}`)}
              />
              <TextField
                form={form}
                field={`${base}.value`}
                type={INPUT_TYPE[c.type]}
                autoComplete={AUTOCOMPLETE[c.type]}
                label={t(`contactRoutes.form.valueLabel.${c.type}`)}
                hint={t(`contactRoutes.form.valueHint.${c.type}`)}
                required
                maxLength={300}
                value={c.value}
                onChange={(value) => setRow(i, { value })}
              />
            </div>
            <TextField
              form={form}
              field={`${base}.note`}
              label={t('contactRoutes.channels.noteOptional')}
              hint={t('contactRoutes.form.channelNoteHint')}
              maxLength={200}
              value={c.note}
              onChange={(note) => setRow(i, { note })}
            />
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                onChange(rows.filter((_, j) => j !== i));
                focusLater(i < rows.length - 1 ? form.id(`channels[${i}].value`) : null);
              }}
            >
              {t('contactRoutes.form.removeChannel', { n: i + 1 })}
            </button>
          </fieldset>
        );
      })}
      <button
        ref={addRef}
        type="button"
        className="button"
        disabled={rows.length >= 10}
        onClick={() => {
          onChange([...rows, newChannelRow(rows.length === 0 ? 'phone' : 'email')]);
          focusLater(form.id(`channels[${rows.length}].value`));
        }}
      >
        {t('contactRoutes.form.addChannel')}
      </button>
    </fieldset>
  );
}
