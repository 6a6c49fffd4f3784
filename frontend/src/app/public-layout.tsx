import type { ReactNode } from 'react';
import { useTranslation, Trans } from 'react-i18next';
import { Link, NavLink, Outlet } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';

/**
 * The public pages' frame (`/offentligt/*`): no login, no app menu. The header names the public
 * pages and offers the login (or the way back into the app for someone logged in); the footer says
 * where to call in an emergency. Each public page is a child route; its reads go through `publicApi`.
 */
export function PublicLayout() {
  const { t } = useTranslation();
  const { status } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <header className="site-header public-header">
        <div className="site-header-inner">
          <p className="brand">
            <Link to="/offentligt/moten">{t('public.brand')}</Link>
          </p>
          <nav aria-label={t('public.nav.label')} className="main-nav public-nav">
            <ul>
              <li>
                <NavLink to="/offentligt/moten">{t('public.nav.meetings')}</NavLink>
              </li>
              <li>
                <NavLink to="/offentligt/rad">{t('public.nav.councils')}</NavLink>
              </li>
              <li>
                <NavLink to="/offentligt/medborgarloften">{t('public.nav.promises')}</NavLink>
              </li>
              <li>
                <NavLink to="/offentligt/kontakt">{t('publicContact.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/offentligt/arende" end>
                  {t('publicInquiry.nav')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/offentligt/arende/folj">{t('publicInquiry.lookup.nav')}</NavLink>
              </li>
              <li>
                <NavLink to="/offentligt/ansvar">{t('accountability.nav')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="user-bar">
            {status === 'authenticated' ? (
              <Link to="/" className="button button-small">
                {t('public.toApp')}
              </Link>
            ) : (
              <Link to="/login" className="button button-small">
                {t('public.login')}
              </Link>
            )}
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <Outlet />
      </main>
      <footer className="site-footer public-footer">
        <p>
          <Trans
            i18nKey="public.emergency"
            components={{ emergency: <Tel number="112" />, police: <Tel number="11414" /> }}
          />
        </p>
      </footer>
    </>
  );
}

/** A phone number as a link that calls it (from a phone). */
function Tel({ number, children }: { number: string; children?: ReactNode }) {
  return <a href={`tel:${number}`}>{children}</a>;
}
