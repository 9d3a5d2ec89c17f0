package app.parley.api.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SchemasTest {
    static final class Orders { record Line(String serviceId, int quantity) {} }

    static final class Invoices { record Line(String description, String amount) {} }

    @Test
    void two_records_with_one_simple_name_become_two_components() {
        Schemas schemas = new Schemas();

        Map<String, Object> order = schemas.of(Orders.Line.class);
        Map<String, Object> invoice = schemas.of(Invoices.Line.class);

        assertThat(order.get("$ref")).isEqualTo("#/components/schemas/Line");
        assertThat(invoice.get("$ref")).isEqualTo("#/components/schemas/InvoicesLine");
        assertThat(schemas.components()).containsKeys("Line", "InvoicesLine");
        assertThat(schemas.components().get("Line").toString()).contains("serviceId").doesNotContain("amount");
    }

    @Test
    void the_same_record_is_one_component_however_often_it_is_used() {
        Schemas schemas = new Schemas();

        schemas.of(Orders.Line.class);
        schemas.of(Orders.Line.class);

        assertThat(schemas.components()).containsOnlyKeys("Line");
    }
}
