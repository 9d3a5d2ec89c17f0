package app.parley.assistant.model;

import java.util.Objects;

/** A question the tenant answered once, in its own words; the answer is quoted verbatim. */
public record Faq(String id, String question, String answer) {
    public Faq {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
    }
}
