import { useTranslation } from 'react-i18next';
import { formatPercent } from '@/lib/initiatives';
import './initiatives.css';

/**
 * How far an initiative has come: a `<progress>` bar named for what it measures, with the per cent as
 * text beside it ("93,3 %"), and "sammanvägt från delinsatserna" when it was rolled up from children.
 * Without a percentage (nothing reported) only the text "Inget rapporterat" (no empty bar).
 */
export function ProgressMeter({ percent, rolledUp = false, label }: { percent: number | null | undefined; rolledUp?: boolean; label?: string }) {
  const { t, i18n } = useTranslation();
  const name = label ?? t('initiatives.progress.label');
  if (percent === null || percent === undefined) {
    return <span className="progress-meter progress-none">{t('initiatives.progress.none')}</span>;
  }
  const text = formatPercent(percent, i18n.language);
  const value = Math.min(100, Math.max(0, percent));
  return (
    <span className="progress-meter">
      <progress max={100} value={value} aria-label={name} aria-valuetext={text} />
      {/* The bar says the same to assistive technology (its name and value). */}
      <span className="progress-text" aria-hidden="true">
        {text}
      </span>
      {rolledUp && <span className="progress-note">{t('initiatives.progress.rolledUp')}</span>}
    </span>
  );
}
