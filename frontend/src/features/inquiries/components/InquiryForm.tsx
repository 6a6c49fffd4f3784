import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { todayIso } from '@/lib/format';
import { ASKERS } from '@/lib/inquiry-time';
import { searchAreas } from '@/lib/options';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { Form, PublicRecordNote, SelectField, TextAreaField, TextField, useServerForm, type FormBinding } from '@/components/ui/form';
import { topicLabel, useTopicOptions } from '@/lib/topics';
import type { NewInquiry } from '../api/inquiries';
import { emptyNewInquiry, LINE_MAX, MESSAGE_MAX, newInquiryBody, type NewInquiryState } from '../lib/new-inquiry';

const FIELDS: Record<string, string> = {
  topic_id: 'inquiries.fields.topic',
  area_id: 'inquiries.fields.area',
  lat: 'inquiries.fields.area',
  lon: 'inquiries.fields.area',
  from_audience: 'inquiries.form.asker',
  message: 'inquiries.form.message',
  contact: 'inquiries.form.contact',
};

/** A partner's inquiry: topic, area, who is asking (the route is chosen for them), the message and a shared way to answer. */
export function InquiryForm({ onSubmit, ...binding }: FormBinding<NewInquiry>) {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<NewInquiryState>(emptyNewInquiry);
  const form = useServerForm({ prefix: 'inquiry', isKnownField: (f) => f in FIELDS, labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f) });
  const set = <K extends keyof NewInquiryState>(key: K, value: NewInquiryState[K]) => setState((s) => ({ ...s, [key]: value }));
  const topics = useTopicOptions().data?.pages.flatMap((p) => p.items) ?? [];
  const today = todayIso();

  async function handleSubmit() {
    const checked = newInquiryBody(state, t);
    if ('errors' in checked) {
      form.clientErrors(checked.errors);
      return;
    }
    // A point outside every neighbourhood is refused at `lat`; this form gives an area.
    await form.submit(() => onSubmit(checked.body), (f) => (f === 'lat' || f === 'lon' ? 'area_id' : f));
  }

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <SelectField
        form={form}
        field="topic_id"
        label={t(FIELDS.topic_id)}
        required
        value={state.topic_id}
        onChange={(v) => set('topic_id', v)}
        options={topics.map((tp) => tp.id)}
        optionLabel={(_, idx) => topicLabel(topics[idx], i18n.language)}
        empty={t('inquiries.form.chooseTopic')}
      />
      <EntityComboboxField
        form={form}
        field="area_id"
        label={t(FIELDS.area_id)}
        hint={t('inquiries.form.areaHint')}
        required
        value={state.area_id}
        onChange={(id) => set('area_id', id)}
        search={(q) => searchAreas(q, today, (a) => `${a.name} (${t(`areas.kinds.${a.kind}`)})`)}
        cacheKey={`areas-${today}`}
      />
      <SelectField
        form={form}
        field="from_audience"
        label={t(FIELDS.from_audience)}
        hint={t('inquiries.form.askerHint')}
        required
        value={state.from_audience}
        onChange={(v) => set('from_audience', v)}
        options={ASKERS}
        optionLabel={(a) => t(`inquiries.askers.${a}`)}
        empty={t('inquiries.form.chooseAsker')}
      />
      <PublicRecordNote />
      <TextAreaField form={form} field="message" label={t(FIELDS.message)} required rows={6} maxLength={MESSAGE_MAX} value={state.message} onChange={(v) => set('message', v)} />
      <TextField
        form={form}
        field="contact"
        label={t(FIELDS.contact)}
        hint={t('inquiries.form.contactHint')}
        maxLength={LINE_MAX}
        value={state.contact}
        onChange={(v) => set('contact', v)}
      />
    </Form>
  );
}
