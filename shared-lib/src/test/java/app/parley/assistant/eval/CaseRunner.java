package app.parley.assistant.eval;

import app.parley.assistant.Assistant;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Map;

/** Plays each case's turns through the facade, with a fresh state per case. */
final class CaseRunner {
    /** A Wednesday morning in every tenant's zone unless the case says otherwise. */
    static final Instant DEFAULT_AT = Instant.parse("2026-03-04T11:00:00Z");

    private final Map<String, Tenant> tenants;

    CaseRunner(Map<String, Tenant> tenants) {
        this.tenants = tenants;
    }

    Played play(EvalCase c) {
        Tenant tenant = tenants.get(c.tenant());
        var assistant = new Assistant(Clock.fixed(c.at() != null ? c.at() : DEFAULT_AT, ZoneOffset.UTC));
        var state = ConversationState.fresh();
        var turns = new ArrayList<Played.Turn>();
        for (String text : c.turns()) {
            var answer = assistant.answer(tenant.knowledge(), tenant.settings(), state, new CustomerMessage(text));
            turns.add(new Played.Turn(text, answer));
            state = answer.newState();
        }
        return new Played(c, tenant, turns);
    }
}
