import { useTranslation } from 'react-i18next';
import type { Council, Membership } from '@/api/types';
import { formatDate, todayIso } from '@/lib/format';
import { namesOf } from '@/lib/names';
import { EntityLink } from '@/components/EntityLink';
import { DataTable } from '@/components/list/DataTable';
import { ListView } from '@/components/list/ListView';
import { useMemberships, useSeats } from '../api/councils';

/** Terms that have ended, newest first. */
export function HistorySection({ council }: { council: Council }) {
  const { t, i18n } = useTranslation();
  const memberships = useMemberships(council.id);
  const seats = useSeats(council.id);
  const seatLabel = new Map((seats.data?.pages.flatMap((p) => p.items) ?? []).map((s) => [s.id, s.label]));
  const today = todayIso();
  const lang = i18n.language;

  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('councils.detail.history')}</h2>
      <ListView list={memberships} hideCount>
        {(items) => {
          const ended = items
            .filter((m) => !m.current && m.end_date && m.end_date < today)
            .sort((a, b) => (b.end_date ?? '').localeCompare(a.end_date ?? ''));
          if (ended.length === 0) return <p>{t('councils.detail.noHistory')}</p>;
          return (
            <DataTable<Membership>
              caption={t('councils.detail.history')}
              rows={ended}
              rowKey={(m) => m.id}
              columns={[
                { id: 'person', header: t('councils.members.person'), rowHeader: true, cell: (m) => <EntityLink kind="person" id={m.person_id} names={namesOf(m)} /> },
                { id: 'seat', header: t('councils.members.seat'), cell: (m) => (m.seat_id ? (seatLabel.get(m.seat_id) ?? t('common.none')) : t('common.none')) },
                { id: 'role', header: t('councils.members.role'), cell: (m) => t(`councils.roles.${m.role}`) },
                { id: 'start', header: t('councils.members.startDate'), cell: (m) => formatDate(m.start_date, lang) },
                { id: 'end', header: t('councils.members.endDate'), cell: (m) => formatDate(m.end_date, lang) },
              ]}
            />
          );
        }}
      </ListView>
    </section>
  );
}
