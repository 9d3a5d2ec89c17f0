package app.parley.assistant.eval;

import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.Faq;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.OpeningSpan;
import app.parley.assistant.model.ResponseType;
import app.parley.assistant.model.ServiceKind;
import app.parley.assistant.model.WorkingHours;
import app.parley.common.model.Money;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A test-side adapter: seed.json tenants onto Knowledge and AssistantSettings (what a real adapter will do). */
public final class SeedTenants {
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private SeedTenants() {}

    public static Map<String, Tenant> read(Path seed) throws IOException {
        JsonNode root = new ObjectMapper().readTree(Files.readString(seed));
        var tenants = new LinkedHashMap<String, Tenant>();
        for (JsonNode t : root.get("tenants")) tenants.put(t.get("slug").asText(), tenant(t));
        return tenants;
    }

    private static Tenant tenant(JsonNode t) {
        String slug = t.get("slug").asText();
        String currency = t.get("currency").asText();
        boolean deliverables = t.path("lookups").path("products").size() > 0;
        var services = new ArrayList<CatalogService>();
        int n = 0;
        for (JsonNode s : t.get("services")) {
            services.add(new CatalogService(slug + "-svc-" + (++n), s.get("name").asText(),
                    ServiceKind.valueOf(s.get("kind").asText()), Money.of(s.get("price").asText(), currency),
                    s.path("description").asText(""), strings(s.path("keywords")), strings(s.path("includes")),
                    deliverables));
        }
        var faqs = new ArrayList<Faq>();
        n = 0;
        for (JsonNode f : t.get("faqs")) {
            faqs.add(new Faq(slug + "-faq-" + (++n), f.get("question").asText(), f.get("answer").asText()));
        }
        var knowledge = new Knowledge(t.get("name").asText(), Currency.getInstance(currency),
                Locale.forLanguageTag(t.get("locale").asText()), services, faqs);
        return new Tenant(slug, knowledge, settings(t, deliverables));
    }

    private static AssistantSettings settings(JsonNode t, boolean deliverables) {
        JsonNode ai = t.get("ai");
        var allowed = EnumSet.noneOf(ResponseType.class);
        ai.get("allowedResponseTypes").forEach(a -> allowed.add(ResponseType.valueOf(a.asText().toUpperCase(Locale.ROOT))));
        var zone = ZoneId.of(t.get("timezone").asText());
        var days = new EnumMap<DayOfWeek, List<OpeningSpan>>(DayOfWeek.class);
        t.get("workingHours").fields().forEachRemaining(e -> days.put(DAYS.get(e.getKey()),
                List.of(OpeningSpan.parse(e.getValue().asText()))));
        return new AssistantSettings(ai.get("enabled").asBoolean(), ai.path("confidenceThreshold").asDouble(0.85),
                allowed, new WorkingHours(zone, days), deliverables,
                EnumSet.of(DetailField.NAME, DetailField.PREFERRED_TIME));
    }

    private static List<String> strings(JsonNode array) {
        var out = new ArrayList<String>();
        array.forEach(v -> out.add(v.asText()));
        return out;
    }
}
