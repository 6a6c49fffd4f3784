import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function CouncilBackLink({ id, name }: { id: string; name?: string }) {
  const { t } = useTranslation();
  return (
    <p>
      <Link to={`/councils/${id}`}>{t('councils.backToCouncil', { name: name ?? '' })}</Link>
    </p>
  );
}
