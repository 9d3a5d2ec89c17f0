import { describe, expect, it } from 'vitest';
import { allowedMoves, moveLabel, slaState, span } from './tickets';

describe('allowed ticket moves', () => {
  it('follow the API state machine', () => {
    expect(allowedMoves('OPEN')).toEqual(['IN_PROGRESS']);
    expect(allowedMoves('IN_PROGRESS')).toEqual(['RESOLVED']);
    expect(allowedMoves('RESOLVED')).toEqual(['CLOSED', 'IN_PROGRESS']);
  });

  it('offer nothing for a closed or unknown ticket', () => {
    expect(allowedMoves('CLOSED')).toEqual([]);
    expect(allowedMoves('ARCHIVED')).toEqual([]);
  });

  it('name going back from resolved a reopening', () => {
    expect(moveLabel('RESOLVED', 'IN_PROGRESS')).toBe('Reopen');
    expect(moveLabel('OPEN', 'IN_PROGRESS')).toBe('Start work');
  });
});

describe('SLA display', () => {
  const now = new Date('2026-11-22T10:00:00Z');

  it('is overdue once the due time passed on an open ticket', () => {
    expect(slaState({ status: 'OPEN', dueAt: '2026-11-22T07:30:00Z' }, now)).toEqual({ overdue: true, text: 'Overdue by 2 h 30 min' });
  });

  it('counts down before the due time', () => {
    expect(slaState({ status: 'IN_PROGRESS', dueAt: '2026-11-23T12:00:00Z' }, now)).toEqual({ overdue: false, text: 'Due in 1 d 2 h' });
  });

  it('never shows a resolved or closed ticket as overdue', () => {
    expect(slaState({ status: 'RESOLVED', dueAt: '2026-11-20T00:00:00Z', overdue: false }, now).overdue).toBe(false);
    expect(slaState({ status: 'CLOSED', dueAt: '2026-11-20T00:00:00Z' }, now).overdue).toBe(false);
  });

  it('trusts the API when it says overdue (its clock may be ahead)', () => {
    expect(slaState({ status: 'OPEN', dueAt: '2026-11-22T10:00:30Z', overdue: true }, now).overdue).toBe(true);
  });

  it('writes spans briefly', () => {
    expect(span(30_000)).toBe('under a minute');
    expect(span(12 * 60_000)).toBe('12 min');
    expect(span(3 * 86_400_000)).toBe('3 d');
  });
});
