// The route as React state, mirrored in the URL hash (route.ts parses and formats it).
import { useEffect, useState } from 'react';
import { formatRoute, parseRoute, type Route } from './route';

export type SetRoute = (update: (route: Route) => Route) => void;

export function useRoute(): [Route, SetRoute] {
  const [route, setRoute] = useState<Route>(() => parseRoute(window.location.hash));
  useEffect(() => {
    // The plain journal keeps a clean address (no hash at all).
    const formatted = formatRoute(route);
    const hash = formatted === '#/journal' ? '' : formatted;
    if (window.location.hash !== hash) window.history.replaceState(null, '', hash || window.location.pathname + window.location.search);
  }, [route]);
  useEffect(() => {
    const onHash = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return [route, setRoute];
}
