import { useEffect } from 'react';

/** "<page> · Bulwark" while the page is shown. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} · Bulwark` : 'Bulwark';
  }, [title]);
}
