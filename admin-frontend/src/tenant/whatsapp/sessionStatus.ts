/** How each session status reads to a business admin, and whether the screen should poll quickly. */
export const sessionStatus: Record<string, { label: string; color: string; live: boolean }> = {
  CONNECTING: { label: 'Connecting', color: 'blue', live: true },
  PAIRING: { label: 'Waiting for the phone', color: 'yellow', live: true },
  CONNECTED: { label: 'Connected', color: 'teal', live: false },
  DISCONNECTED: { label: 'Disconnected', color: 'orange', live: true },
  LOGGED_OUT: { label: 'Logged out', color: 'red', live: false },
  BANNED: { label: 'Banned by WhatsApp', color: 'red', live: false },
};

export function statusOf(status: string | undefined) {
  return (status && sessionStatus[status]) || { label: 'Not linked', color: 'gray', live: false };
}

/** Seconds until the code is replaced, never negative; null when unknown. */
export function secondsLeft(expiresAt: string | null | undefined, now: number): number | null {
  if (!expiresAt) return null;
  return Math.max(0, Math.round((Date.parse(expiresAt) - now) / 1000));
}
