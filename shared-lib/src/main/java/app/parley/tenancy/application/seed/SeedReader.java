package app.parley.tenancy.application.seed;

import app.parley.tenancy.application.seed.SeedFile.Ai;
import app.parley.tenancy.application.seed.SeedFile.Login;
import app.parley.tenancy.application.seed.SeedFile.SeedFaq;
import app.parley.tenancy.application.seed.SeedFile.SeedService;
import app.parley.tenancy.application.seed.SeedFile.SeedTenant;
import app.parley.tenancy.application.seed.SeedFile.SeedUser;
import app.parley.tenancy.application.seed.SeedFile.WhatsApp;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.IllformedLocaleException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads and validates a seed file completely before anything is written, so a bad file is
 * refused with every problem named by its field and nothing is half-loaded.
 */
public final class SeedReader {
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    static final Set<String> ROLES = Set.of("TENANT_ADMIN", "MANAGER", "AGENT");
    static final Set<String> RESPONSE_TYPES = Set.of("catalog", "faq", "collect_details", "order_request");
    static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");

    private static final Pattern SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
    private static final Pattern DIGITS = Pattern.compile("\\+?[0-9]{5,20}");
    private static final Pattern HOURS = Pattern.compile("(?:[01][0-9]|2[0-3]):[0-5][0-9]-(?:(?:[01][0-9]|2[0-3]):[0-5][0-9]|24:00)|closed");
    private static final Pattern DECIMAL = Pattern.compile("[0-9]{1,12}(?:\\.[0-9]{1,4})?");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<SeedProblem> problems = new ArrayList<>();
    private final Set<String> emails = new HashSet<>();
    private final Set<String> slugs = new HashSet<>();
    private final Set<String> phoneNumberIds = new HashSet<>();

    private SeedReader() {}

