import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Membership, MembershipPatch } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { DateField, Form, useServerForm, type FormBinding } from '@/components/ui/form';
import { EditPage } from '@/components/pages/EditPage';
import { EntityLink } from '@/components/EntityLink';
import { useCouncil, useMembership, useUpdateMembership } from '../api/councils';

export function EndTermPage() {
  const { id = '', membershipId = '' } = useParams();
  const { t } = useTranslation();
  const council = useCouncil(id);
  return (
    <EditPage
      query={useMembership(id, membershipId)}
      update={useUpdateMembership(id, membershipId)}
      title={t('councils.members.endTitle')}
      back={`/councils/${id}`}
      backLabel={t('councils.backToCouncil', { name: council.data?.name ?? '' })}
      submitLabel={t('councils.members.endTerm')}
      done={() => ({ to: `/councils/${id}`, message: t('councils.members.ended') })}
    >
      {(m, form) => (
        <>
          <TermDetails membership={m} />
          <EndTermForm {...form} />
        </>
      )}
    </EditPage>
  );
}

function TermDetails({ membership: m }: { membership: Membership }) {
  const { t, i18n } = useTranslation();
  return (
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
  );
}

function EndTermForm({ onSubmit, ...binding }: FormBinding<MembershipPatch>) {
  const { t } = useTranslation();
  const [endDate, setEndDate] = useState(todayIso());
  const form = useServerForm({
    prefix: 'term',
    isKnownField: (f) => f === 'end_date',
    labelFor: (f) => (f === 'end_date' ? t('councils.members.endDate') : f),
  });

  async function handleSubmit() {
    if (form.clientErrors(endDate ? {} : { end_date: t('councils.members.endRequired') })) return;
    await form.submit(() => onSubmit({ end_date: endDate }));
  }

  return (
    <Form form={form} onSubmit={handleSubmit} {...binding}>
      <p className="hint">{t('councils.members.endHint')}</p>
      <DateField form={form} field="end_date" label={t('councils.members.endDate')} required requiredMark={false} value={endDate} onChange={setEndDate} />
    </Form>
  );
}
