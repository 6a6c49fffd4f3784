import { useTranslation } from 'react-i18next';
import type { Channel, Topic } from '@/api/types';
import { formatDate } from '@/lib/format';
import { useTopicOptions } from '../api/contactRoutes';
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

/** A topic's name in the UI language (`name_en` in English). */
export function topicLabel(topic: Pick<Topic, 'name_sv' | 'name_en'>, lang: string): string {
  return lang.startsWith('en') ? topic.name_en : topic.name_sv;
}

/**
 * A topic's name by id in the UI language: from the topics (a small list, shared cache), else from
 * the route's `names` (which carries the Swedish name).
 */
export function useTopicName() {
  const { t, i18n } = useTranslation();
  const topics = useTopicOptions();
  const byId = new Map((topics.data?.pages.flatMap((p) => p.items) ?? []).map((tp) => [tp.id, tp]));
  return (id: string, names?: Readonly<Record<string, string>>) => {
    const topic = byId.get(id);
    if (topic) return topicLabel(topic, i18n.language);
    return names?.[id] ?? t('common.nameMissing');
  };
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
