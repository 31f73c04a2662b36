import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms`: search boxes query the server at that pace. */
export function useDebounced<T>(value: T, ms = 250): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const h = setTimeout(() => setV(value), ms);
    return () => clearTimeout(h);
  }, [value, ms]);
  return v;
}
