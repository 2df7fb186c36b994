import { useEffect, useRef, useState } from 'react';

/** The value, once it has stopped changing for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const timer = window.setTimeout(() => setSettled(value), ms);
    return () => window.clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}

/**
 * The value, passed on at most once every `ms`: at once after a pause, then
 * the latest value every `ms` while it keeps changing. The first keystroke of
 * a search answers immediately; a fast burst costs one request per `ms`.
 */
export function useThrottled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  const lastPass = useRef(Number.NEGATIVE_INFINITY);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const wait = Math.max(0, lastPass.current + ms - performance.now());
    const timer = window.setTimeout(() => {
      lastPass.current = performance.now();
      setSettled(value);
    }, wait);
    return () => window.clearTimeout(timer);
  }, [value, settled, ms]);
  return settled;
}
