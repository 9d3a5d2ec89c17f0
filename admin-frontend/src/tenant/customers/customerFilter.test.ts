import { describe, expect, it } from 'vitest';
import { filterCustomers, normalTags } from './customerFilter';

const customer = (name: string, phone: string, consent = 'UNKNOWN') => ({ id: phone, name, phone, consent, createdAt: '2026-01-01T00:00:00Z' });
const all = [customer('Priya Shah', '15550009999', 'GRANTED'), customer('Dana Silva', '351912345678'), customer('', '15550001111', 'WITHDRAWN')];

describe('filtering customers', () => {
  it('matches the name case-insensitively', () => {
    expect(filterCustomers(all, { search: 'priya', consent: '' }).map((c) => c.name)).toEqual(['Priya Shah']);
  });

  it('matches the phone digits whatever punctuation is typed', () => {
    expect(filterCustomers(all, { search: '+1 555-000', consent: '' }).map((c) => c.phone)).toEqual(['15550009999', '15550001111']);
  });

  it('does not match every phone when the search has no digits', () => {
    expect(filterCustomers(all, { search: 'zed', consent: '' })).toEqual([]);
  });

  it('keeps only the chosen consent, combined with the search', () => {
    expect(filterCustomers(all, { search: '', consent: 'WITHDRAWN' }).map((c) => c.phone)).toEqual(['15550001111']);
    expect(filterCustomers(all, { search: '1555', consent: 'GRANTED' }).map((c) => c.name)).toEqual(['Priya Shah']);
  });

  it('keeps everyone with an empty filter', () => {
    expect(filterCustomers(all, { search: '  ', consent: '' })).toHaveLength(3);
  });
});

describe('tags', () => {
  it('are trimmed, lower case, without blanks or repeats', () => {
    expect(normalTags([' VIP', 'vip', '', 'Follow up '])).toEqual(['vip', 'follow up']);
  });
});
