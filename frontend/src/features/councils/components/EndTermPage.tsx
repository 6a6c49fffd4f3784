import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { formatDate, todayIso } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { useFlash } from '@/components/ui/Flash';
import { Loading } from '@/components/ui/Spinner';
import { ErrorMessage } from '@/components/ui/ErrorMessage';
import { useServerForm } from '@/components/ui/form';
import { EntityLink } from '@/components/EntityLink';
import { useCouncil, useMembership, useUpdateMembership } from '../api/councils';
import { CouncilBackLink } from './CouncilBackLink';

export function EndTermPage() {
  const { id = '', membershipId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const flash = useFlash();
  const council = useCouncil(id);
  const membership = useMembership(id, membershipId);
  const update = useUpdateMembership(id);
  const [endDate, setEndDate] = useState(todayIso());
  const form = useServerForm({
    prefix: 'term',
    isKnownField: (f) => f === 'end_date',
    labelFor: (f) => (f === 'end_date' ? t('councils.members.endDate') : f),
  });
  useDocumentTitle(t('councils.members.endTitle'));

  if (membership.isPending) return <Loading />;
  if (membership.isError) return <ErrorMessage error={membership.error} onRetry={() => void membership.refetch()} />;
  const m = membership.data;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (form.clientErrors(endDate ? {} : { end_date: t('councils.members.endRequired') })) return;
    const ok = await form.submit(async () => {
      await update.mutateAsync({ id: m.id, version: m.version, patch: { end_date: endDate } });
    });
    if (ok) {
      flash.show(t('councils.members.ended'), `/councils/${id}`);
      navigate(`/councils/${id}`);
    }
  }

  return (
    <>
      <CouncilBackLink id={id} name={council.data?.name} />
      <h1>{t('councils.members.endTitle')}</h1>
      <dl className="details">
        <div>
          <dt>{t('councils.members.person')}</dt>
          <dd>
            <EntityLink kind="person" id={m.person_id} names={namesOf(m)} />
          </dd>
        </div>
        <div>
          <dt>{t('councils.members.role')}</dt>
          <dd>{t(`councils.roles.${m.role}`)}</dd>
        </div>
        <div>
          <dt>{t('councils.members.startDate')}</dt>
          <dd>{formatDate(m.start_date, i18n.language)}</dd>
        </div>
      </dl>
      <form onSubmit={onSubmit} noValidate className="form" aria-busy={form.pending || undefined}>
        {form.renderSummary(
          <button type="button" className="button" onClick={() => void membership.refetch()}>
            {t('common.reload')}
          </button>,
        )}
        <p className="hint">{t('councils.members.endHint')}</p>
        <div className="field">
          <label htmlFor={form.id('end_date')}>
            {t('councils.members.endDate')}
          </label>
          {form.renderError('end_date')}
          <input {...form.fieldProps('end_date')} type="date" required aria-required="true" value={endDate} onChange={(e) => setEndDate(e.target.value)} />
        </div>
        <div className="form-actions">
          <button type="submit" className="button button-primary" disabled={form.pending}>
            {form.pending ? t('common.saving') : t('councils.members.endTerm')}
          </button>
        </div>
      </form>
    </>
  );
}
