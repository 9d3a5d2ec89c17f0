package app.parley.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.catalog.application.ImportingCatalog;
import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.catalog.model.ServiceKind;
import app.parley.common.model.Money;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Workload;
import app.parley.tenancy.model.TenantId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The import's all-or-nothing write on DynamoDB Local: a failing write leaves no service behind. */
class ImportingCatalogIT {
    private static LocalTables local;
    private static DynamoServices services;

    @BeforeAll static void start() {
        local = LocalTables.start();
        services = new DynamoServices(local.tables().tenant());
    }

    @AfterAll static void stop() { local.close(); }

    private static TenantId tenant(String slug, String number) {
        return Workload.registerTenant(local.tables(), slug, number).id();
    }

    @Test
    void when_dynamodb_refuses_one_service_of_thousands_none_of_them_stays() {
        TenantId t = tenant("rollback", "400000000000001");
        List<Service> batch = new ArrayList<>();
        for (int i = 0; i < 2_000; i++) {
            batch.add(new Service(t, ServiceId.newId(), ServiceKind.SERVICE, "Service " + i, Money.of("1.00", "USD"),
                    i == 1_700 ? "x".repeat(420_000) : null, List.of(), List.of()));
        }
        assertThatThrownBy(() -> services.saveAllOrNone(t, batch)).isInstanceOf(RuntimeException.class);
        assertThat(services.list(t)).isEmpty();
    }

    @Test
    void ten_thousand_checked_rows_are_written_whole_and_a_second_import_of_them_is_refused() {
        TenantId t = tenant("tenk", "400000000000002");
        var importing = new ImportingCatalog(services);
        String csv = "name,price\n" + IntStream.rangeClosed(1, 10_000).mapToObj(i -> "Item " + i + "," + i + ".00")
                .collect(Collectors.joining("\n"));
        assertThat(importing.confirm(t, Currency.getInstance("USD"), csv)).isInstanceOf(ImportingCatalog.Outcome.Imported.class);
        assertThat(services.list(t)).hasSize(10_000);
        var again = importing.confirm(t, Currency.getInstance("USD"), csv);
        assertThat(again).isInstanceOfSatisfying(ImportingCatalog.Outcome.Refused.class,
                r -> assertThat(r.check().problems()).hasSize(10_000));
        assertThat(services.list(t)).hasSize(10_000);
    }
}
