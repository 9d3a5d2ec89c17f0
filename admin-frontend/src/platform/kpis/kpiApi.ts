import { api, unwrap, type Schemas } from '../../api/client';
import type { Period } from '../../ui/period';

const MAX_TENANT_PAGES = 50;

/** Every tenant line (pages of 100), for the activation rate. */
export async function allTenants(): Promise<Schemas['TenantLine'][]> {
  const tenants: Schemas['TenantLine'][] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_TENANT_PAGES; page++) {
    const answer = await unwrap(api.GET('/api/platform/tenants', { params: { query: { cursor, limit: 100 } } }));
    tenants.push(...answer.items);
    if (!answer.nextCursor) break;
    cursor = answer.nextCursor;
  }
  return tenants;
}

/** Where the platform stands now: its tenants and the billing figures (not tied to the period). */
export async function standing() {
  const [tenants, billing] = await Promise.all([allTenants(), unwrap(api.GET('/api/platform/billing/figures'))]);
  return { tenants, billing };
}

export const fetchReport = (period: Period) => unwrap(api.GET('/api/platform/reports', { params: { query: period } }));

export const fetchReportCsv = (period: Period) =>
  unwrap(api.GET('/api/platform/reports.csv', { params: { query: period }, parseAs: 'blob' })) as Promise<unknown> as Promise<Blob>;
