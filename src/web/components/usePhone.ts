import { useEffect, useState } from 'react';

const PHONE_QUERY = '(max-width: 767.98px)';

/**
 * Is the screen phone-wide (under antd's `md`)? Read synchronously from the first render, unlike
 * Grid.useBreakpoint (empty until its effect runs), so a phone never draws, or downloads, the wide
 * variant first.
 */
export function usePhone(): boolean {
  const [phone, setPhone] = useState(() => window.matchMedia(PHONE_QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia(PHONE_QUERY);
    const on = () => setPhone(mq.matches);
    mq.addEventListener('change', on);
    return () => mq.removeEventListener('change', on);
  }, []);
  return phone;
}
