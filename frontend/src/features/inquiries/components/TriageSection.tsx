import { useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatShortInstant, INQUIRY_STATUSES } from '@/lib/inquiry-time';
import { entityName, namesOf } from '@/lib/names';
import { searchOrganizations, searchPeople } from '@/lib/options';
import { inquiryQuery } from '@/lib/resources';
import { EntityComboboxField } from '@/components/ui/EntityCombobox';
import { SelectField, useServerForm } from '@/components/ui/form';
import { useDuplicateCandidates, useRoutesForTopic, useUpdateInquiry, type Inquiry } from '../api/inquiries';
import { triagePatch, triageState, type TriageState } from '../lib/triage';

const FIELDS: Record<string, string> = {
  route_id: 'inquiries.fields.route',
  organization_id: 'inquiries.fields.organization',
  assignee_person_id: 'inquiries.fields.assignee',
  status: 'inquiries.fields.status',
  duplicate_of_id: 'inquiries.fields.duplicateOf',
};

/**
 * "Hantera ärendet": route, organisation, assignee and status (with the inquiry it repeats for
 * `duplicate`). Only what changed is sent, with If-Match; routing is for coordinators and admins,
 * and a 403 naming those fields shows at them. After saving, a status line says so and the form
 * starts afresh from the saved inquiry (the caller keys it by version).
 */
export function TriageSection({ inquiry }: { inquiry: Inquiry }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [saved, setSaved] = useState('');
  return (
    <section aria-labelledby={headingId} className="inquiry-section">
      <h2 id={headingId}>{t('inquiries.triage.heading')}</h2>
      <div role="status" aria-live="polite">
        {saved && <p className="alert alert-info">{saved}</p>}
      </div>
      <TriageForm key={inquiry.version} inquiry={inquiry} onSaved={setSaved} />
    </section>
  );
}

function TriageForm({ inquiry: i, onSaved }: { inquiry: Inquiry; onSaved: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const qc = useQueryClient();
  const update = useUpdateInquiry(i.id);
  const [state, setState] = useState<TriageState>(() => triageState(i));
  const [unchanged, setUnchanged] = useState(false);
  const form = useServerForm({ prefix: 'triage', isKnownField: (f) => f in FIELDS, labelFor: (f) => (FIELDS[f] ? t(FIELDS[f]) : f) });
  const set = <K extends keyof TriageState>(key: K, value: TriageState[K]) => {
    setUnchanged(false);
    setState((s) => ({ ...s, [key]: value }));
  };
  const names = namesOf(i);
  const routes = useRoutesForTopic(i.topic_id, true);
  const duplicates = useDuplicateCandidates(i, state.status === 'duplicate');
  const routeItems = routes.data?.pages.flatMap((p) => p.items) ?? [];
  const routeLabel = (r: { function: string; organization_id: string; names?: Record<string, string> }) =>
    `${r.function} – ${entityName(r.organization_id, r.names) ?? t('common.nameMissing')}`;
  const routeOptions = routeItems.map((r) => ({ id: r.id, label: routeLabel(r) }));
  if (i.route_id && !routeOptions.some((o) => o.id === i.route_id)) routeOptions.unshift({ id: i.route_id, label: entityName(i.route_id, names) ?? t('common.nameMissing') });
  const duplicateOptions = (duplicates.data?.pages.flatMap((p) => p.items) ?? [])
    .filter((d) => d.id !== i.id)
    .map((d) => ({ id: d.id, label: `${d.reference} – ${formatShortInstant(d.received_at, i18n.language)}, ${t(`inquiries.statuses.${d.status}`).toLowerCase()}` }));
  if (i.duplicate_of_id && !duplicateOptions.some((o) => o.id === i.duplicate_of_id)) {
    duplicateOptions.unshift({ id: i.duplicate_of_id, label: entityName(i.duplicate_of_id, names) ?? t('common.nameMissing') });
  }

  async function submit() {
    const result = triagePatch(i, state, t);
    if ('errors' in result) {
      form.clientErrors(result.errors);
      return;
    }
    form.clientErrors({});
    if ('unchanged' in result) {
      setUnchanged(true);
      return;
    }
    const ok = await form.submit(async () => {
      await update.mutateAsync({ version: i.version, patch: result.patch });
    });
    if (ok) onSaved(t('inquiries.triage.saved'));
  }

  return (
    <form
      className="form triage-form"
      noValidate
      aria-busy={form.pending || undefined}
      aria-label={t('inquiries.triage.heading')}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      {form.renderSummary(
        <button type="button" className="button" onClick={() => void qc.invalidateQueries({ queryKey: inquiryQuery(i.id).queryKey })}>
          {t('common.reload')}
        </button>,
      )}
      <div className="governed-fields">
        <p className="hint">{t('inquiries.triage.routingHint')}</p>
        <SelectField
          form={form}
          field="route_id"
          label={t(FIELDS.route_id)}
          hint={routes.hasNextPage ? t('inquiries.triage.moreRoutes') : undefined}
          value={state.route_id}
          onChange={(v) => set('route_id', v)}
          options={routeOptions.map((o) => o.id)}
          optionLabel={(_, idx) => routeOptions[idx].label}
          empty={t('inquiries.triage.noRoute')}
        />
        {routes.hasNextPage && (
          <p>
            <button type="button" className="button button-small" onClick={() => void routes.fetchNextPage()} disabled={routes.isFetchingNextPage}>
              {t('common.loadMore')}
            </button>
          </p>
        )}
        <EntityComboboxField
          form={form}
          field="organization_id"
          label={t(FIELDS.organization_id)}
          hint={t('inquiries.triage.organizationHint')}
          value={state.organization_id}
          valueLabel={entityName(i.organization_id, names)}
          onChange={(id) => set('organization_id', id)}
          search={searchOrganizations}
          cacheKey="organizations"
        />
      </div>
      <EntityComboboxField
        form={form}
        field="assignee_person_id"
        label={t(FIELDS.assignee_person_id)}
        hint={t('inquiries.triage.assigneeHint')}
        value={state.assignee_person_id}
        valueLabel={entityName(i.assignee_person_id, names)}
        onChange={(id) => set('assignee_person_id', id)}
        search={searchPeople}
        cacheKey="people"
      />
      <SelectField
        form={form}
        field="status"
        label={t(FIELDS.status)}
        hint={t('inquiries.triage.statusHint')}
        value={state.status}
        onChange={(v) => set('status', v)}
        options={INQUIRY_STATUSES}
        optionLabel={(s) => t(`inquiries.statuses.${s}`)}
      />
      {state.status === 'duplicate' && (
        <>
          <SelectField
            form={form}
            field="duplicate_of_id"
            label={t(FIELDS.duplicate_of_id)}
            hint={t('inquiries.triage.duplicateHint')}
            required
            value={state.duplicate_of_id}
            onChange={(v) => set('duplicate_of_id', v)}
            options={duplicateOptions.map((o) => o.id)}
            optionLabel={(_, idx) => duplicateOptions[idx].label}
            empty={duplicates.isPending ? t('app.loading') : t('inquiries.triage.chooseDuplicate')}
          />
          {duplicates.hasNextPage && (
            <p>
              <button type="button" className="button button-small" onClick={() => void duplicates.fetchNextPage()} disabled={duplicates.isFetchingNextPage}>
                {t('common.loadMore')}
              </button>
            </p>
          )}
        </>
      )}
      <p role="status" className="hint">
        {unchanged ? t('inquiries.triage.unchanged') : ''}
      </p>
      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={form.pending}>
          {form.pending ? t('common.saving') : t('inquiries.triage.submit')}
        </button>
      </div>
    </form>
  );
}
