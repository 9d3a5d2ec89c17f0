package app.parley.assistant.firewall;

import java.util.List;

/** Whether a text may be sent. A blocked text is never sent. */
public sealed interface Verdict {
    record Passed() implements Verdict {}

    record Blocked(List<String> reasons) implements Verdict {
        public Blocked {
            reasons = List.copyOf(reasons);
        }
    }

    default boolean passed() {
        return this instanceof Passed;
    }
}
