import { useTranslation } from 'react-i18next';
import type { Initiative } from '@/api/types';
import { formatDate } from '@/lib/format';
import { metText, targetText } from '@/lib/initiatives';
import { entityName, namesOf } from '@/lib/names';
import { MetBadge } from '@/components/initiatives/MetBadge';
import { ProgressMeter } from '@/components/initiatives/ProgressMeter';
import { IndicatorTargetChart } from './IndicatorTargetChart';

/**
 * "Mål och framsteg": the target in words, how far the initiative has come (rolled up from its
 * children or its latest report's), and whether the target is met, explained from the API's reason and
 * numbers in the user's language.
 */
export function TargetSection({ initiative: i }: { initiative: Initiative }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const indicatorName = i.target?.type === 'indicator' ? entityName(i.target.indicator_id, namesOf(i)) : undefined;
  const p = i.progress;
  return (
    <section aria-labelledby="initiative-target-heading">
      <h2 id="initiative-target-heading">{t('initiatives.detail.targetAndProgress')}</h2>
      <dl className="details">
        <div>
          <dt>{t('initiatives.fields.target')}</dt>
          <dd>{i.target ? targetText(i.target, t, lang, indicatorName) : t('initiatives.target.none')}</dd>
        </div>
        <div>
          <dt>{t('initiatives.fields.progress')}</dt>
          <dd>
            <ProgressMeter percent={p.percent} />
            <p className="hint">{p.rolled_up ? t('initiatives.progress.rolledUpExplained') : t('initiatives.progress.fromLatest')}</p>
          </dd>
        </div>
        <div>
          <dt>{t('initiatives.fields.met')}</dt>
          <dd>
            <MetBadge met={p.met} /> <span>{metText(p.met, i.target, t, lang)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('initiatives.fields.lastReportedOn')}</dt>
          <dd>{p.last_reported_on ? formatDate(p.last_reported_on) : t('initiatives.detail.neverReported')}</dd>
        </div>
      </dl>
      <IndicatorTargetChart initiative={i} />
      {p.missing_final_report && (
        <p className="alert alert-warning">
          <strong>{t('initiatives.missingFinalReport')}.</strong> {t('initiatives.detail.missingFinalReportText')}
        </p>
      )}
    </section>
  );
}
