import { Link } from 'react-router';
import type { Meeting } from '@/api/types';
import { entityName, namesOf } from '@/lib/names';
import { MeetingStatusBadge } from '@/components/ui/MeetingStatusBadge';
import { MeetingTime } from './MeetingTime';

/**
 * Meetings as a short list of links: the time, the title (linking to the meeting page), the council
 * when `showCouncil` and the title does not already say it (its name from the meeting's `names`), and
 * the status when it is not planned.
 */
export function MeetingLinkList({
  meetings,
  showCouncil,
  clockOnly,
  labelledBy,
}: {
  meetings: readonly Meeting[];
  showCouncil?: boolean;
  /** The times without the day (the list is one day's). */
  clockOnly?: boolean;
  labelledBy?: string;
}) {
  return (
    <ul className="meeting-links" aria-labelledby={labelledBy}>
      {meetings.map((m) => {
        const council = entityName(m.council_id, namesOf(m));
        return (
          <li key={m.id} className={m.status === 'cancelled' ? 'meeting-cancelled' : undefined}>
            <MeetingTime startsAt={m.starts_at} endsAt={m.ends_at} clockOnly={clockOnly} />{' '}
            <Link to={`/meetings/${m.id}`}>{m.title}</Link>
            {showCouncil && council && council !== m.title && <span className="muted"> ({council})</span>}
            {m.status !== 'planned' && (
              <>
                {' '}
                <MeetingStatusBadge status={m.status} />
              </>
            )}
          </li>
        );
      })}
    </ul>
  );
}
