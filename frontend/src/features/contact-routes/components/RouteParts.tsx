import { useTranslation } from 'react-i18next';
import type { Channel } from '@/api/types';
import { formatDate } from '@/lib/format';
import { channelHref, formatPhone } from '../lib/phone';

/** "Öppet nu" / "Stängt nu" / "Öppettider okända" (the API's `open_now`, Europe/Stockholm). */
export function OpenNowBadge({ openNow }: { openNow: boolean | null | undefined }) {
  const { t } = useTranslation();
  if (openNow === true) return <span className="badge badge-active">{t('contactRoutes.openNow.open')}</span>;
  if (openNow === false) return <span className="badge badge-dissolved">{t('contactRoutes.openNow.closed')}</span>;
  return <span className="badge badge-unknown">{t('contactRoutes.openNow.unknown')}</span>;
}

/** "Inaktuell": not verified within the configured period; says when it last was. */
export function StaleBadge({ lastVerifiedAt }: { lastVerifiedAt: string }) {
  const { t } = useTranslation();
  return (
    <span className="badge badge-warning">
      {t('contactRoutes.stale.badge')}
      <span className="visually-hidden"> ({t('contactRoutes.stale.since', { date: formatDate(lastVerifiedAt) })})</span>
    </span>
  );
}

/** One channel's value: a phone as Swedes write it (linked `tel:` with the stored E.164), e-mail, web, a visiting address. */
export function ChannelValue({ channel }: { channel: Pick<Channel, 'type' | 'value'> }) {
  const href = channelHref(channel.type, channel.value);
  const text = channel.type === 'phone' ? formatPhone(channel.value) : channel.value;
  if (!href) return <span className="break-all">{text}</span>;
  return (
    <a href={href} className="break-all">
      {text}
    </a>
  );
}

/** A route's channels as a list: the kind, the value (linked), the note. */
export function ChannelList({ channels }: { channels: readonly Channel[] }) {
  const { t } = useTranslation();
  if (channels.length === 0) return <p>{t('contactRoutes.channels.none')}</p>;
  return (
    <ul className="channel-list">
      {channels.map((c, i) => (
        <li key={i}>
          <span className="channel-type">{t(`contactRoutes.channelTypes.${c.type}`)}:</span> <ChannelValue channel={c} />
          {c.note && <span className="muted"> – {c.note}</span>}
        </li>
      ))}
    </ul>
  );
}
