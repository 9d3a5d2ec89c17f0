package app.parley.onboarding.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.common.model.SaveOutcome;
import app.parley.onboarding.application.Onboardings;
import app.parley.onboarding.model.Consent;
import app.parley.onboarding.model.Onboarding;
import app.parley.onboarding.model.WizardStep;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code T#t#TENANT / ONBOARDING}: beside the tenant's profile, exported and erased with it. */
public final class DynamoOnboardings implements Onboardings {
    private final TenantTable table;

    public DynamoOnboardings(TenantTable table) { this.table = table; }

    @Override
    public boolean create(Onboarding o) {
        return table.putIfAbsent(item(o.withVersion(1)));
    }

    @Override
    public Optional<Onboarding> find(TenantId tenant) {
        return table.get(tenant, Keys.tenantProfile(tenant), Keys.ONBOARDING).map(i -> read(tenant, i));
    }

    @Override
    public SaveOutcome<Onboarding> update(Onboarding o) {
        Onboarding next = o.withVersion(o.version() + 1);
        return table.putIfVersion(item(next), o.version()) ? new SaveOutcome.Saved<>(next) : new SaveOutcome.Stale<>();
    }

    private static TenantItem item(Onboarding o) {
        return TenantItem.of(o.tenant(), Keys.tenantProfile(o.tenant()), Keys.ONBOARDING)
                .with("ownerUserId", o.ownerUserId()).with("ownerEmail", o.ownerEmail())
                .with("termsVersion", o.consent().termsVersion()).with("privacyVersion", o.consent().privacyVersion())
                .with("consentedAt", o.consent().at()).with("consentIp", o.consent().sourceIp())
                .with("verifiedAt", o.verifiedAt().orElse(null))
                .with("done", o.done().stream().map(Enum::name).sorted().toList()).with("current", o.current().name())
                .with("version", o.version());
    }

    private static Onboarding read(TenantId tenant, Map<String, AttributeValue> i) {
        Consent consent = new Consent(str(i, "termsVersion"), str(i, "privacyVersion"), instant(i, "consentedAt"), optStr(i, "consentIp"));
        return new Onboarding(tenant, optStr(i, "ownerUserId"), optStr(i, "ownerEmail"), consent,
                Optional.ofNullable(optStr(i, "verifiedAt")).map(java.time.Instant::parse),
                strings(i, "done").stream().map(WizardStep::valueOf).collect(Collectors.toSet()),
                WizardStep.valueOf(str(i, "current")), num(i, "version"));
    }
}
