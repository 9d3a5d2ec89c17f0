package app.parley.catalog.model;

import app.parley.tenancy.model.TenantId;
import java.util.Objects;

public record Faq(TenantId tenant, FaqId id, String question, String answer) {
    public Faq {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(id, "id");
        if (question == null || question.isBlank()) throw new IllegalArgumentException("question");
        if (answer == null || answer.isBlank()) throw new IllegalArgumentException("answer");
    }
}
