import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { Membership, Person } from '@/api/types';
import { formatDate } from '@/lib/format';
import { entityName, namesOf } from '@/lib/names';
import { useCan } from '@/lib/permissions';
import { DetailPage } from '@/components/pages/DetailPage';
import { EntityLink } from '@/components/EntityLink';
import { DataTable } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { TermConfirmation } from '@/components/terms/TermConfirmation';
import { usePerson, usePersonMemberships } from '../api/people';
import { GdprSection } from './GdprSection';

export function PersonDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const can = useCan();
  return (
    <DetailPage
      query={usePerson(id)}
      title={(p) => p.name}
      loadingTitle={t('people.title')}
      back="/people"
      backLabel={t('people.backToList')}
      edit={(p) => (p.erased ? null : `/people/${p.id}/edit`)}
    >
      {(p) => (
        <>
          {p.erased && <p className="alert alert-info">{t('people.erasedNotice')}</p>}
          <dl className="details">
            <div>
              <dt>{t('people.fields.title')}</dt>
              <dd>{p.title || t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('people.fields.organization')}</dt>
              <dd>
                <EntityLink kind="organization" id={p.organization_id} names={namesOf(p)} />
              </dd>
            </div>
            <div>
              <dt>{t('people.fields.email')}</dt>
              <dd>{p.contact_hidden ? t('people.hidden') : p.email ? <a href={`mailto:${p.email}`}>{p.email}</a> : t('common.none')}</dd>
            </div>
            <div>
              <dt>{t('people.fields.phone')}</dt>
              <dd>{p.contact_hidden ? t('people.hidden') : p.phone || t('common.none')}</dd>
            </div>
          </dl>
          <PersonMemberships person={p} />
          {(can('export', p) || can('erase', p)) && <GdprSection person={p} />}
        </>
      )}
    </DetailPage>
  );
}

function PersonMemberships({ person }: { person: Person }) {
  const { t, i18n } = useTranslation();
  const memberships = usePersonMemberships(person.id);
  const lang = i18n.language;
  return (
    <section aria-labelledby="person-memberships-heading">
      <h2 id="person-memberships-heading">{t('people.memberships')}</h2>
      <ListView list={memberships} hideCount empty={t('people.noMemberships')}>
        {(items) => (
          <DataTable<Membership>
            caption={t('people.memberships')}
            rows={items}
            rowKey={(m) => m.id}
            columns={[
              { id: 'council', header: t('people.council'), rowHeader: true, cell: (m) => <EntityLink kind="council" id={m.council_id} names={namesOf(m)} /> },
              { id: 'role', header: t('councils.members.role'), cell: (m) => t(`councils.roles.${m.role}`) },
              { id: 'org', header: t('councils.members.onBehalfOf'), cell: (m) => <EntityLink kind="organization" id={m.on_behalf_of_id} names={namesOf(m)} /> },
              { id: 'start', header: t('councils.members.startDate'), cell: (m) => formatDate(m.start_date, lang) },
              { id: 'end', header: t('councils.members.endDate'), cell: (m) => formatDate(m.end_date, lang) || t('common.none') },
              { id: 'current', header: t('people.current'), cell: (m) => (m.current ? t('common.yes') : t('common.no')) },
              {
                id: 'confirmed',
                header: t('terms.confirmation'),
                cell: (m) =>
                  m.confirmed ? (
                    t('terms.confirmedYes')
                  ) : (
                    <TermConfirmation membership={m} what={t('terms.inCouncil', { council: entityName(m.council_id, namesOf(m)) ?? '' })} />
                  ),
              },
            ]}
          />
        )}
      </ListView>
    </section>
  );
}
