import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Agreement, Signatory } from '@/api/types';
import { namesOf } from '@/lib/names';
import { formatDate } from '@/lib/format';
import { DetailPage } from '@/components/pages/DetailPage';
import { EntityLink } from '@/components/EntityLink';
import { DataTable } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { useAgreement, useAgreements } from '../api/agreements';
import { period } from '../lib/period';
import { PhaseSteps } from './PhaseSteps';

export function AgreementDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  return (
    <DetailPage
      query={useAgreement(id)}
      title={(a) => a.name}
      loadingTitle={t('agreements.title')}
      back="/agreements"
      backLabel={t('agreements.backToList')}
      edit={(a) => `/agreements/${a.id}/edit`}
    >
      {(a) => <AgreementDetails agreement={a} />}
    </DetailPage>
  );
}

function AgreementDetails({ agreement: a }: { agreement: Agreement }) {
  const { t, i18n } = useTranslation();
  const names = namesOf(a);
  const lang = i18n.language;
  return (
    <>
      <section aria-labelledby="phase-heading">
        <h2 id="phase-heading">
          {t('agreements.fields.phase')}: {t(`agreements.phases.${a.phase}`)}
        </h2>
        <PhaseSteps phase={a.phase} />
      </section>
      <dl className="details">
        <div>
          <dt>{t('agreements.fields.period')}</dt>
          <dd>{period(a, lang, t('agreements.openEnded'))}</dd>
        </div>
        <div>
          <dt>{t('agreements.fields.parent')}</dt>
          <dd>
            <EntityLink kind="agreement" id={a.parent_id} names={names} />
          </dd>
        </div>
        <div>
          <dt>{t('agreements.fields.description')}</dt>
          <dd className="pre-line">{a.description || t('common.none')}</dd>
        </div>
      </dl>
      <LinkListSection id="parties-heading" title={t('agreements.fields.parties')} kind="organization" ids={a.party_ids} names={names} />
      <section aria-labelledby="priorities-heading">
        <h2 id="priorities-heading">{t('agreements.fields.priorityAreas')}</h2>
        {a.priority_areas.length === 0 ? (
          <p>{t('common.none')}</p>
        ) : (
          <ul>
            {a.priority_areas.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        )}
      </section>
      <LinkListSection id="agreement-councils-heading" title={t('agreements.fields.councils')} kind="council" ids={a.council_ids} names={names} />
      <section aria-labelledby="signatories-heading">
        <h2 id="signatories-heading">{t('agreements.fields.signatories')}</h2>
        {a.signatories.length === 0 ? (
          <p>{t('agreements.noSignatories')}</p>
        ) : (
          <DataTable<Signatory & { key: string }>
            caption={t('agreements.fields.signatories')}
            rows={a.signatories.map((s, i) => ({ ...s, key: String(i) }))}
            rowKey={(s) => s.key}
            columns={[
              { id: 'person', header: t('agreements.signatory.person'), rowHeader: true, cell: (s) => <EntityLink kind="person" id={s.person_id} names={names} /> },
              { id: 'org', header: t('agreements.signatory.organization'), cell: (s) => <EntityLink kind="organization" id={s.organization_id} names={names} /> },
              { id: 'signed', header: t('agreements.signatory.signedOn'), cell: (s) => formatDate(s.signed_on, lang) || t('agreements.notSigned') },
            ]}
          />
        )}
      </section>
      <ChildAgreements id={a.id} />
    </>
  );
}

function LinkListSection(props: { id: string; title: string; kind: 'organization' | 'council'; ids: string[]; names?: Record<string, string> }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={props.id}>
      <h2 id={props.id}>{props.title}</h2>
      {props.ids.length === 0 ? (
        <p>{t('common.none')}</p>
      ) : (
        <ul>
          {props.ids.map((id) => (
            <li key={id}>
              <EntityLink kind={props.kind} id={id} names={props.names} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function ChildAgreements({ id }: { id: string }) {
  const { t } = useTranslation();
  const children = useAgreements({ parent_id: id });
  const count = children.data?.pages.reduce((n, p) => n + p.items.length, 0) ?? 0;
  if (count === 0) return null;
  return (
    <section aria-labelledby="child-agreements-heading">
      <h2 id="child-agreements-heading">{t('agreements.children')}</h2>
      <ListView list={children} hideCount>
        {(items) => (
          <ul>
            {items.map((c) => (
              <li key={c.id}>
                <Link to={`/agreements/${c.id}`}>{c.name}</Link>
              </li>
            ))}
          </ul>
        )}
      </ListView>
    </section>
  );
}
