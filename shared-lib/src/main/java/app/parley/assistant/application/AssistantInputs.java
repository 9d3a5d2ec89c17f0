package app.parley.assistant.application;

import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.Faq;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.OpeningSpan;
import app.parley.assistant.model.ResponseType;
import app.parley.assistant.model.ServiceKind;
import app.parley.assistant.model.WorkingHours;
import app.parley.catalog.model.Service;
import app.parley.tenancy.model.AiSettings;
import app.parley.tenancy.model.Tenant;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The tenant, its catalog, FAQs and AI settings as the assistant's input records. */
final class AssistantInputs {
    private static final Map<String, DayOfWeek> DAYS = Map.of("mon", DayOfWeek.MONDAY, "tue", DayOfWeek.TUESDAY,
            "wed", DayOfWeek.WEDNESDAY, "thu", DayOfWeek.THURSDAY, "fri", DayOfWeek.FRIDAY,
            "sat", DayOfWeek.SATURDAY, "sun", DayOfWeek.SUNDAY);

    private AssistantInputs() {}

    /** @param delivered the tenant hands its items over at an address (it keeps a products list) */
    static Knowledge knowledge(Tenant tenant, List<Service> services, List<app.parley.catalog.model.Faq> faqs,
                               boolean delivered) {
        var catalog = services.stream().filter(s -> s.price().currency().equals(tenant.currency()))
                .map(s -> service(s, delivered)).toList();
        var answers = faqs.stream().map(f -> new Faq(f.id().value(), f.question(), f.answer())).toList();
        return new Knowledge(tenant.name(), tenant.currency(), tenant.locale(), catalog, answers);
    }

    static AssistantSettings settings(Tenant tenant, boolean delivered) {
        AiSettings ai = tenant.ai();
        return new AssistantSettings(ai.enabled(), ai.confidenceThreshold(), responseTypes(ai.allowedResponseTypes()),
                hours(tenant), delivered, EnumSet.of(DetailField.NAME, DetailField.PREFERRED_TIME));
    }

    private static CatalogService service(Service s, boolean delivered) {
        return new CatalogService(s.id().value(), s.name(), ServiceKind.valueOf(s.kind().name()), s.price(),
                s.description(), s.keywords(), s.includes(), delivered);
    }

    private static EnumSet<ResponseType> responseTypes(List<String> allowed) {
        var types = EnumSet.noneOf(ResponseType.class);
        for (String name : allowed) responseType(name).ifPresent(types::add);
        return types;
    }

    private static Optional<ResponseType> responseType(String name) {
        try {
            return Optional.of(ResponseType.valueOf(name.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** {@code "09:00-13:00,14:00-18:00"} per day; a day missing or blank is closed. */
    private static WorkingHours hours(Tenant tenant) {
        var days = new EnumMap<DayOfWeek, List<OpeningSpan>>(DayOfWeek.class);
        tenant.workingHours().byDay().forEach((day, text) -> {
            var spans = new ArrayList<OpeningSpan>();
            for (String span : text.split(",")) if (!span.isBlank()) spans.add(OpeningSpan.parse(span));
            days.put(DAYS.get(day), spans);
        });
        return new WorkingHours(tenant.timezone(), days);
    }
}
