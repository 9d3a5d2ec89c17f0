import { api, unwrap, type Schemas } from '../../api/client';

export const customersKey = ['customers'];
export const customerKey = (customerId: string) => ['customers', customerId];

/** What the list is narrowed to: text in the name or digits in the phone, and a consent ('' for any). */
export interface CustomerSearch {
  search: string;
  consent: string;
}

/** The list's cache key: the plain list keeps {@link customersKey}, a search has its own under it. */
export const customerListKey = ({ search, consent }: CustomerSearch) =>
  search.trim() || consent ? [...customersKey, 'search', search.trim(), consent] : customersKey;

/** A page of customers; the server searches (names and phones are sealed, so it examines a bounded number per page). */
export const fetchCustomers = ({ search, consent }: CustomerSearch) => (cursor?: string) =>
  unwrap(api.GET('/api/customers', { params: { query: { cursor, limit: 50, q: search.trim() || undefined, consent: consent || undefined } } }));

export const fetchCustomer = (customerId: string) =>
  unwrap(api.GET('/api/customers/{customerId}', { params: { path: { customerId } } }));

export const changeCustomer = (customerId: string, change: Schemas['CustomerChange']) =>
  unwrap(api.PATCH('/api/customers/{customerId}', { params: { path: { customerId } }, body: change }));

export const exportCustomer = (customerId: string) =>
  unwrap(api.GET('/api/customers/{customerId}/export', { params: { path: { customerId } } }));

export const eraseCustomer = (customerId: string) =>
  unwrap(api.DELETE('/api/customers/{customerId}', { params: { path: { customerId } } }));
