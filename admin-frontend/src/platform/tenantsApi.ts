import { api, unwrap } from '../api/client';

export const tenantsKey = ['platform', 'tenants'];
export const tenantKey = (tenantId: string) => ['platform', 'tenants', tenantId];

export const fetchTenants = (cursor?: string) =>
  unwrap(api.GET('/api/platform/tenants', { params: { query: { cursor, limit: 100 } } }));

export const fetchTenant = (tenantId: string) =>
  unwrap(api.GET('/api/platform/tenants/{tenantId}', { params: { path: { tenantId } } }));

export const switchTenantAi = (tenantId: string, enabled: boolean) =>
  unwrap(api.PATCH('/api/platform/tenants/{tenantId}/ai', { params: { path: { tenantId } }, body: { enabled } }));
