import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import { useCollectionCan } from '@/lib/permissions';
import { BackLink } from '@/components/pages/parts';
import { Loading } from '@/components/ui/Spinner';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { ImportFormatSection } from './ImportFormatSection';
import { ImportValuesForm } from './ImportValuesForm';
import './indicators.css';

/**
 * "Importera indikatorvärden": choose (or paste) a CSV file, check it (a dry run: what would be new,
 * changed, unchanged, or each bad cell by row and column), then import it. Nothing is written until
 * the user presses "Importera". For those the values' list page allows `create`; others go back.
 * `?indicator=CODE` (the link from an indicator's page) puts its code in the template.
 */
export function ImportIndicatorValuesPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const mayImport = useCollectionCan('indicator-values');
  // "Importera en fil till" starts the form afresh.
  const [round, setRound] = useState(0);
  useDocumentTitle(t('indicators.import.title'));

  if (mayImport === undefined) return <Loading />;
  if (!mayImport) return <Navigate to="/indicators" replace />;
  return (
    <>
      <BackLink to="/indicators" label={t('indicators.backToList')} />
      <h1>{t('indicators.import.title')}</h1>
      <p>
        {t('indicators.import.intro')} <a href="#import-format">{t('indicators.import.formatLink')}</a>
      </p>
      <ImportValuesForm key={round} onRestart={() => setRound((r) => r + 1)} />
      <ImportFormatSection code={params.get('indicator') ?? undefined} />
    </>
  );
}
