import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ContactRoute, NewContactRoute } from '@/api/types';
import { todayIso } from '@/lib/format';
import { entityName, namesOf, type Names } from '@/lib/names';
import { searchAreas, searchOrganizations } from '@/lib/options';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { DateField, Form, PublicRecordNote, RequiredMark, SelectField, TextAreaField, TextField, useServerForm, type FormBinding, type ServerForm } from '@/components/ui/form';
import { SearchableCheckboxList } from '@/components/ui/SearchableCheckboxList';
import { FROM_AUDIENCES, ROUTE_AUDIENCES, useRouteOptions } from '../api/contactRoutes';
import { DURATION_UNITS } from '../lib/duration';
import {
  CHANNEL_FIELD,
  EXCEPTION_FIELD,
  isKnownRouteField,
  mapRouteField,
  ROUTE_FIELDS,
  routeBody,
  routeState,
  WEEKLY_FIELD,
  type RouteFormState,
} from '../lib/route-form';
import { ChannelsFieldset } from './ChannelsFieldset';
import { OpeningHoursFieldset } from './OpeningHoursFieldset';
import { useTopicName, useTopicOptions } from '@/lib/topics';

export interface ContactRouteFormProps extends FormBinding<NewContactRoute> {
  /** The route to edit; none for a new one. */
  route?: ContactRoute;
}

/**
 * A contact route's form: who asks, about what, to which organisation and function, where, how
 * (channels), when (opening hours), how soon an answer is promised, where it goes next (backup,
 * escalation), who may see it and for how long it holds. The server's errors land at their rows
 * (`channels[0].value`, `opening_hours.weekly[1].closes`).
 */
