import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IndicatorSeries } from '@/api/types';
import { decimalsFor, formatIndicatorValue, periodLabel } from '@/lib/indicators';
import { IndicatorTrend } from '@/components/indicators/IndicatorTrend';
import { changeText, metReason, metStatus } from '../lib/wording';

/**
 * One indicator in the follow-up: its name, the latest value against the previous one and the change
 * in words, the targets initiatives set on it (met or not), and the chart with its table.
 */
export function IndicatorFollowUp({ indicator: i, areaName, year }: { indicator: IndicatorSeries; areaName: string; year: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const headingId = `follow-up-indicator-${i.indicator_id}`;
  const decimals = decimalsFor(i.values.map((v) => v.value));
  const value = (v: number, d = decimals) => formatIndicatorValue(v, i.unit, lang, Math.max(d, decimals));
  const when = (period: string) => periodLabel(t, period, lang);
  const improved = i.change && i.change.delta !== 0 ? (i.change.improved ? 'better' : 'worse') : 'same';

  return (
    <section aria-labelledby={headingId} className="follow-up-indicator">
      <h3 id={headingId}>{i.name}</h3>
      <dl className="details follow-up-facts">
        <div>
          <dt>{t('followUp.indicators.latest')}</dt>
          <dd>{i.latest ? t('followUp.indicators.valueIn', { value: value(i.latest.value), period: when(i.latest.period) }) : t('followUp.indicators.noValueIn', { year })}</dd>
        </div>
        <div>
          <dt>{t('followUp.indicators.previous')}</dt>
          <dd>{i.previous ? t('followUp.indicators.valueIn', { value: value(i.previous.value), period: when(i.previous.period) }) : t('followUp.indicators.noPrevious')}</dd>
        </div>
        <div>
          <dt>{t('followUp.indicators.change')}</dt>
          <dd className={`follow-up-change follow-up-change-${improved}`}>{changeText(t, lang, i)}</dd>
        </div>
        <div>
          <dt>{t('followUp.indicators.source')}</dt>
          <dd>{t(`indicators.sources.${i.source}`)}</dd>
        </div>
      </dl>
      {i.targets.length > 0 && (
        <div className="follow-up-targets">
          <p className="subheading">{t('followUp.targets.heading')}</p>
          <ul className="plain-list">
            {i.targets.map((target) => (
              <li key={target.initiative_id}>
                <Link to={`/initiatives/${target.initiative_id}`}>{target.initiative_title}</Link>:{' '}
                {t('followUp.targets.fromTo', {
                  baseline: value(target.baseline_value),
                  baselinePeriod: when(target.baseline_period),
                  target: value(target.target_value),
                  targetPeriod: when(target.target_period),
                })}{' '}
                <strong>{metStatus(t, target.met)}</strong> – {metReason(t, target.met, value)}
              </li>
            ))}
          </ul>
        </div>
      )}
      <IndicatorTrend caption={`${i.name} – ${areaName}`} showCaption={false} indicator={i} points={i.values} />
    </section>
  );
}
