import { describe, expect, it } from 'vitest';
import { secondsLeft, statusOf } from './sessionStatus';

describe('session status', () => {
  it('polls quickly only while a login is under way', () => {
    expect(statusOf('PAIRING').live).toBe(true);
    expect(statusOf('CONNECTING').live).toBe(true);
    expect(statusOf('CONNECTED').live).toBe(false);
    expect(statusOf('BANNED').label).toBe('Banned by WhatsApp');
  });

  it('reads a missing session as not linked', () => {
    expect(statusOf(undefined).label).toBe('Not linked');
    expect(statusOf('SOMETHING_NEW').color).toBe('gray');
  });

  it('counts down to the code expiry and stops at zero', () => {
    const now = Date.parse('2026-03-02T09:00:00Z');
    expect(secondsLeft('2026-03-02T09:00:20Z', now)).toBe(20);
    expect(secondsLeft('2026-03-02T08:59:00Z', now)).toBe(0);
    expect(secondsLeft(null, now)).toBeNull();
  });
});
