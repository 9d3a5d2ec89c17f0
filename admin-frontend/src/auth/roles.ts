import { minimumRoles, type Operation } from '../api/minimum-roles';

export type Role = 'SUPER_ADMIN' | 'TENANT_ADMIN' | 'MANAGER' | 'AGENT';

const tenantRank: Record<Exclude<Role, 'SUPER_ADMIN'>, number> = { AGENT: 1, MANAGER: 2, TENANT_ADMIN: 3 };

/**
 * Whether a role may call an API operation, by the minimum roles the API itself declares
 * (x-minimum-role in /api/openapi.json). As in the API's access policy, the super admin acts only
 * on the platform, and tenant staff never do.
 */
export function may(role: Role, operation: Operation): boolean {
  const needed: Role = minimumRoles[operation];
  if (needed === 'SUPER_ADMIN' || role === 'SUPER_ADMIN') return needed === role;
  return tenantRank[role] >= tenantRank[needed];
}
