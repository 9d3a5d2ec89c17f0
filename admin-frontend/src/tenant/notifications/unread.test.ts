import { describe, expect, it } from 'vitest';
import { UNREAD_SHOWN, unreadLabel } from './unread';

describe('the unread count on the bell', () => {
  it('shows the count up to what one page holds', () => {
    expect(unreadLabel(3)).toBe('3');
    expect(unreadLabel(UNREAD_SHOWN)).toBe(String(UNREAD_SHOWN));
  });

  it('says "99+" beyond it', () => {
    expect(unreadLabel(UNREAD_SHOWN + 1)).toBe('99+');
  });
});
