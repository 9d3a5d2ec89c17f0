package app.parley.api.catalog;

import static app.parley.auth.access.Permission.CATALOG_READ;
import static app.parley.auth.access.Permission.FAQS_WRITE;
import static app.parley.auth.access.Permission.LOOKUPS_WRITE;

import app.parley.api.audit.Auditor;
import app.parley.api.catalog.CatalogBodies.*;
import app.parley.api.http.ApiProblem;
import app.parley.api.http.Call;
import app.parley.api.http.Listing;
import app.parley.api.http.Operation;
import app.parley.api.http.Reply;
import app.parley.catalog.application.Faqs;
import app.parley.catalog.application.LookupTables;
import app.parley.catalog.model.Faq;
import app.parley.catalog.model.FaqId;
import app.parley.catalog.model.LookupTable;
import app.parley.catalog.application.LookupHistory;
import app.parley.catalog.model.LookupChange;
import app.parley.common.model.Ids;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/** FAQs and lookup tables: what the assistant may answer from, besides the catalog. */
public final class KnowledgeEndpoints {
    private static final String FAQ = "{\"question\":\"Where are you?\",\"answer\":\"1 Main St\"}";
    private final Faqs faqs;
    private final LookupTables lookups;
    private final Auditor audit;
    private final LookupHistory history;
    private final Clock clock;

    public KnowledgeEndpoints(Faqs faqs, LookupTables lookups, Auditor audit, LookupHistory history, Clock clock) {
        this.faqs = faqs;
        this.lookups = lookups;
        this.audit = audit;
        this.history = history;
        this.clock = clock;
    }

    public List<Operation> operations() {
        return List.of(
                Operation.get("/api/faqs").tag("knowledge").requires(CATALOG_READ).summary("List FAQs").paged()
                        .returnsList(FaqView.class).handle(c -> Reply.ok(Listing.of(c.page((l, cur) -> faqs.page(c.tenant(), l, cur)), FaqView::of))),
                Operation.post("/api/faqs").tag("knowledge").requires(FAQS_WRITE).summary("Create a FAQ")
                        .accepts(FaqInput.class, FAQ).returns(FaqView.class).status(201).handle(this::createFaq),
                Operation.get("/api/faqs/{faqId}").tag("knowledge").requires(CATALOG_READ).summary("One FAQ")
                        .returns(FaqView.class).handle(c -> Reply.ok(FaqView.of(faq(c)))),
                Operation.put("/api/faqs/{faqId}").tag("knowledge").requires(FAQS_WRITE).summary("Replace a FAQ")
                        .accepts(FaqInput.class, FAQ).returns(FaqView.class).handle(this::replaceFaq),
                Operation.delete("/api/faqs/{faqId}").tag("knowledge").requires(FAQS_WRITE).summary("Delete a FAQ")
                        .status(204).handle(this::removeFaq),
                Operation.get("/api/lookups").tag("knowledge").requires(CATALOG_READ).summary("List lookup tables").paged()
                        .returnsList(LookupView.class).handle(c -> Reply.ok(Listing.of(c.page((l, cur) -> lookups.page(c.tenant(), l, cur)), LookupView::of))),
                Operation.post("/api/lookups").tag("knowledge").requires(LOOKUPS_WRITE).summary("Create a lookup table")
                        .accepts(LookupInput.class, "{\"name\":\"issues\",\"values\":[\"Billing question\"]}")
                        .returns(LookupView.class).status(201).handle(this::createLookup),
                Operation.get("/api/lookups/{name}").tag("knowledge").requires(CATALOG_READ).summary("One lookup table")
                        .returns(LookupView.class).handle(c -> Reply.ok(LookupView.of(lookup(c)))),
                Operation.put("/api/lookups/{name}").tag("knowledge").requires(LOOKUPS_WRITE).summary("Replace a lookup table's values")
                        .accepts(LookupValues.class, "{\"values\":[\"Billing question\",\"Complaint\"]}").returns(LookupView.class)
                        .handle(this::replaceLookup),
                Operation.delete("/api/lookups/{name}").tag("knowledge").requires(LOOKUPS_WRITE).summary("Delete a lookup table")
                        .status(204).handle(this::removeLookup),
                Operation.get("/api/lookups/{name}/history").tag("knowledge").requires(CATALOG_READ)
                        .summary("Every change of a lookup table (who, when, values before and after, added, removed), newest first")
                        .paged().returnsList(LookupChangeView.class).handle(this::lookupHistory));
    }

