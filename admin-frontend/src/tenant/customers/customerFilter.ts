import type { Schemas } from '../../api/client';

type Customer = Schemas['CustomerBodiesCustomerView'];

export const CONSENTS = [
  { value: 'GRANTED', label: 'Granted' },
  { value: 'UNKNOWN', label: 'Unknown' },
  { value: 'WITHDRAWN', label: 'Withdrawn' },
] as const;

export const consentLabel = (consent: string) => CONSENTS.find((c) => c.value === consent)?.label ?? consent;

export interface CustomerFilter {
  search: string;
  /** '' for any consent. */
  consent: string;
}

const digits = (text: string) => text.replace(/\D/g, '');

/**
 * The customers matching a search (in the name, case-insensitive, or in the phone's digits whatever the
 * punctuation typed) and a consent.
 */
export function filterCustomers(customers: Customer[], { search, consent }: CustomerFilter): Customer[] {
  const words = search.trim().toLowerCase();
  const number = digits(search);
  return customers.filter((c) => {
    if (consent && c.consent !== consent) return false;
    if (!words) return true;
    return (c.name ?? '').toLowerCase().includes(words) || (number.length > 0 && digits(c.phone).includes(number));
  });
}

/** Tags as the API keeps them: trimmed, lower case, no blanks, no repeats. */
export function normalTags(tags: string[]): string[] {
  return [...new Set(tags.map((t) => t.trim().toLowerCase()).filter((t) => t.length > 0))];
}
