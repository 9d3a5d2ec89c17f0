package app.parley.conversation.application;

import app.parley.tenancy.model.TenantId;

/**
 * The tenant's WhatsApp Cloud API access token. In AWS it is the Secrets Manager secret
 * {@code parley/<stage>/tenants/<tenantId>/whatsapp-token}; locally a value from the environment.
 */
public interface WhatsAppTokens {
    String tokenFor(TenantId tenant);
}
