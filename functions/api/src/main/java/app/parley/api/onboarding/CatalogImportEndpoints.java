package app.parley.api.onboarding;

import static app.parley.auth.access.Permission.CATALOG_WRITE;

import app.parley.api.audit.Auditor;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.api.http.Router;
import app.parley.api.onboarding.OnboardingBodies.CatalogFile;
import app.parley.api.onboarding.OnboardingBodies.ImportPreview;
import app.parley.api.onboarding.OnboardingBodies.Imported;
import app.parley.catalog.application.ImportingCatalog;
import app.parley.onboarding.application.Funnel;
import app.parley.onboarding.model.FunnelStep;
import app.parley.tenancy.application.Tenants;
import app.parley.tenancy.model.Tenant;
import java.time.Clock;
import java.util.List;

/** A catalog file: previewed with every problem per row (nothing written), then imported whole or not at all. */
public final class CatalogImportEndpoints {
    private static final String EXAMPLE = "{\"csv\":\"name,price,description,keywords\\nTune-up,45.00,Gears and brakes,service;repair\\n\"}";
    private final ImportingCatalog importing;
    private final Tenants tenants;
    private final Funnel funnel;
    private final Auditor audit;
    private final Clock clock;

    public CatalogImportEndpoints(ImportingCatalog importing, Tenants tenants, Funnel funnel, Auditor audit, Clock clock) {
        this.importing = importing;
        this.tenants = tenants;
        this.funnel = funnel;
        this.audit = audit;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.post("/api/services/import/preview").tag("catalog").requires(CATALOG_WRITE)
                        .summary("Check a CSV catalog file (name, price, description, keywords): rows it would create, problems per row; writes nothing")
                        .accepts(CatalogFile.class, EXAMPLE).maxBody(Router.MAX_UPLOAD_BYTES).returns(ImportPreview.class).handle(this::preview),
                Operation.post("/api/services/import").tag("catalog").requires(CATALOG_WRITE)
                        .summary("Import a CSV catalog file: every row, or (with any problem) none; a 422 lists the problems")
                        .accepts(CatalogFile.class, EXAMPLE).maxBody(Router.MAX_UPLOAD_BYTES).returns(Imported.class).status(201)
                        .handle(this::confirm));
    }

    private Reply preview(Call call) {
        Tenant tenant = tenant(call);
        return Reply.ok(ImportPreview.of(importing.check(tenant.id(), tenant.currency(), call.body(CatalogFile.class).csv())));
    }

    private Reply confirm(Call call) {
        Tenant tenant = tenant(call);
        return switch (importing.confirm(tenant.id(), tenant.currency(), call.body(CatalogFile.class).csv())) {
            case ImportingCatalog.Outcome.Imported imported -> {
                audit.record(call, "CATALOG_IMPORTED", null, imported.services().size() + " services");
                funnel.reached(tenant.id(), tenant.name(), FunnelStep.CATALOG_ADDED, clock.instant());
                yield Reply.created(new Imported(imported.services().size()));
            }
            case ImportingCatalog.Outcome.Refused refused -> new Reply(422, refusal(refused), java.util.Map.of());
        };
    }

    private static java.util.Map<String, Object> refusal(ImportingCatalog.Outcome.Refused refused) {
        var problems = ImportPreview.of(refused.check()).problems();
        var body = new java.util.LinkedHashMap<String, Object>();
        body.put("error", "import_refused");
        body.put("message", problems.isEmpty() ? "The file has no rows to import; nothing was imported."
                : "The file has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "; nothing was imported.");
        body.put("problems", problems);
        return body;
    }

    private Tenant tenant(Call call) {
        return tenants.find(call.tenant()).orElseThrow(ApiProblem::notFound);
    }
}
