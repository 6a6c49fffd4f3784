import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewTopic, Topic } from '@/api/types';
import { CheckboxField, Form, TextField, useServerForm, type Errors, type FormBinding } from '@/components/ui/form';

const FIELDS: Record<string, string> = {
  code: 'topics.fields.code',
  name_sv: 'topics.fields.nameSv',
  name_en: 'topics.fields.nameEn',
  is_public: 'topics.fields.isPublic',
};

export interface TopicFormState {
  code: string;
  name_sv: string;
  name_en: string;
  is_public: boolean;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

const CODE = /^[a-z0-9-]+$/;

/** Checks the form and builds the request body, or returns the errors (by API field name). */
export function topicBody(s: TopicFormState, t: Translate, editing: boolean): { body: NewTopic } | { errors: Errors } {
  const errors: Errors = {};
  const code = s.code.trim();
  if (!editing) {
    if (!code) errors.code = t('topics.form.codeRequired');
    else if (!CODE.test(code) || code.length > 50) errors.code = t('topics.form.codeRule');
  }
  if (!s.name_sv.trim()) errors.name_sv = t('topics.form.nameRequired');
  if (!s.name_en.trim()) errors.name_en = t('topics.form.nameRequired');
  if (Object.keys(errors).length > 0) return { errors };
  return { body: { code, name_sv: s.name_sv.trim(), name_en: s.name_en.trim(), is_public: s.is_public } };
}

/** A topic: its code (chosen once, Open311's `service_code`), its names in Swedish and English, and whether residents see it. */
export function TopicForm({ topic, onSubmit, ...binding }: FormBinding<NewTopic> & { topic?: Topic }) {
  const { t } = useTranslation();
  const [state, setState] = useState<TopicFormState>({
    code: topic?.code ?? '',
    name_sv: topic?.name_sv ?? '',
    name_en: topic?.name_en ?? '',
    is_public: topic?.is_public ?? false,
  });
  const set = <K extends keyof TopicFormState>(key: K, value: TopicFormState[K]) => setState((s) => ({ ...s, [key]: value }));
  const form = useServerForm({
    prefix: 'topic',
    isKnownField: (f) => f in FIELDS,
    labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f),
    fieldMessage: (field, code) => (field === 'code' && code === 'invalid' ? t('topics.form.codeRule') : null),
    conflictMessage: (code) => (code === 'duplicate' ? t('topics.form.duplicate') : null),
  });

  async function handleSubmit() {
    const checked = topicBody(state, t, !!topic);
    if ('errors' in checked) {
      form.clientErrors(checked.errors);
      return;
    }
    await form.submit(() => onSubmit(checked.body));
  }

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      {topic ? (
        <div className="field">
          <p className="subheading">{t('topics.fields.code')}</p>
          <p>
            <code>{topic.code}</code> <span className="hint">{t('topics.form.codeFixed')}</span>
          </p>
        </div>
      ) : (
        <TextField
          form={form}
          field="code"
          label={t('topics.fields.code')}
          hint={t('topics.form.codeHint')}
          required
          maxLength={50}
          autoComplete="off"
          spellCheck={false}
          value={state.code}
          onChange={(v) => set('code', v)}
        />
      )}
      <TextField form={form} field="name_sv" label={t('topics.fields.nameSv')} required maxLength={200} lang="sv" value={state.name_sv} onChange={(v) => set('name_sv', v)} />
      <TextField form={form} field="name_en" label={t('topics.fields.nameEn')} required maxLength={200} lang="en" value={state.name_en} onChange={(v) => set('name_en', v)} />
      <CheckboxField form={form} field="is_public" label={t('topics.form.isPublicLabel')} checked={state.is_public} onChange={(v) => set('is_public', v)} />
      <p className="hint">{t('topics.form.isPublicHint')}</p>
    </Form>
  );
}