    public static SeedReading read(byte[] content) {
        if (content.length > MAX_BYTES) {
            return invalid("(file)", "is larger than " + MAX_BYTES / (1024 * 1024) + " MiB");
        }
        JsonNode root;
        try {
            root = JSON.readTree(content);
        } catch (JacksonException e) {
            // some refusals (e.g. nesting deeper than allowed) carry no location
            return invalid("(file)", e.getLocation() == null ? "is not valid JSON"
                    : "is not valid JSON (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            return invalid("(file)", "could not be read");
        }
        if (root == null || !root.isObject()) return invalid("(file)", "must be a JSON object with \"tenants\"");
        return new SeedReader().readRoot(root);
    }

    private static SeedReading invalid(String field, String message) {
        return new SeedReading.Invalid(List.of(new SeedProblem(field, message)));
    }

    private SeedReading readRoot(JsonNode root) {
        FieldReader fields = new FieldReader(root, "", problems);
        Optional<Login> superAdmin = Optional.empty();
        FieldReader platform = fields.object("platform", false);
        FieldReader admin = platform == null ? null : platform.object("superAdmin", false);
        if (admin != null) superAdmin = Optional.of(new Login(email(admin), password(admin)));
        if (!fields.has("tenants")) fields.problem("tenants", "is required");
        List<SeedTenant> tenants = fields.objects("tenants", 1000).stream().map(this::tenant).toList();
        return problems.isEmpty() ? new SeedReading.Valid(new SeedFile(superAdmin, tenants))
                : new SeedReading.Invalid(List.copyOf(problems));
    }

    private SeedTenant tenant(FieldReader t) {
        String slug = t.text("slug", 40, SLUG.asMatchPredicate(), "must be lower-case letters, digits and dashes").strip();
        if (!slug.isEmpty() && !slugs.add(slug)) t.problem("slug", "\"" + slug + "\" is used by another tenant");
        String currency = t.text("currency", 3, SeedReader::isCurrency, "is not an ISO-4217 currency code");
        List<SeedService> services = t.objects("services", 5000).stream().map(s -> service(s, currency)).toList();
        checkServiceNames(t, services);
        return new SeedTenant(slug, t.text("name", 120),
                currency,
                t.text("timezone", 64, SeedReader::isZone, "is not a time zone such as Europe/Lisbon"),
                t.text("locale", 35, SeedReader::isLocale, "is not a locale such as pt-BR"),
                t.textMap("profile", 2000), workingHours(t), whatsapp(t), ai(t),
                t.objects("users", 500).stream().map(this::user).toList(), services,
                t.objects("faqs", 2000).stream().map(f -> new SeedFaq(f.text("question", 500), f.text("answer", 4000))).toList(),
                lookups(t));
    }

    private Map<String, String> workingHours(FieldReader t) {
        Map<String, String> hours = t.textMap("workingHours", 11);
        hours.forEach((day, value) -> {
            if (!DAYS.contains(day)) t.problem("workingHours." + day, "is not a day (use mon, tue, wed, thu, fri, sat, sun)");
            else if (!HOURS.matcher(value).matches()) t.problem("workingHours." + day, "\"" + value + "\" must look like 09:00-18:00 or closed");
        });
        return hours;
    }

    private WhatsApp whatsapp(FieldReader t) {
        FieldReader w = t.object("whatsapp", true);
        if (w == null) return new WhatsApp("unofficial", "", "");
        String mode = w.text("mode", 20, m -> m.equals("cloud") || m.equals("unofficial"), "must be cloud or unofficial");
        if (!mode.equals("cloud")) return new WhatsApp(mode, w.optionalText("phoneNumberId", 20), w.optionalText("displayPhoneNumber", 25));
        String id = w.text("phoneNumberId", 20, DIGITS.asMatchPredicate(), "must be the digits of a Cloud API phone number id");
        if (!id.isEmpty() && !phoneNumberIds.add(id)) w.problem("phoneNumberId", "\"" + id + "\" is connected to another tenant");
        return new WhatsApp(mode, id, w.text("displayPhoneNumber", 25, DIGITS.asMatchPredicate(), "must be a phone number in digits"));
    }

    private Ai ai(FieldReader t) {
        FieldReader a = t.object("ai", false);
        if (a == null) return new Ai(true, 0.85, List.copyOf(RESPONSE_TYPES));
        List<String> types = a.has("allowedResponseTypes") ? a.texts("allowedResponseTypes", 10, 40) : List.copyOf(RESPONSE_TYPES);
        for (String type : types) {
            if (!RESPONSE_TYPES.contains(type)) a.problem("allowedResponseTypes", "\"" + type + "\" is not one of " + RESPONSE_TYPES);
        }
        return new Ai(a.bool("enabled", true), a.number("confidenceThreshold", 0.85, 0.0, 1.0), types);
    }

    private SeedUser user(FieldReader u) {
        String role = u.text("role", 20, ROLES::contains, "must be one of TENANT_ADMIN, MANAGER, AGENT");
        return new SeedUser(email(u), password(u), role, u.text("name", 120));
    }

    private String email(FieldReader r) {
        String email = r.text("email", 254, EMAIL.asMatchPredicate(), "is not an email address").toLowerCase(Locale.ROOT);
        if (!email.isEmpty() && !emails.add(email)) r.problem("email", "\"" + email + "\" belongs to another user");
        return email;
    }

    private static String password(FieldReader r) {
        String password = r.text("password", 256);
        if (!password.isEmpty() && password.length() < 12) r.problem("password", "must be at least 12 characters");
        return password;
    }

    private static SeedService service(FieldReader s, String currency) {
        String kind = s.text("kind", 10, k -> k.equals("SERVICE") || k.equals("PACKAGE"), "must be SERVICE or PACKAGE");
        String price = s.text("price", 20, DECIMAL.asMatchPredicate(), "must be a decimal amount such as 49.00, written as text");
        if (DECIMAL.matcher(price).matches() && isCurrency(currency)
                && new BigDecimal(price).scale() > Math.max(Currency.getInstance(currency).getDefaultFractionDigits(), 0)) {
            s.problem("price", "\"" + price + "\" has more decimals than " + currency + " allows");
        }
        List<String> includes = s.texts("includes", 50, 120);
        if (!includes.isEmpty() && kind.equals("SERVICE")) s.problem("includes", "is only for kind PACKAGE");
        return new SeedService(s.text("name", 120), kind, price, s.optionalText("description", 2000),
                s.texts("keywords", 50, 60), includes);
    }

    private static void checkServiceNames(FieldReader t, List<SeedService> services) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < services.size(); i++) {
            String name = services.get(i).name().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && !names.add(name)) t.problem("services[" + i + "].name", "\"" + services.get(i).name() + "\" is listed twice");
        }
        for (int i = 0; i < services.size(); i++) {
            for (String included : services.get(i).includes()) {
                if (!names.contains(included.toLowerCase(Locale.ROOT)) || included.equalsIgnoreCase(services.get(i).name())) {
                    t.problem("services[" + i + "].includes", "\"" + included + "\" is not another service of this tenant");
                }
            }
        }
    }

    private static Map<String, List<String>> lookups(FieldReader t) {
        FieldReader l = t.object("lookups", false);
        Map<String, List<String>> tables = new LinkedHashMap<>();
        if (l == null) return tables;
        for (String name : l.fieldNames()) tables.put(name, l.texts(name, 1000, 120));
        return tables;
    }

    private static boolean isCurrency(String code) {
        try {
            return code.length() == 3 && Currency.getInstance(code) != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static boolean isZone(String zone) {
        try {
            ZoneId.of(zone);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean isLocale(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }
}
