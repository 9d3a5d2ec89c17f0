package app.parley.tenancy.application.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class SeedReaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Path sharedSeed() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path seed = dir.resolveSibling("shared").resolve("eval/seed.json");
            if (Files.isRegularFile(seed)) return seed;
        }
        throw new IllegalStateException("shared/eval/seed.json not found");
    }

    private static ObjectNode evalSeed() throws Exception {
        return (ObjectNode) JSON.readTree(Files.readAllBytes(sharedSeed()));
    }

    private static SeedReading readChanged(Consumer<ObjectNode> change) throws Exception {
        ObjectNode seed = evalSeed();
        change.accept(seed);
        return SeedReader.read(JSON.writeValueAsBytes(seed));
    }

    private static ObjectNode tenant(ObjectNode seed, int i) {
        return (ObjectNode) seed.withArray("tenants").get(i);
    }

    private static ObjectNode service(ObjectNode seed, int tenant, int service) {
        return (ObjectNode) tenant(seed, tenant).withArray("services").get(service);
    }

    @Test
    void the_shared_evaluation_seed_is_valid_with_both_tenants() throws Exception {
        SeedReading reading = SeedReader.read(Files.readAllBytes(sharedSeed()));

        assertThat(reading).isInstanceOf(SeedReading.Valid.class);
        SeedFile seed = ((SeedReading.Valid) reading).seed();
        assertThat(seed.tenants()).extracting(SeedFile.SeedTenant::slug).containsExactly("sunrise-dental", "bloom-and-stem");
        assertThat(seed.tenants().get(1).services()).hasSize(5);
        assertThat(seed.tenants().get(0).services().get(4).includes()).containsExactly("Scaling and polishing", "Teeth whitening");
        assertThat(seed.superAdmin()).get().extracting(SeedFile.Login::email).isEqualTo("owner@platform.example");
    }

    @Test
    void a_price_that_is_not_a_decimal_is_refused_naming_the_field() throws Exception {
        SeedReading reading = readChanged(s -> service(s, 1, 2).put("price", "72,50"));

        assertThat(problems(reading)).containsExactly("tenants[1].services[2].price");
    }

    @Test
    void a_negative_price_or_a_number_instead_of_text_is_refused() throws Exception {
        assertThat(problems(readChanged(s -> service(s, 0, 0).put("price", "-5.00")))).containsExactly("tenants[0].services[0].price");
        assertThat(problems(readChanged(s -> service(s, 0, 0).put("price", 500)))).containsExactly("tenants[0].services[0].price");
    }

    @Test
    void more_decimals_than_the_currency_allows_are_refused() throws Exception {
        assertThat(messages(readChanged(s -> service(s, 1, 0).put("price", "59.005")))).anyMatch(m -> m.contains("more decimals than USD"));
    }

    @Test
    void duplicate_slugs_emails_and_phone_numbers_across_tenants_are_refused() throws Exception {
        SeedReading reading = readChanged(s -> {
            tenant(s, 1).put("slug", "sunrise-dental");
            ((ObjectNode) tenant(s, 1).withArray("users").get(0)).put("email", "ADMIN@sunrise.example");
            ((ObjectNode) tenant(s, 1).get("whatsapp")).put("phoneNumberId", "100000000000001");
        });

        assertThat(problems(reading)).containsExactlyInAnyOrder(
                "tenants[1].slug", "tenants[1].users[0].email", "tenants[1].whatsapp.phoneNumberId");
    }

    @Test
    void unknown_roles_currencies_zones_and_response_types_are_refused() throws Exception {
        SeedReading reading = readChanged(s -> {
            ((ObjectNode) tenant(s, 0).withArray("users").get(1)).put("role", "OWNER");
            tenant(s, 0).put("currency", "XYZ");
            tenant(s, 0).put("timezone", "Mars/Olympus");
            ((ArrayNode) ((ObjectNode) tenant(s, 0).get("ai")).withArray("allowedResponseTypes")).add("discounts");
        });

        assertThat(problems(reading)).contains("tenants[0].users[1].role", "tenants[0].currency",
                "tenants[0].timezone", "tenants[0].ai.allowedResponseTypes");
    }

    @Test
    void a_package_including_an_unknown_service_is_refused() throws Exception {
        SeedReading reading = readChanged(s -> ((ArrayNode) service(s, 0, 4).withArray("includes")).add("Dental implants"));

        assertThat(problems(reading)).containsExactly("tenants[0].services[4].includes");
    }

    @Test
    void working_hours_must_name_days_and_time_ranges() throws Exception {
        SeedReading reading = readChanged(s -> {
            ObjectNode hours = (ObjectNode) tenant(s, 1).get("workingHours");
            hours.put("mon", "9am-5pm");
            hours.put("funday", "closed");
        });

        assertThat(problems(reading)).containsExactlyInAnyOrder("tenants[1].workingHours.mon", "tenants[1].workingHours.funday");
    }

    @Test
    void missing_required_fields_are_each_reported() throws Exception {
        SeedReading reading = readChanged(s -> {
            tenant(s, 0).remove("name");
            service(s, 1, 1).remove("kind");
            ((ObjectNode) tenant(s, 1).withArray("faqs").get(0)).remove("answer");
        });

        assertThat(problems(reading)).containsExactlyInAnyOrder(
                "tenants[0].name", "tenants[1].services[1].kind", "tenants[1].faqs[0].answer");
    }

    @Test
    void text_that_is_not_json_is_refused_with_its_position() {
        SeedReading reading = SeedReader.read("{\"tenants\": [".getBytes(StandardCharsets.UTF_8));

        assertThat(messages(reading)).singleElement().asString().contains("not valid JSON");
    }

    @Test
    void a_file_without_tenants_is_refused() {
        assertThat(problems(SeedReader.read("{}".getBytes(StandardCharsets.UTF_8)))).containsExactly("tenants");
        assertThat(problems(SeedReader.read("[]".getBytes(StandardCharsets.UTF_8)))).containsExactly("(file)");
    }

    private static java.util.List<String> problems(SeedReading reading) {
        assertThat(reading).isInstanceOf(SeedReading.Invalid.class);
        return ((SeedReading.Invalid) reading).problems().stream().map(SeedProblem::field).toList();
    }

    private static java.util.List<String> messages(SeedReading reading) {
        assertThat(reading).isInstanceOf(SeedReading.Invalid.class);
        return ((SeedReading.Invalid) reading).problems().stream().map(SeedProblem::toString).toList();
    }
}