export function ContactRouteForm({ route, onSubmit, ...binding }: ContactRouteFormProps) {
  const { t } = useTranslation();
  const [state, setState] = useState<RouteFormState>(() => routeState(route));
  const names: Names = namesOf(route) ?? {};
  const today = todayIso();
  const topics = useTopicOptions();
  const topicList = topics.data?.pages.flatMap((p) => p.items) ?? [];
  const topicName = useTopicName();
  const set = <K extends keyof RouteFormState>(key: K, value: RouteFormState[K]) => setState((s) => ({ ...s, [key]: value }));

  const form = useServerForm({
    prefix: 'route',
    isKnownField: isKnownRouteField,
    labelFor: (f) => {
      const channel = CHANNEL_FIELD.exec(f);
      if (channel) return `${t('contactRoutes.form.channelRow', { n: Number(channel[1]) + 1 })}: ${t(`contactRoutes.channels.${channel[2] === 'type' ? 'kind' : channel[2]}`)}`;
      const weekly = WEEKLY_FIELD.exec(f);
      if (weekly) return `${t('contactRoutes.form.weeklyRow', { n: Number(weekly[1]) + 1 })}: ${t(`contactRoutes.hours.${weekly[2]}`)}`;
      const exception = EXCEPTION_FIELD.exec(f);
      if (exception) return `${t('contactRoutes.form.exceptionRow', { n: Number(exception[1]) + 1 })}: ${t(`contactRoutes.hours.${exception[2]}`)}`;
      return ROUTE_FIELDS[f] ? t(ROUTE_FIELDS[f]) : f;
    },
    fieldMessage: (field, code) => {
      const channel = CHANNEL_FIELD.exec(field);
      if (channel && code === 'invalid') return t(`contactRoutes.form.invalidValue.${state.channels[Number(channel[1])]?.type ?? 'in_person'}`);
      if ((WEEKLY_FIELD.test(field) || EXCEPTION_FIELD.test(field)) && /\.(opens|closes)$/.test(field)) {
        if (code === 'invalid') return t('contactRoutes.form.timeRule');
        if (code === 'required' && EXCEPTION_FIELD.test(field)) return t('contactRoutes.form.bothTimesOrNone');
      }
      if (field === 'response_target' && code === 'invalid') return t('contactRoutes.form.responseInvalid');
      if ((field === 'backup_route_id' || field === 'escalation_route_id') && code === 'cycle') return t('contactRoutes.form.cycle');
      if ((field === 'backup_route_id' || field === 'escalation_route_id') && code === 'self_reference') return t('contactRoutes.form.selfReference');
      if (field === 'channels' && code === 'required') return t('contactRoutes.form.channelsRequired');
      if (field === 'valid_to' && code === 'before_valid_from') return t('contactRoutes.form.validToBeforeFrom');
      return null;
    },
  });
  const label = (field: string) => t(ROUTE_FIELDS[field]);

  async function handleSubmit() {
    const checked = routeBody(state, t);
    if ('errors' in checked) {
      form.clientErrors(checked.errors);
      return;
    }
    await form.submit(() => onSubmit(checked.body), mapRouteField);
  }

  const topicOptions = topicList.map((tp) => tp.id);
  if (state.topic_id && !topicOptions.includes(state.topic_id)) topicOptions.push(state.topic_id);

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <PublicRecordNote />
      <SelectField
        form={form}
        field="from_audience"
        label={label('from_audience')}
        hint={t('contactRoutes.form.fromHint')}
        required
        value={state.from_audience}
        onChange={(v) => set('from_audience', v)}
        options={FROM_AUDIENCES}
        optionLabel={(f) => t(`contactRoutes.fromAudiences.${f}`)}
        empty={t('contactRoutes.form.chooseFrom')}
      />
      <SelectField
        form={form}
        field="topic_id"
        label={label('topic_id')}
        hint={topics.isPending ? t('app.loading') : undefined}
        required
        value={state.topic_id}
        onChange={(v) => set('topic_id', v)}
        options={topicOptions}
        optionLabel={(id) => topicName(id, names)}
        empty={t('contactRoutes.form.chooseTopic')}
      />
      {topics.hasNextPage && (
        <p>
          <button type="button" className="button button-small" onClick={() => void topics.fetchNextPage()} disabled={topics.isFetchingNextPage}>
            {t('contactRoutes.moreTopics')}
          </button>
        </p>
      )}
      <EntityComboboxField
        form={form}
        field="organization_id"
        label={
          <>
            {label('organization_id')}
            <RequiredMark />
          </>
        }
        required
        value={state.organization_id}
        valueLabel={entityName(route?.organization_id, names)}
        onChange={(id) => set('organization_id', id)}
        search={searchOrganizations}
        cacheKey="organizations"
      />
      <TextField
        form={form}
        field="function"
        label={label('function')}
        hint={t('contactRoutes.form.functionHint')}
        required
        maxLength={200}
        value={state.function}
        onChange={(v) => set('function', v)}
      />
      <SearchableCheckboxList
        id={form.id('area_ids')}
        legend={label('area_ids')}
        hint={t('contactRoutes.form.areasHint')}
        searchLabel={t('contactRoutes.form.areaSearch')}
        value={state.area_ids}
        onChange={(ids) => set('area_ids', ids)}
        search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
        cacheKey={`areas-${today}`}
        names={names}
        {...form.fieldsetProps('area_ids')}
      />
      <ChannelsFieldset rows={state.channels} onChange={(rows) => set('channels', rows)} form={form} />
      <OpeningHoursFieldset
        weekly={state.weekly}
        exceptions={state.exceptions}
        onWeekly={(rows) => set('weekly', rows)}
        onExceptions={(rows) => set('exceptions', rows)}
        form={form}
      />
      <fieldset className="response-target">
        <legend>{label('response_target')}</legend>
        <p className="hint">{t('contactRoutes.form.responseHint')}</p>
        <div className="field-row">
          <TextField
            form={form}
            field="response_target"
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            label={t('contactRoutes.form.responseAmount')}
            value={state.response.amount}
            onChange={(amount) => set('response', { ...state.response, amount })}
          />
          <SelectField
            form={form}
            field="response_target_unit"
            label={t('contactRoutes.form.responseUnit')}
            value={state.response.unit}
            onChange={(unit) => set('response', { ...state.response, unit })}
            options={DURATION_UNITS}
            optionLabel={(u) => t(`contactRoutes.durationUnits.${u}`)}
          />
        </div>
      </fieldset>
      <RouteSelectField form={form} field="backup_route_id" route={route} value={state.backup_route_id} onChange={(v) => set('backup_route_id', v)} />
      <RouteSelectField form={form} field="escalation_route_id" route={route} value={state.escalation_route_id} onChange={(v) => set('escalation_route_id', v)} />
      <SelectField
        form={form}
        field="audience"
        label={label('audience')}
        hint={t('contactRoutes.form.audienceHint')}
        value={state.audience}
        onChange={(v) => set('audience', v)}
        options={ROUTE_AUDIENCES}
        optionLabel={(a) => t(`contactRoutes.audienceDescriptions.${a}`)}
      />
      <div className="field-row route-dates">
        <DateField form={form} field="valid_from" label={label('valid_from')} value={state.valid_from} onChange={(v) => set('valid_from', v)} />
        <DateField form={form} field="valid_to" label={label('valid_to')} hint={t('contactRoutes.form.validToHint')} value={state.valid_to} onChange={(v) => set('valid_to', v)} />
      </div>
      <TextAreaField form={form} field="note" label={label('note')} rows={3} maxLength={2000} value={state.note} onChange={(v) => set('note', v)} />
    </Form>
  );
}

