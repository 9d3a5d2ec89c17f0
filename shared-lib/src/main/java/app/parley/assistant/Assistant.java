package app.parley.assistant;

import app.parley.assistant.firewall.OutputFirewall;
import app.parley.assistant.firewall.Verdict;
import app.parley.assistant.llm.LanguageModel;
import app.parley.assistant.llm.PhrasingRequest;
import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import app.parley.assistant.model.HandOverReason;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.Language;
import app.parley.assistant.policy.Action;
import app.parley.assistant.policy.Decision;
import app.parley.assistant.policy.Policy;
import app.parley.assistant.rendering.Renderer;
import app.parley.assistant.understanding.Understander;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The embedded assistant: understand, decide, render, check. Pure: no I/O, no randomness. */
public final class Assistant {
    private final Clock clock;
    private final Optional<LanguageModel> model;
    private final Understander understander = new Understander();
    private final Policy policy = new Policy();
    private final Renderer renderer = new Renderer();
    private final OutputFirewall firewall = new OutputFirewall();

    public Assistant(Clock clock) {
        this(clock, null);
    }

    public Assistant(Clock clock, LanguageModel model) {
        this.clock = clock;
        this.model = Optional.ofNullable(model);
    }

    public Answer answer(Knowledge knowledge, AssistantSettings settings, ConversationState state,
                         CustomerMessage message) {
        var understanding = understander.understand(message, state, knowledge);
        if (model.isPresent()) understanding = SecondOpinion.weigh(understanding, message.text(), knowledge, model.get());
        Decision decision = policy.decide(understanding, knowledge, settings, state, ZonedDateTime.now(clock));
        var withheld = new ArrayList<String>();
        Optional<String> text = renderer.render(decision, knowledge, settings)
                .map(draft -> phrased(draft, message, decision, knowledge, withheld));
        if (text.isPresent() && !check(text.get(), knowledge, decision, withheld)) {
            return withheldReply(state.withLanguage(decision.newState().language()), knowledge, withheld);
        }
        return toAnswer(decision, text, withheld);
    }

    private String phrased(String draft, CustomerMessage message, Decision decision, Knowledge knowledge,
                           List<String> withheld) {
        if (model.isEmpty()) return draft;
        var request = new PhrasingRequest(message.text(), draft, language(decision, knowledge),
                decision.action().getClass().getSimpleName());
        Optional<String> candidate;
        try {
            candidate = model.get().phrase(request);
        } catch (RuntimeException providerFailure) {
            candidate = Optional.empty();
        }
        if (candidate.isEmpty() || candidate.get().isBlank()) return draft;
        var verdict = firewall.check(candidate.get(), knowledge, decision.answersConfirmationDemand());
        if (verdict instanceof Verdict.Blocked blocked) {
            withheld.addAll(blocked.reasons().stream().map(r -> "model phrasing: " + r).toList());
            return draft;
        }
        return candidate.get();
    }

    private boolean check(String text, Knowledge knowledge, Decision decision, List<String> withheld) {
        var verdict = firewall.check(text, knowledge, decision.answersConfirmationDemand());
        if (verdict instanceof Verdict.Blocked blocked) {
            withheld.addAll(blocked.reasons().stream().map(r -> "reply: " + r).toList());
            return false;
        }
        return true;
    }

    /** A rendered reply was blocked: that is a bug in a template or a rule, so a person takes over. */
    private Answer withheldReply(ConversationState state, Knowledge knowledge, List<String> withheld) {
        String handOver = renderer.handOverText(state.language() != null ? state.language() : knowledge.language());
        Optional<String> text = firewall.check(handOver, knowledge, false).passed() ? Optional.of(handOver) : Optional.empty();
        return new Answer.HandOver(HandOverReason.REPLY_BLOCKED_BY_FIREWALL, text, state, List.copyOf(withheld));
    }

    private static Answer toAnswer(Decision decision, Optional<String> text, List<String> withheld) {
        var state = decision.newState();
        var notes = List.copyOf(withheld);
        return switch (decision.action()) {
            case Action.HandOver h -> new Answer.HandOver(h.reason(), text, state, notes);
            case Action.RequestOrder r -> new Answer.OrderRequest(r.draft(), text.orElseThrow(), state, notes);
            default -> new Answer.Reply(text.orElseThrow(), state, notes);
        };
    }

    private static Language language(Decision decision, Knowledge knowledge) {
        return decision.newState().language() != null ? decision.newState().language() : knowledge.language();
    }
}
