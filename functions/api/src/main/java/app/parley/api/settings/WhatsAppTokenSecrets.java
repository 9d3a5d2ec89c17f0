package app.parley.api.settings;

import app.parley.conversation.infrastructure.SecretWhatsAppTokens;
import app.parley.platform.application.Secrets;
import app.parley.tenancy.model.TenantId;

/**
 * Tenants' Cloud API access tokens in the secret store, under the very name the sender reads
 * ({@link SecretWhatsAppTokens#secretName}). Written, and asked whether one exists; never read back.
 */
public final class WhatsAppTokenSecrets {
    private final Secrets secrets;
    private final String nameTemplate;

    public WhatsAppTokenSecrets(Secrets secrets, String nameTemplate) {
        if (!nameTemplate.contains("{tenantId}")) throw new IllegalArgumentException("the secret name template needs {tenantId}");
        this.secrets = secrets;
        this.nameTemplate = nameTemplate;
    }

    public void store(TenantId tenant, String accessToken) {
        secrets.put(SecretWhatsAppTokens.secretName(nameTemplate, tenant), accessToken);
    }

    public boolean configured(TenantId tenant) {
        return secrets.exists(SecretWhatsAppTokens.secretName(nameTemplate, tenant));
    }
}
