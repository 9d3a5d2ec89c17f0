import { describe, expect, it } from 'vitest';
import { may } from './roles';

describe('may', () => {
  it('lets an agent work the inbox but not read settings or approve orders', () => {
    expect(may('AGENT', 'POST /api/conversations/{conversationId}/messages')).toBe(true);
    expect(may('AGENT', 'GET /api/settings')).toBe(false);
    expect(may('AGENT', 'POST /api/orders/{orderId}/approve')).toBe(false);
  });

  it('lets a manager approve orders and read settings but not change them', () => {
    expect(may('MANAGER', 'POST /api/orders/{orderId}/approve')).toBe(true);
    expect(may('MANAGER', 'GET /api/settings')).toBe(true);
    expect(may('MANAGER', 'PATCH /api/settings/ai')).toBe(false);
  });

  it('lets a tenant admin do everything of the tenant and nothing of the platform', () => {
    expect(may('TENANT_ADMIN', 'PATCH /api/settings/ai')).toBe(true);
    expect(may('TENANT_ADMIN', 'GET /api/users')).toBe(true);
    expect(may('TENANT_ADMIN', 'GET /api/platform/tenants')).toBe(false);
  });

  it('keeps the super admin on the platform only', () => {
    expect(may('SUPER_ADMIN', 'PATCH /api/platform/kill-switch')).toBe(true);
    expect(may('SUPER_ADMIN', 'GET /api/conversations')).toBe(false);
  });
});
