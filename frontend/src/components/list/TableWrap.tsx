import { useEffect, useRef, useState, type ReactNode } from 'react';

/**
 * The wrapper a wide table scrolls in on a narrow screen (`.table-wrap`). While the table is wider
 * than the wrapper, the wrapper is a focusable region named by the table's caption, so the keyboard
 * can scroll it (WCAG 2.1.1, axe `scrollable-region-focusable`); a table that fits adds no tab stop.
 */
export function TableWrap({ captionId, children }: { captionId: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [overflows, setOverflows] = useState(false);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const check = () => setOverflows(el.scrollWidth > el.clientWidth + 1);
    check();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(check);
    observer.observe(el);
    // The table's own width changes with its content (more rows, another language), not only the wrapper's.
    if (el.firstElementChild) observer.observe(el.firstElementChild);
    return () => observer.disconnect();
  }, []);
  return (
    <div ref={ref} className="table-wrap" {...(overflows ? { tabIndex: 0, role: 'region', 'aria-labelledby': captionId } : {})}>
      {children}
    </div>
  );
}
