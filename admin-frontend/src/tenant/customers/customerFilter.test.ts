import { describe, expect, it } from 'vitest';
import { normalTags } from './customerFilter';

describe('tags', () => {
  it('are trimmed, lower case, without blanks or repeats', () => {
    expect(normalTags([' VIP', 'vip', '', 'Follow up '])).toEqual(['vip', 'follow up']);
  });
});
