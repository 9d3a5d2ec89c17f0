package app.parley.auth.access;

import static app.parley.auth.access.AccessRole.AGENT;
import static app.parley.auth.access.AccessRole.MANAGER;
import static app.parley.auth.access.AccessRole.SUPER_ADMIN;
import static app.parley.auth.access.AccessRole.TENANT_ADMIN;

/**
 * The one table of who may do what. Every admin API operation names one permission; its minimum
 * role is here and nowhere else. {@code PLATFORM_*} permissions are for the platform's super admins
 * only; every other permission acts inside the caller's own tenant.
 */
public enum Permission {
    // ---- inside a tenant: staff work ----
    INBOX_READ(AGENT),
    CONVERSATION_REPLY(AGENT),
    CONVERSATION_TAKEOVER(AGENT),
    CUSTOMERS_READ(AGENT),
    CUSTOMERS_WRITE(AGENT),
    CATALOG_READ(AGENT),
    ORDERS_READ(AGENT),
    QUOTATIONS_READ(AGENT),
    QUOTATIONS_DRAFT(AGENT),
    TICKETS_READ(AGENT),
    TICKETS_WRITE(AGENT),
    NOTIFICATIONS_READ(AGENT),
    /** Who is on the team (names and roles, no emails): to show and pick who a ticket or conversation goes to. */
    TEAM_READ(AGENT),
    // ---- inside a tenant: managing the business ----
    ORDERS_APPROVE(MANAGER),
    QUOTATIONS_APPROVE(MANAGER),
    CATALOG_WRITE(MANAGER),
    FAQS_WRITE(MANAGER),
    LOOKUPS_WRITE(MANAGER),
    REPORTS_READ(MANAGER),
    TICKETS_ASSIGN(MANAGER),
    REVIEWS_REQUEST(MANAGER),
    SETTINGS_READ(MANAGER),
    BILLING_STATUS_READ(MANAGER),
    // ---- inside a tenant: administering the account ----
    SETTINGS_WRITE(TENANT_ADMIN),
    USERS_MANAGE(TENANT_ADMIN),
    WHATSAPP_CONNECT(TENANT_ADMIN),
    BILLING_READ(TENANT_ADMIN),
    BILLING_PAY(TENANT_ADMIN),
    AUDIT_READ(TENANT_ADMIN),
    DATA_EXPORT(TENANT_ADMIN),
    // ---- the platform ----
    PLATFORM_TENANTS_READ(SUPER_ADMIN),
    PLATFORM_TENANTS_WRITE(SUPER_ADMIN),
    PLATFORM_KILL_SWITCH(SUPER_ADMIN),
    PLATFORM_AI_PROVIDERS(SUPER_ADMIN),
    PLATFORM_BILLING(SUPER_ADMIN),
    PLATFORM_AUDIT_READ(SUPER_ADMIN),
    PLATFORM_REPORTS_READ(SUPER_ADMIN);

    private final AccessRole minimum;

    Permission(AccessRole minimum) {
        this.minimum = minimum;
    }

    public AccessRole minimumRole() {
        return minimum;
    }

    public boolean isPlatform() {
        return minimum == SUPER_ADMIN;
    }
}
