import { useEffect, useState } from 'react';

/** True once `expiresAt` has passed; turns true on time, without a re-render from anywhere else. */
export function useExpired(expiresAt: string, now: () => number = Date.now): boolean {
  const deadline = Date.parse(expiresAt);
  const [expired, setExpired] = useState(() => now() >= deadline);
  useEffect(() => {
    // setTimeout's longest delay is about 24.8 days; a challenge lives minutes.
    const timer = setTimeout(() => setExpired(true), Math.min(Math.max(0, deadline - now()), 2_147_000_000));
    return () => clearTimeout(timer);
  }, [deadline, now]);
  return expired;
}

/** "5 minutes", "15 minutes", "1 minute": how long a challenge lasts, as said before it starts. */
export function minutesWords(expiresAt: string, now = Date.now()): string {
  const minutes = Math.max(1, Math.round((Date.parse(expiresAt) - now) / 60_000));
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}