    private Faq faq(Call call) {
        return faqs.find(call.tenant(), call.id("faqId", FaqId::new)).orElseThrow(ApiProblem::notFound);
    }

    private Reply createFaq(Call call) {
        FaqInput in = call.body(FaqInput.class);
        Faq created = new Faq(call.tenant(), FaqId.newId(), in.question(), in.answer());
        faqs.save(created);
        audit.record(call, "FAQ_CREATED", null, FaqView.of(created));
        return Reply.created(FaqView.of(created));
    }

    private Reply replaceFaq(Call call) {
        Faq before = faq(call);
        FaqInput in = call.body(FaqInput.class);
        Faq after = new Faq(call.tenant(), before.id(), in.question(), in.answer());
        faqs.save(after);
        audit.record(call, "FAQ_UPDATED", FaqView.of(before), FaqView.of(after));
        return Reply.ok(FaqView.of(after));
    }

    private Reply removeFaq(Call call) {
        Faq before = faq(call);
        faqs.remove(call.tenant(), before.id());
        audit.record(call, "FAQ_DELETED", FaqView.of(before), null);
        return Reply.noContent();
    }

    private LookupTable lookup(Call call) {
        String name = call.path("name");
        if (!name.matches("[a-z][a-z0-9_-]{0,63}")) throw ApiProblem.notFound();
        return lookups.find(call.tenant(), name).orElseThrow(ApiProblem::notFound);
    }

    private Reply createLookup(Call call) {
        LookupInput in = call.body(LookupInput.class);
        if (lookups.find(call.tenant(), in.name()).isPresent()) {
            throw ApiProblem.conflict("lookup_exists", "A lookup table named " + in.name() + " exists already.");
        }
        LookupTable created = new LookupTable(call.tenant(), in.name(), in.values());
        lookups.save(created);
        changed(call, created.name(), LookupChange.Action.CREATED, List.of(), created.values());
        audit.record(call, "LOOKUP_CREATED", null, LookupView.of(created));
        return Reply.created(LookupView.of(created));
    }

    private Reply replaceLookup(Call call) {
        LookupTable before = lookup(call);
        LookupTable after = new LookupTable(call.tenant(), before.name(), call.body(LookupValues.class).values());
        lookups.save(after);
        changed(call, after.name(), LookupChange.Action.UPDATED, before.values(), after.values());
        audit.record(call, "LOOKUP_UPDATED", LookupView.of(before), LookupView.of(after));
        return Reply.ok(LookupView.of(after));
    }

    private Reply removeLookup(Call call) {
        LookupTable before = lookup(call);
        lookups.remove(call.tenant(), before.name());
        changed(call, before.name(), LookupChange.Action.DELETED, before.values(), List.of());
        audit.record(call, "LOOKUP_DELETED", LookupView.of(before), null);
        return Reply.noContent();
    }

    public record LookupChangeView(String id, String actor, String action, List<String> before, List<String> after,
                                   List<String> added, List<String> removed, Instant at) {
        static LookupChangeView of(LookupChange c) {
            return new LookupChangeView(c.id(), c.actor(), c.action().name(), c.before(), c.after(), c.added(), c.removed(), c.at());
        }
    }

    private void changed(Call call, String table, LookupChange.Action action, List<String> before, List<String> after) {
        history.record(new LookupChange(call.tenant(), table, Ids.next("lkc"), call.actor(), action, before, after, clock.instant()));
    }

    /** The history outlives a deleted table; a name with neither table nor history is not found. */
    private Reply lookupHistory(Call call) {
        String name = call.path("name");
        if (!name.matches("[a-z][a-z0-9_-]{0,63}")) throw ApiProblem.notFound();
        var page = call.page((limit, cursor) -> history.page(call.tenant(), name, limit, cursor));
        if (page.items().isEmpty() && call.query("cursor").isEmpty() && lookups.find(call.tenant(), name).isEmpty()) throw ApiProblem.notFound();
        return Reply.ok(Listing.of(page, LookupChangeView::of));
    }
}