/**
 * A backup or escalation route: one of the routes (the API has no search by function, so a list,
 * grouped by topic, with "Visa fler" while there are more), never the route itself.
 */
function RouteSelectField({
  form,
  field,
  route,
  value,
  onChange,
}: {
  form: ServerForm;
  field: 'backup_route_id' | 'escalation_route_id';
  route?: ContactRoute;
  value: string;
  onChange: (id: string) => void;
}) {
  const { t } = useTranslation();
  const list = useRouteOptions();
  const topicName = useTopicName();
  const loaded = (list.data?.pages.flatMap((p) => p.items) ?? []).filter((r) => r.id !== route?.id);
  const groups = new Map<string, { id: string; label: string }[]>();
  for (const r of loaded) {
    const group = topicName(r.topic_id, r.names);
    const areas = r.area_ids.map((id) => r.names[id]).filter(Boolean).join(', ');
    const label = `${r.function} – ${r.names[r.organization_id] ?? t('common.nameMissing')}${areas ? ` (${areas})` : ''}`;
    groups.set(group, [...(groups.get(group) ?? []), { id: r.id, label }]);
  }
  const sorted = [...groups.entries()].sort(([a], [b]) => a.localeCompare(b, 'sv'));
  const missing = value && !loaded.some((r) => r.id === value) ? (route?.names[value] ?? t('common.nameMissing')) : null;
  const hintId = `${form.id(field)}-hint`;
  return (
    <div className="field">
      <label htmlFor={form.id(field)}>{t(ROUTE_FIELDS[field])}</label>
      <p id={hintId} className="hint">
        {list.isPending ? t('app.loading') : t(field === 'backup_route_id' ? 'contactRoutes.form.backupHint' : 'contactRoutes.form.escalationHint')}
      </p>
      {form.renderError(field)}
      <select {...form.fieldProps(field, hintId)} value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t('contactRoutes.form.noRoute')}</option>
        {missing && <option value={value}>{missing}</option>}
        {sorted.map(([group, options]) => (
          <optgroup key={group} label={group}>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      {list.hasNextPage && (
        <p>
          <button type="button" className="button button-small" onClick={() => void list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {t('contactRoutes.form.moreRoutes')}
          </button>
        </p>
      )}
    </div>
  );
}
