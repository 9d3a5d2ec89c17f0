package app.parley.api;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.auth.access.AccessRole;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.persistence.Workload;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The tenant admin's data protection endpoints through the real router, on DynamoDB Local. */
class PrivacyApiIT {
    private static ApiFixture api;
    private static Workload shop;
    private static Workload other;
    private static String admin;

    @BeforeAll
    static void start() {
        api = new ApiFixture();
        shop = Workload.create(api.tables(), "privacy-shop", "300400500");
        other = Workload.create(api.tables(), "privacy-other", "300400501");
        admin = api.token(shop.tenant().id(), shop.user().id().value(), AccessRole.TENANT_ADMIN);
    }

    @AfterAll
    static void stop() { api.close(); }

    @Test
    void an_admin_exports_a_customer_and_the_whole_business_but_nothing_of_another_tenant() {
        var customer = api.call("GET", "/api/customers/" + shop.customer().id().value() + "/export", admin, null);
        assertThat(customer.status()).isEqualTo(200);
        assertThat(customer.body()).contains("+15550001111", "Hello", shop.order().id().value()).doesNotContain(other.tenant().id().value());

        var business = api.call("GET", "/api/export", admin, null);
        assertThat(business.status()).isEqualTo(200);
        assertThat(business.body()).contains(shop.service().id().value(), "+15550001111").doesNotContain(other.tenant().id().value());
        assertThat(api.call("GET", "/api/customers/" + other.customer().id().value() + "/export", admin, null).status()).isEqualTo(404);
    }

    @Test
    void an_admin_erases_a_customer_once_and_the_customer_is_gone() {
        Workload erased = Workload.create(api.tables(), "privacy-erase", "300400502");
        String token = api.token(erased.tenant().id(), erased.user().id().value(), AccessRole.TENANT_ADMIN);
        var answer = api.call("DELETE", "/api/customers/" + erased.customer().id().value(), token, null);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        assertThat(answer.json().get("records").asInt()).isGreaterThan(3);
        assertThat(new DynamoCustomers(api.tables().tenant()).find(erased.tenant().id(), erased.customer().id())).isEmpty();
        assertThat(api.rawItemsOf(erased.tenant().id()).toString()).doesNotContain(erased.customer().id().value())
                .doesNotContain(erased.conversation().id().value());
        assertThat(api.call("DELETE", "/api/customers/" + erased.customer().id().value(), token, null).status()).isEqualTo(404);
    }

    @Test
    void message_retention_is_set_read_and_validated() {
        assertThat(api.call("GET", "/api/settings/retention", admin, null).json().get("messageRetentionDays").isNull()).isTrue();
        assertThat(api.call("PUT", "/api/settings/retention", admin, "{\"messageRetentionDays\":90}").status()).isEqualTo(200);
        assertThat(api.call("GET", "/api/settings/retention", admin, null).json().get("messageRetentionDays").asInt()).isEqualTo(90);
        var refused = api.call("PUT", "/api/settings/retention", admin, "{\"messageRetentionDays\":0}");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("message").asText()).contains("between 1 and 3650 days");
        assertThat(api.call("GET", "/api/settings/retention", admin, null).json().get("messageRetentionDays").asInt()).isEqualTo(90);
    }
}
