package app.parley.tenancy.infrastructure;

import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.application.PhoneNumberRoutes;
import app.parley.tenancy.model.TenantId;
import java.util.Optional;

/** Reads {@code PK=P#WANUM#<phoneNumberId>, SK=ROUTE, tenantId}. Written with the tenant's registration. */
public final class DynamoPhoneNumberRoutes implements PhoneNumberRoutes {
    private final PlatformTable platform;

    public DynamoPhoneNumberRoutes(PlatformTable platform) { this.platform = platform; }

    @Override
    public Optional<TenantId> tenantFor(String phoneNumberId) {
        return platform.get(Keys.platformPhoneNumber(phoneNumberId), Keys.ROUTE)
                .map(item -> new TenantId(Attrs.str(item, "tenantId")));
    }
}
