package app.parley.api.catalog;

import app.parley.api.http.Check;
import app.parley.catalog.model.Faq;
import app.parley.catalog.model.LookupTable;
import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceKind;
import app.parley.catalog.model.ServiceId;
import java.util.List;

/** Bodies of the catalog, FAQ and lookup endpoints. Prices are decimal strings, never numbers. */
public final class CatalogBodies {
    private CatalogBodies() {}

    public record ServiceInput(String name, ServiceKind kind, String price, String description,
                               List<String> keywords, List<String> includes) {
        public ServiceInput {
            name = Check.text("name", name, 200);
            Check.present("kind", kind);
            Check.text("price", price, 32);
            description = Check.optionalText("description", description, 4000);
            keywords = List.copyOf(Check.size("keywords", keywords == null ? List.of() : keywords, 50));
            includes = List.copyOf(Check.size("includes", includes == null ? List.of() : includes, 50));
            Check.that(kind == ServiceKind.PACKAGE || includes.isEmpty(), "includes", "only packages include services.");
        }
    }

    public record ServiceView(String id, String name, String kind, String price, String currency, String description,
                              List<String> keywords, List<String> includes) {
        public static ServiceView of(Service s) {
            return new ServiceView(s.id().value(), s.name(), s.kind().name(), s.price().toDecimalString(),
                    s.price().currency().getCurrencyCode(), s.description(), s.keywords(), s.includes());
        }
    }

    public record FaqInput(String question, String answer) {
        public FaqInput {
            question = Check.text("question", question, 1000);
            answer = Check.text("answer", answer, 4000);
        }
    }

    public record FaqView(String id, String question, String answer) {
        public static FaqView of(Faq f) { return new FaqView(f.id().value(), f.question(), f.answer()); }
    }

    public record LookupInput(String name, List<String> values) {
        public LookupInput {
            Check.that(name != null && name.matches("[a-z][a-z0-9_-]{0,63}"), "name", "is 1-64 lower-case letters, digits, - or _, starting with a letter.");
            values = List.copyOf(Check.size("values", Check.present("values", values), 500));
            values.forEach(v -> Check.text("values", v, 200));
        }
    }

    public record LookupValues(List<String> values) {
        public LookupValues {
            values = List.copyOf(Check.size("values", Check.present("values", values), 500));
            values.forEach(v -> Check.text("values", v, 200));
        }
    }

    public record LookupView(String name, List<String> values) {
        public static LookupView of(LookupTable t) { return new LookupView(t.name(), t.values()); }
    }

    static ServiceId serviceId(String value) { return new ServiceId(value); }
}
