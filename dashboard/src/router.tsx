import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';

/** The dashboard's pages; each is a path under /dashboard/, so a page and its selection can be shared by URL. */
export const PAGES = ['overview', 'indicator', 'city', 'compare', 'availability', 'cases', 'submit', 'review'] as const;
export type Page = (typeof PAGES)[number];

export const BASE = import.meta.env.BASE_URL.replace(/\/$/, '');

/** The reader's choices that every page keeps: the language and whether sample values are shown. */
const KEPT_PARAMS = ['lang', 'samples'] as const;

interface Location {
  page: Page;
  params: URLSearchParams;
}

interface Router extends Location {
  /** Another page, with its own selection (the language and the sample switch are kept). */
  go(page: Page, params?: Record<string, string | undefined>): void;
  /** Changes part of this page's selection; `undefined` or '' removes a parameter. */
  set(changes: Record<string, string | string[] | undefined>): void;
  href(page: Page, params?: Record<string, string | undefined>): string;
}

/** The page the address bar names (the overview for /dashboard/ or an unknown path). */
export function currentPage(): Page {
  const rest = window.location.pathname.slice(BASE.length).replace(/^\/+|\/+$/g, '');
  return (PAGES as readonly string[]).includes(rest) ? (rest as Page) : 'overview';
}

function readLocation(): Location {
  return { page: currentPage(), params: new URLSearchParams(window.location.search) };
}

const RouterContext = createContext<Router | null>(null);

export function RouterProvider({ children }: { children: ReactNode }) {
  const [location, setLocation] = useState(readLocation);
  useEffect(() => {
    const onPop = () => setLocation(readLocation());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);

  const href = useCallback(
    (page: Page, params: Record<string, string | undefined> = {}) => {
      const search = new URLSearchParams();
      for (const name of KEPT_PARAMS) {
        const kept = location.params.get(name);
        if (kept) search.set(name, kept);
      }
      for (const [key, value] of Object.entries(params)) if (value) search.set(key, value);
      const query = search.toString();
      return `${BASE}/${page === 'overview' ? '' : page}${query ? `?${query}` : ''}`;
    },
    [location.params],
  );
  const push = (url: string) => {
    window.history.pushState(null, '', url);
    setLocation(readLocation());
  };
  const router = useMemo<Router>(
    () => ({
      ...location,
      href,
      go: (page, params) => push(href(page, params)),
      set(changes) {
        const search = new URLSearchParams(location.params);
        for (const [key, value] of Object.entries(changes)) {
          const text = Array.isArray(value) ? value.join(',') : value;
          if (text) search.set(key, text);
          else search.delete(key);
        }
        const query = search.toString();
        push(`${window.location.pathname}${query ? `?${query}` : ''}`);
      },
    }),
    [location, href],
  );
  return <RouterContext.Provider value={router}>{children}</RouterContext.Provider>;
}

export function useRouter(): Router {
  const router = useContext(RouterContext);
  if (!router) throw new Error('useRouter outside RouterProvider');
  return router;
}

/** A comma-separated list parameter. */
export function listParam(params: URLSearchParams, name: string, fallback: string[]): string[] {
  const raw = params.get(name);
  return raw ? raw.split(',').filter(Boolean) : fallback;
}
