package app.parley.api.privacy;

import static app.parley.auth.access.Permission.DATA_EXPORT;
import static app.parley.auth.access.Permission.SETTINGS_READ;
import static app.parley.auth.access.Permission.SETTINGS_WRITE;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.crm.model.CustomerId;
import app.parley.privacy.application.ExportingTenantData;
import app.parley.privacy.application.HandlingDataRequests;
import app.parley.privacy.application.RetentionSettings;
import app.parley.privacy.model.CustomerExport;
import app.parley.privacy.model.ErasureOutcome;
import java.util.List;
import java.util.Optional;

/**
 * Data protection for the tenant's admin: a customer's export (JSON, media as base64) and erasure,
 * the whole tenant's export, and how long messages are kept. Audit entries of an erasure name no
 * customer, so nothing about the customer remains.
 */
public final class PrivacyEndpoints {
    public record RetentionView(Integer messageRetentionDays) {}

    public record ErasureView(int records, int mediaObjects) {}

    private final HandlingDataRequests requests;
    private final ExportingTenantData tenantExport;
    private final RetentionSettings retention;
    private final Auditor audit;

    public PrivacyEndpoints(HandlingDataRequests requests, ExportingTenantData tenantExport, RetentionSettings retention, Auditor audit) {
        this.requests = requests;
        this.tenantExport = tenantExport;
        this.retention = retention;
        this.audit = audit;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/customers/{customerId}/export").tag("privacy").requires(DATA_EXPORT)
                        .summary("Everything stored about one customer (GDPR access/portability, CCPA right to know), media as base64")
                        .returns(CustomerExport.class).handle(this::exportCustomer),
                Operation.delete("/api/customers/{customerId}").tag("privacy").requires(DATA_EXPORT)
                        .summary("Erase one customer: every record and media object about them (GDPR erasure, CCPA deletion)")
                        .returns(ErasureView.class).handle(this::erase),
                Operation.get("/api/export").tag("privacy").requires(DATA_EXPORT)
                        .summary("Everything the business has stored, personal fields opened")
                        .returns(ExportingTenantData.TenantExport.class).handle(this::exportTenant),
                Operation.get("/api/settings/retention").tag("settings").requires(SETTINGS_READ)
                        .summary("How many days conversation messages are kept (null: until deleted)")
                        .returns(RetentionView.class).handle(c -> Reply.ok(new RetentionView(retention.messageDays(c.tenant()).orElse(null)))),
                Operation.put("/api/settings/retention").tag("settings").requires(SETTINGS_WRITE)
                        .summary("Set how many days messages are kept (1-3650, null: until deleted); applies to messages written from now on")
                        .accepts(RetentionView.class, "{\"messageRetentionDays\":365}").returns(RetentionView.class).handle(this::keep));
    }

    private Reply exportCustomer(Call call) {
        CustomerExport export = requests.export(call.tenant(), customer(call)).orElseThrow(ApiProblem::notFound);
        audit.record(call, "CUSTOMER_EXPORTED", null, null);
        return Reply.ok(export);
    }

    private Reply erase(Call call) {
        return switch (requests.erase(call.tenant(), customer(call))) {
            case ErasureOutcome.Erased erased -> {
                var view = new ErasureView(erased.records(), erased.mediaObjects());
                audit.record(call, "CUSTOMER_ERASED", null, view);
                yield Reply.ok(view);
            }
            case ErasureOutcome.NotFound n -> throw ApiProblem.notFound();
        };
    }

    private Reply exportTenant(Call call) {
        var export = tenantExport.export(call.tenant());
        audit.record(call, "TENANT_EXPORTED", null, null);
        return Reply.ok(export);
    }

    private Reply keep(Call call) {
        RetentionView in = call.body(RetentionView.class);
        Integer days = in == null ? null : in.messageRetentionDays();
        if (days != null && (days < RetentionSettings.MIN_DAYS || days > RetentionSettings.MAX_DAYS)) {
            throw ApiProblem.invalid("messageRetentionDays", "Keep messages between 1 and 3650 days, or send null to keep them until deleted.");
        }
        var before = new RetentionView(retention.messageDays(call.tenant()).orElse(null));
        retention.keepMessagesFor(call.tenant(), Optional.ofNullable(days));
        var after = new RetentionView(days);
        audit.record(call, "RETENTION_CHANGED", before, after);
        return Reply.ok(after);
    }

    private static CustomerId customer(Call call) {
        return call.id("customerId", CustomerId::new);
    }
}
