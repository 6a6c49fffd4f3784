import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';

interface FlashState {
  message: string;
  pathname: string;
}

interface FlashContextValue {
  flash: FlashState | null;
  /** Shows a success message once the app is at `pathname` (default: the current page). */
  show: (message: string, pathname?: string) => void;
  clear: () => void;
}

const FlashContext = createContext<FlashContextValue | null>(null);

export function FlashProvider({ children }: { children: ReactNode }) {
  const [flash, setFlash] = useState<FlashState | null>(null);
  const show = useCallback((message: string, pathname?: string) => {
    setFlash({ message, pathname: pathname ?? window.location.pathname });
  }, []);
  const clear = useCallback(() => setFlash(null), []);
  const value = useMemo(() => ({ flash, show, clear }), [flash, show, clear]);
  return <FlashContext.Provider value={value}>{children}</FlashContext.Provider>;
}

export function useFlash(): FlashContextValue {
  const ctx = useContext(FlashContext);
  if (!ctx) throw new Error('useFlash must be used inside a FlashProvider');
  return ctx;
}

/** A polite live region that is always in the DOM, so messages put in it are announced. */
export function FlashRegion() {
  const { t } = useTranslation();
  const { flash, clear } = useFlash();
  const location = useLocation();
  const visible = flash && flash.pathname === location.pathname ? flash : null;
  return (
    <div role="status" aria-live="polite" aria-atomic="true" className="flash-region">
      {visible && (
        <div className="alert alert-success">
          <span>{visible.message}</span>
          <button type="button" className="button button-small" onClick={clear}>
            {t('common.dismiss')}
          </button>
        </div>
      )}
    </div>
  );
}
