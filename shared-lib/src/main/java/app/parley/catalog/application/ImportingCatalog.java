package app.parley.catalog.application;

import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.catalog.model.ServiceKind;
import app.parley.catalog.model.imports.CatalogFile;
import app.parley.catalog.model.imports.ImportCheck;
import app.parley.catalog.model.imports.ImportLine;
import app.parley.tenancy.model.TenantId;
import java.util.Currency;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Imports a catalog file: checked again in full against the catalog as it is now, then every row or none. */
public final class ImportingCatalog {
    private final Services services;

    public ImportingCatalog(Services services) {
        this.services = services;
    }

    public sealed interface Outcome {
        record Imported(List<Service> services) implements Outcome {}
        /** Nothing was written: the file has problems (or none rows). */
        record Refused(ImportCheck check) implements Outcome {}
    }

    /** The file checked against the tenant's current catalog, without writing anything. */
    public ImportCheck check(TenantId tenant, Currency currency, String text) {
        Set<String> names = services.list(tenant).stream().map(Service::name).collect(Collectors.toSet());
        return CatalogFile.check(text, currency, names);
    }

    public Outcome confirm(TenantId tenant, Currency currency, String text) {
        ImportCheck check = check(tenant, currency, text);
        if (!check.importable()) return new Outcome.Refused(check);
        List<Service> created = check.lines().stream().map(line -> service(tenant, line)).toList();
        services.saveAllOrNone(tenant, created);
        return new Outcome.Imported(created);
    }

    private static Service service(TenantId tenant, ImportLine line) {
        return new Service(tenant, ServiceId.newId(), ServiceKind.SERVICE, line.name(), line.price(), line.description(),
                line.keywords(), List.of());
    }
}
