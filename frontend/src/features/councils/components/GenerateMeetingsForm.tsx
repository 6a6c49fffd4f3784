import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Council, Generated } from '@/api/types';
import { todayIso } from '@/lib/format';
import { addMonthsIso } from '@/lib/stockholm-time';
import { DateField, Form, useServerForm, type Errors } from '@/components/ui/form';
import { useGenerateMeetings } from '../api/councils';

const FIELDS: Record<string, string> = { from: 'councils.generate.from', to: 'councils.generate.to' };

/**
 * "Skapa möten från mötesrytmen": a period (today to a year ahead by default) filled with the
 * cadence's meetings; says how many were created and how many existed already.
 */
export function GenerateMeetingsForm({ council }: { council: Council }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(() => todayIso());
  const [to, setTo] = useState(() => addMonthsIso(todayIso(), 12));
  const [result, setResult] = useState<Generated | null>(null);
  const generate = useGenerateMeetings(council.id);
  const form = useServerForm({
    prefix: 'generate',
    isKnownField: (f) => f in FIELDS,
    labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f),
  });

  async function handleSubmit() {
    const errs: Errors = {};
    if (!from) errs.from = t('councils.generate.fromRequired');
    if (!to) errs.to = t('councils.generate.toRequired');
    else if (from && to < from) errs.to = t('councils.generate.toBeforeFrom');
    setResult(null);
    if (form.clientErrors(errs)) return;
    await form.submit(async () => setResult(await generate.mutateAsync({ from, to })));
  }

  return (
    <section aria-labelledby="generate-meetings-heading" className="generate-meetings">
      <h3 id="generate-meetings-heading">{t('councils.generate.heading')}</h3>
      <p>{t('councils.generate.intro')}</p>
      <Form form={form} onSubmit={handleSubmit} submitLabel={t('councils.generate.submit')} pendingLabel={t('councils.generate.pending')}>
        <div className="field-row">
          <DateField form={form} field="from" label={t(FIELDS.from)} required value={from} onChange={setFrom} />
          <DateField form={form} field="to" label={t(FIELDS.to)} hint={t('councils.generate.toHint')} required value={to} onChange={setTo} />
        </div>
      </Form>
      <div role="status" aria-live="polite" aria-atomic="true">
        {result && (
          <p className="alert alert-success">
            {t('councils.generate.created', { count: result.created.length })}, {t('councils.generate.skipped', { count: result.skipped })}.
          </p>
        )}
      </div>
    </section>
  );
}
