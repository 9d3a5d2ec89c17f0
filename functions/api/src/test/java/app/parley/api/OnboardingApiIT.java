package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.api.http.Limits;
import app.parley.api.onboarding.ErasureSweepHandler;
import app.parley.api.onboarding.OnboardingSettings;
import app.parley.auth.access.AccessRole;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.billing.model.SubscriptionStatus;
import app.parley.catalog.infrastructure.DynamoServices;
import app.parley.common.model.Money;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.TenantId;
import app.parley.tenancy.model.TenantStatus;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** Self-service onboarding and offboarding on DynamoDB Local, ElasticMQ and moto_server, through the API handler. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OnboardingApiIT {
    private static final Pattern VERIFY_LINK = Pattern.compile("/verify\\?token=([A-Za-z0-9_-]+)");
    private static final String PASSWORD = "Long-and-unique-2026";
    private static final AtomicInteger ADDRESS = new AtomicInteger(10);
    private static ApiFixture api;
    private static String superAdmin;
    private static Plan plan;

    @BeforeAll
    static void start() {
        var settings = new OnboardingSettings(OnboardingSettings.perHour("3"), OnboardingSettings.perHour("40"), Optional.empty(),
                "https://admin.parley.example", Duration.ZERO, "2026-01", "2026-02");
        api = new ApiFixture(new Limits(Limits.perMinute("100000"), Limits.perMinute("100000"), Clock.systemUTC()), settings);
        superAdmin = api.token(null, "usr_01J00000000000000000000000", AccessRole.SUPER_ADMIN);
        plan = new Plan(PlanId.newId(), "Starter", Money.of("29.00", "EUR"), 1000, 100000, new BigDecimal("0.01"),
                new BigDecimal("0.0001"), 5, 1, 14);
        api.billing.definingPlans().define(plan);
        api.billing.definingPlans().define(new Plan(PlanId.newId(), "Pro", Money.of("99.00", "EUR"), 1000, 100000, new BigDecimal("0.01"),
                new BigDecimal("0.0001"), 5, 1, 14));
    }

    @AfterAll
    static void stop() { api.close(); }

    record Owner(String tenantId, String slug, String email, String token) {}

    private static String freshAddress() { return "198.51.100." + ADDRESS.incrementAndGet(); }

    private static String signUpBody(String email) {
        return "{\"businessName\":\"Harbour Bikes\",\"ownerName\":\"Ana Costa\",\"email\":\"" + email + "\",\"password\":\"" + PASSWORD
                + "\",\"country\":\"PT\",\"currency\":\"EUR\",\"timezone\":\"Europe/Lisbon\",\"acceptTerms\":true,\"acceptPrivacy\":true}";
    }

    private static String mailedToken(String email) {
        for (JsonNode mail : api.call("GET", "/api/dev/outbox?limit=200", superAdmin, null).json().get("items")) {
            if (!mail.get("to").asText().equals(email)) continue;
            Matcher m = VERIFY_LINK.matcher(mail.get("text").asText());
            if (m.find()) return m.group(1);
        }
        throw new AssertionError("no verification mail to " + email);
    }

    private static List<String> subjectsTo(String email) {
        List<String> subjects = new ArrayList<>();
        api.call("GET", "/api/dev/outbox?limit=200", superAdmin, null).json().get("items").forEach(m -> {
            if (m.get("to").asText().equals(email)) subjects.add(m.get("subject").asText());
        });
        return subjects;
    }

    private static ApiFixture.Answer login(String email) {
        return api.call("POST", "/api/auth/login", (String) null, "{\"email\":\"" + email + "\",\"password\":\"" + PASSWORD + "\"}");
    }

    /** Signs up, follows the mailed link and signs in. */
    private static Owner verifiedOwner(String email) {
        var signedUp = api.callFrom(freshAddress(), "POST", "/api/signup", signUpBody(email));
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        assertThat(api.call("POST", "/api/signup/verify", (String) null, "{\"token\":\"" + mailedToken(email) + "\"}").status()).isEqualTo(200);
        String token = login(email).json().get("accessToken").asText();
        return new Owner(signedUp.json().get("tenantId").asText(), signedUp.json().get("slug").asText(), email, token);
    }

    private static JsonNode funnelOf(String tenantId) {
        for (JsonNode line : api.call("GET", "/api/platform/onboarding-funnel", superAdmin, null).json().get("tenants")) {
            if (line.get("tenantId").asText().equals(tenantId)) return line.get("reached");
        }
        throw new AssertionError("no funnel line for " + tenantId);
    }

    private static String csvBody(String csv) {
        return "{\"csv\":" + ApiFixture.JSON.valueToTree(csv).toString() + "}";
    }

    @Test
    @Order(1)
    void a_sign_up_starts_the_cheapest_trial_and_the_owner_signs_in_only_after_following_the_mailed_link() {
        String email = "ana@harbour-bikes.example";
        var signedUp = api.callFrom(freshAddress(), "POST", "/api/signup", signUpBody(email));
        assertThat(signedUp.status()).as(signedUp.body()).isEqualTo(201);
        String tenantId = signedUp.json().get("tenantId").asText();
        assertThat(signedUp.json().get("slug").asText()).startsWith("harbour-bikes-");
        assertThat(signedUp.json().get("planName").asText()).isEqualTo("Starter");
        assertThat(api.billing.subscriptions().find(new TenantId(tenantId))).get()
                .satisfies(s -> assertThat(s.status()).isEqualTo(SubscriptionStatus.TRIALING));
        assertThat(new DynamoTenants(api.tables()).find(new TenantId(tenantId)).orElseThrow().status()).isEqualTo(TenantStatus.CREATED);
        assertThat(login(email).status()).as("not verified yet").isEqualTo(401);

        String token = mailedToken(email);
        var verified = api.call("POST", "/api/signup/verify", (String) null, "{\"token\":\"" + token + "\"}");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().get("businessName").asText()).isEqualTo("Harbour Bikes");
        var again = api.call("POST", "/api/signup/verify", (String) null, "{\"token\":\"" + token + "\"}");
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("message").asText()).isEqualTo("token: is unknown, used or expired; sign in to have a new link sent.");

        var session = login(email);
        assertThat(session.status()).isEqualTo(200);
        JsonNode progress = api.call("GET", "/api/onboarding", session.json().get("accessToken").asText(), null).json();
        assertThat(progress.get("current").asText()).isEqualTo("PROFILE");
        assertThat(progress.get("emailVerified").asBoolean()).isTrue();
        assertThat(progress.get("live").asBoolean()).isFalse();
        assertThat(progress.get("termsVersion").asText()).isEqualTo("2026-01");
        assertThat(progress.get("privacyVersion").asText()).isEqualTo("2026-02");
        assertThat(progress.get("consentedAt").asText()).isNotBlank();
        assertThat(subjectsTo(email)).contains("Verify your email for Parley", "Your Parley account is ready");
        assertThat(funnelOf(tenantId).has("SIGNED_UP")).isTrue();
        assertThat(funnelOf(tenantId).has("VERIFIED")).isTrue();
        assertThat(funnelOf(tenantId).has("LIVE")).isFalse();
    }

    @Test
    @Order(2)
    void bad_sign_ups_get_a_sentence_naming_the_problem_and_create_nothing() {
        int tenantsBefore = new DynamoTenants(api.tables()).list().size();
        String ok = signUpBody("someone@new-shop.example");
        Map<String, String> cases = new HashMap<>();
        cases.put(ok.replace("\"acceptTerms\":true", "\"acceptTerms\":false"), "400 acceptTerms: must be true");
        cases.put(ok.replace("\"acceptPrivacy\":true,", "").replace(",\"acceptPrivacy\":true", ""), "400 acceptPrivacy: must be true");
        cases.put(ok.replace(PASSWORD, "short"), "400 password:");
        cases.put(ok.replace("\"EUR\"", "\"EURO\""), "400 currency:");
        cases.put(ok.replace("Europe/Lisbon", "Mars/Base"), "400 timezone:");
        cases.put(ok.replace("\"PT\"", "\"Portugal\""), "400 country:");
        cases.put(ok.replace("someone@new-shop.example", "not-an-email"), "400 email:");
        cases.put(ok.replace("someone@new-shop.example", "bot@mailinator.com"), "422 Throw-away email addresses cannot sign up");
        cases.put(ok.replace("someone@new-shop.example", "bot@eu.yopmail.com"), "422 Throw-away email addresses cannot sign up");
        cases.put(ok.replace("someone@new-shop.example", "ana@harbour-bikes.example"), "409 That email already has an account");
        cases.put("{\"businessName\":", "400 ");
        cases.forEach((body, expected) -> {
            var answer = api.callFrom(freshAddress(), "POST", "/api/signup", body);
            assertThat(answer.status() + " " + answer.json().get("message").asText()).as(body).startsWith(expected);
            assertThat(answer.body()).doesNotContain("Exception");
        });
        assertThat(new DynamoTenants(api.tables()).list()).hasSize(tenantsBefore);
    }

    @Test
    @Order(3)
    void a_catalog_file_with_two_bad_rows_is_previewed_refused_whole_then_imported_once_fixed() {
        Owner owner = verifiedOwner("owner@import-shop.example");
        List<String> rows = IntStream.rangeClosed(1, 20).mapToObj(i -> "Bike part " + i + "," + i + ".50,Part number " + i + ",part;bike")
                .collect(Collectors.toCollection(ArrayList::new));
        rows.set(6, "Bike part 7,seven euros,Part number 7,part");
        rows.set(13, "Bike part 3,1.00,Duplicate name,part");
        String bad = "name,price,description,keywords\n" + String.join("\n", rows) + "\n";

        JsonNode preview = api.call("POST", "/api/services/import/preview", owner.token(), csvBody(bad)).json();
        assertThat(preview.get("rowsRead").asInt()).isEqualTo(20);
        assertThat(preview.get("importableRows").asInt()).isEqualTo(18);
        assertThat(preview.get("importable").asBoolean()).isFalse();
        assertThat(preview.get("problems")).hasSize(2);
        assertThat(preview.at("/problems/0/row").asInt()).isEqualTo(8);
        assertThat(preview.at("/problems/0/column").asText()).isEqualTo("price");
        assertThat(preview.at("/problems/0/message").asText()).contains("\"seven euros\" is not a number");
        assertThat(preview.at("/problems/1/row").asInt()).isEqualTo(15);
        assertThat(preview.at("/problems/1/message").asText()).isEqualTo("\"Bike part 3\" is already on row 4 of this file.");
        TenantId tenant = new TenantId(owner.tenantId());
        assertThat(new DynamoServices(api.tables().tenant()).list(tenant)).as("a preview writes nothing").isEmpty();

        var refused = api.call("POST", "/api/services/import", owner.token(), csvBody(bad));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("error").asText()).isEqualTo("import_refused");
        assertThat(refused.json().get("message").asText()).isEqualTo("The file has 2 problems; nothing was imported.");
        assertThat(refused.json().get("problems")).hasSize(2);
        assertThat(new DynamoServices(api.tables().tenant()).list(tenant)).isEmpty();

        rows.set(6, "Bike part 7,7.50,Part number 7,part");
        rows.set(13, "Bike part 14,14.50,Part number 14,part");
        String fixed = "name,price,description,keywords\n" + String.join("\n", rows) + "\n";
        var imported = api.call("POST", "/api/services/import", owner.token(), csvBody(fixed));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(20);
        var services = new DynamoServices(api.tables().tenant()).list(tenant);
        assertThat(services).hasSize(20);
        assertThat(services).filteredOn(s -> s.name().equals("Bike part 7")).singleElement()
                .satisfies(s -> assertThat(s.price().toDecimalString()).isEqualTo("7.50"));
        assertThat(funnelOf(owner.tenantId()).has("CATALOG_ADDED")).isTrue();

        var repeat = api.call("POST", "/api/services/import", owner.token(), csvBody(fixed));
        assertThat(repeat.status()).isEqualTo(422);
        assertThat(repeat.json().at("/problems/0/message").asText()).isEqualTo("\"Bike part 1\" is already in your catalog.");
        assertThat(new DynamoServices(api.tables().tenant()).list(tenant)).hasSize(20);
    }

    @Test
    @Order(4)
    void ten_thousand_rows_import_whole_and_one_bad_row_at_the_end_leaves_nothing_written() {
        Owner owner = verifiedOwner("owner@big-catalog.example");
        TenantId tenant = new TenantId(owner.tenantId());
        String rows = IntStream.rangeClosed(1, 10_000).mapToObj(i -> "Item " + i + "," + (i % 500) + ".99").collect(Collectors.joining("\n"));

        var refused = api.call("POST", "/api/services/import", owner.token(), csvBody("name,price\n" + rows.replace("Item 9999,499.99", "Item 9999,-1") + "\n"));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().get("problems")).singleElement().satisfies(p -> {
            assertThat(p.get("row").asInt()).isEqualTo(10_000);
            assertThat(p.get("message").asText()).isEqualTo("The price -1 is negative; prices are 0 or more.");
        });
        assertThat(api.rawItemsOf(tenant).keySet()).noneMatch(k -> k.contains("SERVICE#"));

        long started = System.nanoTime();
        var imported = api.call("POST", "/api/services/import", owner.token(), csvBody("name,price\n" + rows + "\n"));
        assertThat(imported.status()).as(imported.body()).isEqualTo(201);
        assertThat(imported.json().get("imported").asInt()).isEqualTo(10_000);
        System.out.printf("imported 10,000 rows in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertThat(new DynamoServices(api.tables().tenant()).list(tenant)).hasSize(10_000);

        var tooLarge = api.call("POST", "/api/services/import/preview", owner.token(), csvBody("name,price\n" + "x".repeat(1_100_000)));
        assertThat(tooLarge.status()).isEqualTo(413);
    }

    @Test
    @Order(5)
    void the_wizard_resumes_where_it_was_connects_a_number_chats_with_the_assistant_and_goes_live() {
        Owner owner = verifiedOwner("owner@wizard-shop.example");
        var emptyCatalog = api.call("PUT", "/api/onboarding/progress", owner.token(), "{\"step\":\"CATALOG\",\"done\":true}");
        assertThat(emptyCatalog.status()).isEqualTo(409);
        assertThat(api.call("PUT", "/api/onboarding/progress", owner.token(), "{\"step\":\"PROFILE\",\"done\":true}").json()
                .get("current").asText()).isEqualTo("CATALOG");
        api.call("POST", "/api/services/import", owner.token(), csvBody("name,price,description,keywords\nWheel truing,45.00,Wheels made straight again.,truing;wheel truing\n"));
        assertThat(api.call("PUT", "/api/onboarding/progress", owner.token(), "{\"step\":\"CATALOG\",\"done\":true}").json()
                .get("current").asText()).isEqualTo("FAQS");
        assertThat(api.call("PUT", "/api/onboarding/progress", owner.token(), "{\"step\":\"PROFILE\",\"done\":false}").json()
                .get("current").asText()).isEqualTo("PROFILE");
        JsonNode resumed = api.call("GET", "/api/onboarding", login(owner.email()).json().get("accessToken").asText(), null).json();
        assertThat(resumed.get("current").asText()).as("a new session resumes where the last one was").isEqualTo("PROFILE");
        assertThat(ApiFixture.list(resumed.get("done"))).containsExactly("PROFILE", "CATALOG");
        assertThat(api.call("PUT", "/api/onboarding/progress", owner.token(), "{\"step\":\"WRONG\",\"done\":true}").status()).isEqualTo(400);

        var notConnected = api.call("POST", "/api/onboarding/go-live", owner.token(), null);
        assertThat(notConnected.status()).isEqualTo(409);
        assertThat(notConnected.json().get("error").asText()).isEqualTo("whatsapp_not_connected");

        var connected = api.call("PUT", "/api/onboarding/whatsapp", owner.token(),
                "{\"phoneNumberId\":\"555000111222\",\"displayPhoneNumber\":\"+351 910 000 111\",\"accessToken\":\"EAAG-test-token\"}");
        assertThat(connected.status()).as(connected.body()).isEqualTo(200);
        assertThat(connected.json().get("mode").asText()).isEqualTo("cloud");
        assertThat(connected.body()).doesNotContain("EAAG-test-token");
        assertThat(funnelOf(owner.tenantId()).has("WHATSAPP_CONNECTED")).isTrue();

        var chat = api.call("POST", "/api/onboarding/test-chat", owner.token(), "{\"text\":\"How much is wheel truing?\"}");
        assertThat(chat.status()).as(chat.body()).isEqualTo(200);
        assertThat(chat.json().get("kind").asText()).as(chat.body()).isEqualTo("reply");
        assertThat(chat.json().get("text").asText()).containsPattern("Wheel truing: 45[.,]00");
        assertThat(chat.json().get("memory").asText()).isNotBlank();
        assertThat(api.rawItemsOf(new TenantId(owner.tenantId())).keySet()).as("a test chat stores no conversation")
                .noneMatch(k -> k.contains("#CONV#"));

        var live = api.call("POST", "/api/onboarding/go-live", owner.token(), null);
        assertThat(live.status()).as(live.body()).isEqualTo(200);
        assertThat(live.json().get("live").asBoolean()).isTrue();
        assertThat(new DynamoTenants(api.tables()).find(new TenantId(owner.tenantId())).orElseThrow().status()).isEqualTo(TenantStatus.ACTIVE);
        assertThat(funnelOf(owner.tenantId()).has("LIVE")).isTrue();
        assertThat(api.call("POST", "/api/onboarding/go-live", owner.token(), null).status()).as("going live twice is fine").isEqualTo(200);
        JsonNode totals = api.call("GET", "/api/platform/onboarding-funnel", superAdmin, null).json().get("totals");
        assertThat(totals.get("LIVE").asLong()).isEqualTo(1);
        assertThat(totals.get("SIGNED_UP").asLong()).isGreaterThanOrEqualTo(totals.get("VERIFIED").asLong());
        assertThat(totals.get("VERIFIED").asLong()).isGreaterThanOrEqualTo(4);
    }

    @Test
    @Order(6)
    void an_owner_exports_everything_cancels_and_the_sweep_erases_the_business_after_the_cooling_off() throws Exception {
        Owner owner = verifiedOwner("owner@leaving-shop.example");
        api.call("POST", "/api/services/import", owner.token(), csvBody("name,price,keywords\n\"Wheel, true\",12.00,wheel\n"));

        var raw = api.raw("GET", "/api/account/export", owner.token());
        assertThat(raw.getStatusCode()).isEqualTo(200);
        assertThat(raw.getHeaders().get("Content-Type")).isEqualTo("application/zip");
        Map<String, String> files = unzip(Base64.getDecoder().decode(raw.getBody()));
        assertThat(files).containsKeys("manifest.json", "data.json", "csv/services.csv", "csv/users.csv");
        assertThat(files.get("csv/services.csv")).startsWith("name,price,description,keywords").contains("\"Wheel, true\",12.00,,wheel");
        assertThat(files.get("data.json")).contains(owner.email()).doesNotContain("passwordHash").doesNotContain("argon2");
        assertThat(ApiFixture.JSON.readTree(files.get("manifest.json")).get("slug").asText()).isEqualTo(owner.slug());

        var wrongSlug = api.call("POST", "/api/account/cancel", owner.token(), "{\"confirmSlug\":\"someone-else\"}");
        assertThat(wrongSlug.status()).isEqualTo(400);
        var cancelled = api.call("POST", "/api/account/cancel", owner.token(), "{\"confirmSlug\":\"" + owner.slug() + "\"}");
        assertThat(cancelled.status()).as(cancelled.body()).isEqualTo(200);
        assertThat(cancelled.json().get("status").asText()).isEqualTo("SOFT_DELETED");
        assertThat(cancelled.json().get("subscription").asText()).isEqualTo("CANCELLED");
        assertThat(login(owner.email()).status()).as("nobody signs in to a cancelled business").isEqualTo(401);
        assertThat(subjectsTo(owner.email())).contains("Your Parley data export", "Your Parley account is cancelled");

        var sweep = ErasureSweepHandler.wired(api.tables(), Clock.systemUTC()).eraseDue();
        assertThat(sweep.erased()).isEqualTo(1);
        TenantId tenant = new TenantId(owner.tenantId());
        assertThat(api.rawItemsOf(tenant)).isEmpty();
        assertThat(new DynamoTenants(api.tables()).find(tenant)).isEmpty();
        assertThat(subjectsTo(owner.email())).contains("Your Parley data is erased");
        assertThat(ErasureSweepHandler.wired(api.tables(), Clock.systemUTC()).eraseDue().erased()).as("erased once").isZero();
        assertThat(api.callFrom(freshAddress(), "POST", "/api/signup", signUpBody(owner.email())).status())
                .as("the address is free again").isEqualTo(201);
    }

    @Test
    @Order(7)
    void sign_ups_are_limited_per_address_and_across_the_platform() {
        String address = freshAddress();
        for (int i = 1; i <= 3; i++) {
            assertThat(api.callFrom(address, "POST", "/api/signup", signUpBody("rate" + i + "@limits.example")).status()).isEqualTo(201);
        }
        var limited = api.callFrom(address, "POST", "/api/signup", signUpBody("rate4@limits.example"));
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.headers().get("Retry-After")).isNotBlank();
        assertThat(limited.json().get("error").asText()).isEqualTo("too_many_requests");

        int accepted = 0;
        ApiFixture.Answer last = null;
        for (int i = 0; i < 40; i++) {
            last = api.callFrom(freshAddress(), "POST", "/api/signup", signUpBody("wave" + i + "@limits.example"));
            if (last.status() != 201) break;
            accepted++;
        }
        assertThat(last.status()).as("the platform-wide limit stops fresh addresses too").isEqualTo(429);
        assertThat(accepted).isLessThan(40);
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
