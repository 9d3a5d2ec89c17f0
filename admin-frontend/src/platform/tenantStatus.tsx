import { Badge } from '@mantine/core';

const colors: Record<string, string> = { CREATED: 'blue', ACTIVE: 'teal', SUSPENDED: 'orange', SOFT_DELETED: 'red' };
const names: Record<string, string> = { CREATED: 'Created', ACTIVE: 'Active', SUSPENDED: 'Suspended', SOFT_DELETED: 'Deleted (restorable)' };

export function TenantStatus({ status }: { status: string }) {
  return <Badge color={colors[status] ?? 'gray'} variant="light">{names[status] ?? status}</Badge>;
}
