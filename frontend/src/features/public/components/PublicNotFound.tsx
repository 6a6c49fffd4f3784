import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';

/** "Sidan hittades inte" on the public pages: a meeting of a council that is not public, minutes not adjusted, an unknown address. */
export function PublicNotFound({ text }: { text?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('app.notFoundTitle'));
  return (
    <>
      <h1>{t('app.notFoundTitle')}</h1>
      <p>{text ?? t('public.notFound')}</p>
      <p>
        <Link to="/offentligt/moten">{t('public.meetings.backToList')}</Link>
      </p>
    </>
  );
}
