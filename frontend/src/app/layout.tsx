import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation, useNavigate } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';
import { FlashProvider, FlashRegion } from '@/components/ui/Flash';

export function AppLayout() {
  const { t } = useTranslation();
  const { user, logout } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  // On a narrow screen the menu is a disclosure ("Meny"); it closes when the page changes.
  const [menuOpen, setMenuOpen] = useState(false);
  const [menuPath, setMenuPath] = useState(location.pathname);
  const toggleRef = useRef<HTMLButtonElement>(null);
  if (menuPath !== location.pathname) {
    setMenuPath(location.pathname);
    setMenuOpen(false);
  }

  // Escape closes the open menu and returns the focus to its button.
  useEffect(() => {
    if (!menuOpen) return;
    function onKeyDown(e: KeyboardEvent) {
      if (e.key !== 'Escape') return;
      setMenuOpen(false);
      toggleRef.current?.focus();
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [menuOpen]);

  async function onLogout() {
    await logout();
    navigate('/login', { replace: true });
  }

  return (
    <FlashProvider>
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <p className="brand">
            <NavLink to="/" end>
              {t('app.name')}
            </NavLink>
          </p>
          <nav aria-label={t('nav.label')} className="main-nav">
            <button
              ref={toggleRef}
              type="button"
              className="button menu-toggle"
              aria-expanded={menuOpen}
              aria-controls="main-menu"
              onClick={() => setMenuOpen((o) => !o)}
            >
              {t('nav.menu')}
            </button>
            <ul id="main-menu" className={menuOpen ? 'menu-open' : undefined}>
              <li>
                <NavLink to="/" end>
                  {t('nav.overview')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/areas">{t('nav.areas')}</NavLink>
              </li>
              <li>
                <NavLink to="/organizations">{t('nav.organizations')}</NavLink>
              </li>
              <li>
                <NavLink to="/councils">{t('nav.councils')}</NavLink>
              </li>
              <li>
                <NavLink to="/meetings">{t('nav.meetings')}</NavLink>
              </li>
              <li>
                <NavLink to="/initiatives">{t('nav.initiatives')}</NavLink>
              </li>
              <li>
                <NavLink to="/action-items">{t('actionItems.title')}</NavLink>
              </li>
              <li>
                <NavLink to="/arenden">{t('inquiries.title')}</NavLink>
              </li>
              <li>
                <NavLink to="/people">{t('nav.people')}</NavLink>
              </li>
              <li>
                <NavLink to="/agreements">{t('nav.agreements')}</NavLink>
              </li>
              <li>
                <NavLink to="/indicators">{t('nav.indicators')}</NavLink>
              </li>
              <li>
                <NavLink to="/follow-up">{t('nav.followUp')}</NavLink>
              </li>
              {/* The response-time report is for coordinators and admins (others get 403), and it carries no allowed_actions. */}
              {(user?.role === 'coordinator' || user?.role === 'admin') && (
                <li>
                  <NavLink to="/rapporter/svarstider">{t('responseTimes.title')}</NavLink>
                </li>
              )}
              <li>
                <NavLink to="/situation-pictures">{t('nav.situationPictures')}</NavLink>
              </li>
              <li>
                {/* The directory is the way in; the list, a route's pages and the topics are "Kontaktvägar" too. */}
                <NavLink
                  to="/kontaktvagar/sok"
                  className={({ isActive }) => (isActive || /^\/(kontaktvagar|amnen|api-nycklar)(\/|$)/.test(location.pathname) ? 'active' : undefined)}
                >
                  {t('contactRoutes.nav')}
                </NavLink>
              </li>
              <li>
                <NavLink to="/coverage">{t('nav.coverage')}</NavLink>
              </li>
              <li>
                <NavLink to="/staffing">{t('nav.staffing')}</NavLink>
              </li>
            </ul>
          </nav>
          <div className="user-bar">
            {user && (
              <p className="user-info">
                <span className="visually-hidden">{t('auth.signedInAs')} </span>
                <span className="user-email">{user.email}</span>{' '}
                <span className="role-badge">{t(`roles.${user.role}`)}</span>
              </p>
            )}
            <NavLink to="/calendar" className="user-link">
              {t('calendar.mine.title')}
            </NavLink>
            <button type="button" className="button button-small" onClick={() => void onLogout()}>
              {t('auth.logout')}
            </button>
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="site-main">
        <FlashRegion />
        <Outlet />
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </FlashProvider>
  );
}
