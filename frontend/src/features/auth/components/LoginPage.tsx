import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { useAuth } from '@/lib/auth-context';
import { isApiError } from '@/lib/problem';
import { useDocumentTitle } from '@/components/ui/useDocumentTitle';
import { LanguageSwitch } from '@/components/ui/LanguageSwitch';

export function LoginPage() {
  const { t } = useTranslation();
  const auth = useAuth();
  const location = useLocation();
  const [error, setError] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);
  const emailId = useId();
  const passwordId = useId();
  const errorId = useId();
  useDocumentTitle(t('auth.loginTitle'));

  const from = (location.state as { from?: string } | null)?.from ?? '/';

  useEffect(() => {
    if (error) errorRef.current?.focus();
  }, [error]);

  if (auth.status === 'authenticated') return <Navigate to={from} replace />;

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const email = String(form.get('email') ?? '').trim();
    const password = String(form.get('password') ?? '');
    if (!email || !password) {
      setError(t('auth.required'));
      return;
    }
    setSubmitting(true);
    setError(null);
    try {
      await auth.login(email, password);
    } catch (err) {
      if (isApiError(err) && err.status === 401) setError(t('auth.invalidCredentials'));
      else if (isApiError(err) && err.status === 429) setError(t('auth.throttled'));
      else setError(t('auth.failed'));
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <div className="login-shell">
      <a className="skip-link" href="#main">
        {t('app.skipToMain')}
      </a>
      <header className="login-header">
        <p className="brand">{t('app.name')}</p>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1} className="login-main">
        <h1>{t('auth.loginTitle')}</h1>
        <p>{t('auth.loginIntro')}</p>
        {error && (
          <div ref={errorRef} id={errorId} className="alert alert-error" role="alert" tabIndex={-1}>
            {error}
          </div>
        )}
        <form onSubmit={onSubmit} noValidate className="form login-form">
          <div className="field">
            <label htmlFor={emailId}>{t('auth.email')}</label>
            <input
              id={emailId}
              name="email"
              type="email"
              autoComplete="username"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <div className="field">
            <label htmlFor={passwordId}>{t('auth.password')}</label>
            <input
              id={passwordId}
              name="password"
              type="password"
              autoComplete="current-password"
              required
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? errorId : undefined}
            />
          </div>
          <button type="submit" className="button button-primary" disabled={submitting}>
            {submitting ? t('auth.submitting') : t('auth.submit')}
          </button>
        </form>
      </main>
      <footer className="site-footer">
        <p>{t('app.footer')}</p>
      </footer>
    </div>
  );
}
