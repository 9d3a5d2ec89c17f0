import { describe, expect, it } from 'vitest';
import { lastDays, percent } from './period';

describe('report periods', () => {
  it('ends today (UTC) and counts today as one of the days', () => {
    expect(lastDays(7, new Date('2026-03-03T23:30:00Z'))).toEqual({ from: '2026-02-25', to: '2026-03-03' });
    expect(lastDays(1, new Date('2026-01-01T00:00:00Z'))).toEqual({ from: '2026-01-01', to: '2026-01-01' });
  });

  it('spans 90 days at most within the API limit of 92', () => {
    const { from, to } = lastDays(90, new Date('2026-06-30T12:00:00Z'));
    expect((Date.parse(to) - Date.parse(from)) / 86_400_000).toBe(89);
  });

  it('writes ratios as percentages and a missing one as a dash', () => {
    expect(percent(0.3333)).toBe('33.3%');
    expect(percent(1)).toBe('100%');
    expect(percent(null)).toBe('—');
    expect(percent(Number.NaN)).toBe('—');
  });
});
