package app.parley.conversation.infrastructure;

import app.parley.config.Env;
import app.parley.conversation.application.WhatsAppTokens;
import app.parley.tenancy.model.TenantId;

/**
 * Local and test token source: {@code WHATSAPP_ACCESS_TOKEN_<tenantId>} if set, else
 * {@code WHATSAPP_ACCESS_TOKEN}, else a fixed local value (the fake Graph API accepts any bearer).
 * In AWS the sender reads the Secrets Manager secret named by {@code WHATSAPP_TOKEN_SECRET_NAME}
 * ({@code parley/<stage>/tenants/{tenantId}/whatsapp-token}) through the platform's Secrets port.
 */
public final class EnvironmentWhatsAppTokens implements WhatsAppTokens {
    public static final String VARIABLE = "WHATSAPP_ACCESS_TOKEN";

    @Override
    public String tokenFor(TenantId tenant) {
        return Env.find(VARIABLE + "_" + tenant.value()).or(() -> Env.find(VARIABLE)).orElse("local-whatsapp-token");
    }
}
