import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Operation } from '../api/minimum-roles';
import { may, type Role } from '../auth/roles';

export interface Section {
  path: string;
  label: string;
  /** The API operation the page cannot work without; who may call it may open the page. */
  needs: Operation;
  page: LazyExoticComponent<ComponentType>;
}

const platformSections: Section[] = [
  { path: 'platform/tenants', label: 'Tenants', needs: 'GET /api/platform/tenants', page: lazy(() => import('../platform/TenantsPage')) },
  { path: 'platform/kill-switches', label: 'Kill switches', needs: 'GET /api/platform/kill-switch', page: lazy(() => import('../platform/KillSwitchesPage')) },
  { path: 'platform/ai-providers', label: 'AI providers', needs: 'GET /api/platform/ai-providers', page: lazy(() => import('../platform/AiProvidersPage')) },
  { path: 'platform/kpis', label: 'KPIs', needs: 'GET /api/platform/reports', page: lazy(() => import('../platform/KpiPage')) },
  { path: 'platform/usage', label: 'Usage', needs: 'GET /api/platform/usage', page: lazy(() => import('../platform/UsagePage')) },
  { path: 'platform/onboarding', label: 'Onboarding', needs: 'GET /api/platform/onboarding-funnel', page: lazy(() => import('../onboarding/FunnelPage')) },
  { path: 'platform/audit', label: 'Audit log', needs: 'GET /api/platform/audit', page: lazy(() => import('../platform/PlatformAuditPage')) },
];

const tenantSections: Section[] = [
  { path: 'inbox', label: 'Inbox', needs: 'GET /api/conversations', page: lazy(() => import('../tenant/InboxPage')) },
  { path: 'orders', label: 'Orders', needs: 'GET /api/orders', page: lazy(() => import('../tenant/OrdersPage')) },
  { path: 'customers', label: 'Customers', needs: 'GET /api/customers', page: lazy(() => import('../tenant/CustomersPage')) },
  { path: 'tickets', label: 'Tickets', needs: 'GET /api/tickets', page: lazy(() => import('../tenant/TicketsPage')) },
  { path: 'quotations', label: 'Quotations', needs: 'GET /api/quotations', page: lazy(() => import('../tenant/QuotationsPage')) },
  { path: 'reviews', label: 'Reviews', needs: 'GET /api/reviews', page: lazy(() => import('../tenant/ReviewsPage')) },
  { path: 'notifications', label: 'Notifications', needs: 'GET /api/notifications', page: lazy(() => import('../tenant/NotificationsPage')) },
  { path: 'services', label: 'Services', needs: 'GET /api/services', page: lazy(() => import('../tenant/ServicesPage')) },
  { path: 'knowledge', label: 'FAQs and lookups', needs: 'GET /api/faqs', page: lazy(() => import('../tenant/KnowledgePage')) },
  { path: 'analytics', label: 'Analytics', needs: 'GET /api/analytics', page: lazy(() => import('../tenant/AnalyticsPage')) },
  { path: 'reports', label: 'Reports', needs: 'GET /api/reports/summary', page: lazy(() => import('../tenant/ReportsPage')) },
  { path: 'settings', label: 'Settings', needs: 'GET /api/settings', page: lazy(() => import('../tenant/SettingsPage')) },
  { path: 'whatsapp', label: 'WhatsApp', needs: 'GET /api/settings/whatsapp/session', page: lazy(() => import('../tenant/WhatsAppPage')) },
  { path: 'users', label: 'Users and roles', needs: 'GET /api/users', page: lazy(() => import('../tenant/UsersPage')) },
  { path: 'privacy', label: 'Privacy and data', needs: 'GET /api/settings/retention', page: lazy(() => import('../tenant/PrivacyPage')) },
  { path: 'audit', label: 'Audit log', needs: 'GET /api/audit', page: lazy(() => import('../tenant/TenantAuditPage')) },
  { path: 'setup', label: 'Setup', needs: 'PUT /api/onboarding/progress', page: lazy(() => import('../onboarding/SetupWizardPage')) },
  { path: 'account', label: 'Account', needs: 'GET /api/account/export', page: lazy(() => import('../onboarding/AccountPage')) },
];

/** The pages a role opens, in menu order. */
export function sectionsFor(role: Role): Section[] {
  return [...platformSections, ...tenantSections].filter((section) => may(role, section.needs));
}
