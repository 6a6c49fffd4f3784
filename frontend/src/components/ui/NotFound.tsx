import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from './useDocumentTitle';

/** The app's "page not found" page: unknown routes and detail pages whose id does not exist. */
export function NotFound() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <>
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{t('app.notFoundText')}</p>
      <p>
        <Link to="/">{t('app.backToStart')}</Link>
      </p>
    </>
  );
}
