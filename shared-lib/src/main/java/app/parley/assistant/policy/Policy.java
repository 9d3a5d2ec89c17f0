package app.parley.assistant.policy;

import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.HandOverReason;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.ResponseType;
import app.parley.assistant.policy.Action.AnswerFaq;
import app.parley.assistant.policy.Action.AskDetails;
import app.parley.assistant.policy.Action.AwaitReview;
import app.parley.assistant.policy.Action.DeclineDiscount;
import app.parley.assistant.policy.Action.DeclineUnknownService;
import app.parley.assistant.policy.Action.Greet;
import app.parley.assistant.policy.Action.HandOver;
import app.parley.assistant.policy.Action.ListCatalog;
import app.parley.assistant.policy.Action.QuotePrices;
import app.parley.assistant.policy.Action.RedirectOffTopic;
import app.parley.assistant.policy.Action.RequestOrder;
import app.parley.assistant.understanding.Intent;
import app.parley.assistant.understanding.ServiceMatch;
import app.parley.assistant.understanding.Understanding;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Deterministic: the same understanding, settings, state and time always give the same decision. */
public final class Policy {
    private static final double STRONG_MATCH = 0.9;

    public Decision decide(Understanding u, Knowledge knowledge, AssistantSettings settings,
                           ConversationState state, ZonedDateTime now) {
        var s = state.withLanguage(u.language());
        Optional<ZonedDateTime> back = settings.workingHours().isOpen(now)
                ? Optional.empty() : settings.workingHours().nextOpening(now);
        boolean confirmDemand = u.intent() == Intent.CONFIRMATION_PRESSURE;
        if (!settings.enabled()) return new Decision(new HandOver(HandOverReason.ASSISTANT_DISABLED, true), s, back, false);
        var step = u.confidence() < settings.confidenceThreshold() && !isEscalation(u.intent())
                ? handOver(HandOverReason.LOW_CONFIDENCE, s)
                : act(u, knowledge, settings, s);
        return new Decision(step.action(), step.state(), back, confirmDemand);
    }

    private Step act(Understanding u, Knowledge k, AssistantSettings settings, ConversationState s) {
        return switch (u.intent()) {
            case ABUSE -> handOver(HandOverReason.ABUSE, s);
            case HUMAN_REQUEST -> handOver(HandOverReason.HUMAN_REQUESTED, s);
            case COMPLAINT -> handOver(HandOverReason.COMPLAINT, s);
            case PROMPT_INJECTION -> handOver(HandOverReason.PROMPT_INJECTION, s);
            case UNCLEAR -> handOver(HandOverReason.LOW_CONFIDENCE, s);
            case DISCOUNT_PRESSURE -> declineDiscount(u, k, settings, s);
            case CONFIRMATION_PRESSURE -> confirmationDemand(k, settings, s);
            case UNKNOWN_SERVICE -> new Step(new DeclineUnknownService(settings.allows(ResponseType.CATALOG)), s);
            case PRICE_QUESTION -> quote(u, k, settings, s);
            case CATALOG_LISTING -> needs(ResponseType.CATALOG, settings, new Step(new ListCatalog(false), s));
            case FAQ -> needs(ResponseType.FAQ, settings, new Step(new AnswerFaq(u.faq().orElseThrow().faq()), s));
            case ORDER, GIVING_DETAILS -> order(u, k, settings, s);
            case GREETING -> new Step(new Greet(), s);
            case OFF_TOPIC -> new Step(new RedirectOffTopic(), s);
        };
    }

    private Step quote(Understanding u, Knowledge k, AssistantSettings settings, ConversationState s) {
        List<CatalogService> services = referred(u, k, s);
        if (services.isEmpty()) return needs(ResponseType.CATALOG, settings, new Step(new ListCatalog(false), s));
        var next = s.withLastServiceIds(ids(services));
        return needs(ResponseType.CATALOG, settings, new Step(new QuotePrices(services, u.unknownOffering()), next));
    }

    private Step declineDiscount(Understanding u, Knowledge k, AssistantSettings settings, ConversationState s) {
        if (s.declinedPressure() >= 1) return handOver(HandOverReason.REPEATED_PRESSURE, s);
        List<CatalogService> services = settings.allows(ResponseType.CATALOG) ? referred(u, k, s) : List.of();
        return new Step(new DeclineDiscount(services), s.withOneMoreDeclinedPressure());
    }

    /** Never a yes: a pending draft is passed on for review, an existing request awaits it. */
    private Step confirmationDemand(Knowledge k, AssistantSettings settings, ConversationState s) {
        if (s.declinedPressure() >= 1) return handOver(HandOverReason.REPEATED_PRESSURE, s);
        var pressed = s.withOneMoreDeclinedPressure();
        if (!s.pendingItems().isEmpty()) return submit(k, settings, pressed);
        return new Step(new AwaitReview(), pressed);
    }

    private Step order(Understanding u, Knowledge k, AssistantSettings settings, ConversationState s) {
        List<CatalogService> wanted = u.intent() == Intent.ORDER ? wanted(u, k, s) : List.of();
        var next = s.withDetails(s.details().mergedWith(u.details()))
                .withPendingItems(OrderRules.add(s.pendingItems(), wanted));
        if (!wanted.isEmpty()) next = next.withLastServiceIds(ids(wanted)).withOrderRequested(false);
        if (next.pendingItems().isEmpty()) {
            return needs(ResponseType.CATALOG, settings, new Step(new ListCatalog(true), next));
        }
        Set<DetailField> missing = OrderRules.missing(next, k, settings);
        if (missing.isEmpty()) return submit(k, settings, next);
        var ask = new AskDetails(OrderRules.services(next.pendingItems(), k), missing);
        return needs(ResponseType.COLLECT_DETAILS, settings, new Step(ask, next));
    }

    private Step submit(Knowledge k, AssistantSettings settings, ConversationState s) {
        var draft = OrderRules.draft(s, k, OrderRules.missing(s, k, settings));
        if (draft.lines().isEmpty()) return handOver(HandOverReason.LOW_CONFIDENCE, s);
        var next = s.withPendingItems(List.of()).withOrderRequested(true);
        return needs(ResponseType.ORDER_REQUEST, settings, new Step(new RequestOrder(draft), next));
    }

    private static List<CatalogService> wanted(Understanding u, Knowledge k, ConversationState s) {
        var strong = u.services().stream().filter(m -> m.score() >= STRONG_MATCH).map(ServiceMatch::service).toList();
        if (!strong.isEmpty()) return strong;
        if (!u.services().isEmpty()) return List.of(u.services().getFirst().service());
        return s.lastServiceIds().stream().flatMap(id -> k.service(id).stream()).toList();
    }

    private static List<CatalogService> referred(Understanding u, Knowledge k, ConversationState s) {
        if (!u.services().isEmpty()) return u.servicesReferred();
        return s.lastServiceIds().stream().flatMap(id -> k.service(id).stream()).toList();
    }

    private static Step needs(ResponseType type, AssistantSettings settings, Step step) {
        return settings.allows(type) ? step : handOver(HandOverReason.RESPONSE_TYPE_NOT_ALLOWED, step.state());
    }

    private static Step handOver(HandOverReason reason, ConversationState s) {
        return new Step(new HandOver(reason, false), s);
    }

    private static boolean isEscalation(Intent intent) {
        return switch (intent) {
            case ABUSE, HUMAN_REQUEST, COMPLAINT, PROMPT_INJECTION -> true;
            default -> false;
        };
    }

    private static List<String> ids(List<CatalogService> services) {
        return services.stream().map(CatalogService::id).toList();
    }

    private record Step(Action action, ConversationState state) {}
}
