package app.parley.assistant.application;

import app.parley.assistant.Assistant;
import app.parley.assistant.llm.LanguageModel;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.OrderDraft;
import app.parley.catalog.application.LookupTables;
import app.parley.conversation.application.Answering;
import app.parley.orders.model.RequestedLine;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The safe assistant behind the pipeline's {@link Answering} port: the tenant's records become the
 * assistant's inputs, its memory is read and written as JSON, and its answer becomes the port's.
 * One assistant per tenant and container (a language model, when configured, records usage per tenant).
 */
public final class AssistantAnswering implements Answering {
    private static final Logger LOG = LoggerFactory.getLogger(AssistantAnswering.class);
    private static final String PRODUCTS = "products";
    private final LookupTables lookups;
    private final Function<TenantId, Optional<LanguageModel>> models;
    private final Clock clock;
    private final Map<TenantId, Assistant> assistants = new ConcurrentHashMap<>();

    public AssistantAnswering(LookupTables lookups, Function<TenantId, Optional<LanguageModel>> models, Clock clock) {
        this.lookups = lookups;
        this.models = models;
        this.clock = clock;
    }

    @Override
    public Answering.Answer answer(Question q) {
        boolean delivered = lookups.find(q.tenant().id(), PRODUCTS).map(t -> !t.values().isEmpty()).orElse(false);
        var knowledge = AssistantInputs.knowledge(q.tenant(), q.services(), q.faqs(), delivered);
        var settings = AssistantInputs.settings(q.tenant(), delivered);
        ConversationState before = q.memory().map(MemoryJson::read).orElseGet(ConversationState::fresh);
        app.parley.assistant.Answer answer = assistant(q.tenant().id()).answer(knowledge, settings, before, new CustomerMessage(q.customerText()));
        if (!answer.withheld().isEmpty()) {
            LOG.warn("assistant-withheld tenant={} conversation={} reasons={}", q.tenant().id().value(),
                    q.conversation().id().value(), answer.withheld());
        }
        return toPort(answer, before);
    }

    private Assistant assistant(TenantId tenant) {
        return assistants.computeIfAbsent(tenant, t -> new Assistant(clock, models.apply(t).orElse(null)));
    }

    private static Answering.Answer toPort(app.parley.assistant.Answer answer, ConversationState before) {
        Optional<String> memory = Optional.of(MemoryJson.write(answer.newState()));
        return switch (answer) {
            case app.parley.assistant.Answer.Reply r -> new Answering.Answer.Reply(r.text(),
                    r.newState().declinedPressure() > before.declinedPressure(), memory);
            case app.parley.assistant.Answer.OrderRequest o -> new Answering.Answer.RequestOrder(
                    o.draft().lines().stream().map(AssistantAnswering::line).toList(), details(o.draft()), o.text(), memory);
            case app.parley.assistant.Answer.HandOver h -> new Answering.Answer.HandOver(h.reason().name(), h.text(), memory);
        };
    }

    private static RequestedLine line(app.parley.assistant.model.OrderLine l) {
        return new RequestedLine(l.serviceId(), l.name(), l.unitPrice(), l.quantity());
    }

    private static Answering.Details details(OrderDraft draft) {
        var d = draft.details();
        return new Answering.Details(d.name(), d.preferredTime(), d.address(),
                draft.missing().stream().map(DetailField::name).map(n -> n.toLowerCase(Locale.ROOT)).sorted().toList());
    }
}
