import { api, unwrap, type Schemas } from '../../api/client';

export const customersKey = ['customers'];
export const customerKey = (customerId: string) => ['customers', customerId];

export const fetchCustomers = (cursor?: string) => unwrap(api.GET('/api/customers', { params: { query: { cursor, limit: 50 } } }));

export const fetchCustomer = (customerId: string) =>
  unwrap(api.GET('/api/customers/{customerId}', { params: { path: { customerId } } }));

export const changeCustomer = (customerId: string, change: Schemas['CustomerChange']) =>
  unwrap(api.PATCH('/api/customers/{customerId}', { params: { path: { customerId } }, body: change }));

export const exportCustomer = (customerId: string) =>
  unwrap(api.GET('/api/customers/{customerId}/export', { params: { path: { customerId } } }));

export const eraseCustomer = (customerId: string) =>
  unwrap(api.DELETE('/api/customers/{customerId}', { params: { path: { customerId } } }));
