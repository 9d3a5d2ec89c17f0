package app.parley.crm.model;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerSearchTest {
    private static final TenantId TENANT = TenantId.newId();
    private static final List<Customer> ALL = List.of(customer("Priya Shah", "15550009999", Consent.GRANTED),
            customer("Dana Silva", "351912345678", Consent.UNKNOWN), customer(null, "15550001111", Consent.WITHDRAWN));

    @Test
    void matches_the_name_whatever_the_case() {
        assertThat(found("PRIYA", null)).containsExactly("15550009999");
    }

    @Test
    void matches_the_phone_digits_whatever_punctuation_is_typed() {
        assertThat(found("+1 555-000", null)).containsExactly("15550009999", "15550001111");
    }

    @Test
    void a_search_without_digits_does_not_match_every_phone() {
        assertThat(found("zed", null)).isEmpty();
    }

    @Test
    void keeps_only_the_chosen_consent_combined_with_the_text() {
        assertThat(found("", Consent.WITHDRAWN)).containsExactly("15550001111");
        assertThat(found("1555", Consent.GRANTED)).containsExactly("15550009999");
    }

    @Test
    void an_empty_search_keeps_everyone() {
        assertThat(found("   ", null)).hasSize(3);
    }

    private static List<String> found(String text, Consent consent) {
        var search = new CustomerSearch(text, Optional.ofNullable(consent));
        return ALL.stream().filter(search::matches).map(Customer::phone).toList();
    }

    private static Customer customer(String name, String phone, Consent consent) {
        return new Customer(TENANT, CustomerId.newId(), phone, name, consent, Instant.parse("2026-01-01T00:00:00Z"));
    }
}
