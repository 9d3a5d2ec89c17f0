package app.parley.assistant.eval;

import app.parley.assistant.Answer;
import java.util.List;
import java.util.Optional;

/** A case played through the assistant: each customer turn with the answer it got. */
record Played(EvalCase evalCase, Tenant tenant, List<Turn> turns) {
    record Turn(String customer, Answer answer) {
        Optional<String> text() {
            return switch (answer) {
                case Answer.Reply r -> Optional.of(r.text());
                case Answer.OrderRequest o -> Optional.of(o.text());
                case Answer.HandOver h -> h.text();
            };
        }
    }

    List<String> replies() {
        return turns.stream().flatMap(t -> t.text().stream()).toList();
    }

    Answer last() {
        return turns.getLast().answer();
    }
}
