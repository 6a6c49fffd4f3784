import { useEffect } from 'react';

/** Sets the document title as "<page> – Samverkan". */
export function useDocumentTitle(title: string | null | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} – Samverkan` : 'Samverkan';
  }, [title]);
}
