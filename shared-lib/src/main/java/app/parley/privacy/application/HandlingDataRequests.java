package app.parley.privacy.application;

import app.parley.crm.application.Customers;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerId;
import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.model.MediaReference;
import app.parley.privacy.model.CustomerExport;
import app.parley.privacy.model.CustomerFootprint;
import app.parley.privacy.model.ErasureOutcome;
import app.parley.privacy.model.StoredRecord;
import app.parley.tenancy.model.TenantId;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * A customer's data requests: export (every record about them, media as base64) and erasure (every
 * record and media object about them, nothing of anyone else). Both find the records through the
 * tenant's own index and {@link CustomerFootprint}.
 */
public final class HandlingDataRequests {
    private final Customers customers;
    private final TenantRecords records;
    private final MediaStore media;
    private final Clock clock;

    public HandlingDataRequests(Customers customers, TenantRecords records, MediaStore media, Clock clock) {
        this.customers = customers;
        this.records = records;
        this.media = media;
        this.clock = clock;
    }

    public Optional<CustomerExport> export(TenantId tenant, CustomerId id) {
        return customers.find(tenant, id).map(customer -> {
            List<StoredRecord> mine = footprint(tenant, customer);
            List<CustomerExport.Media> blobs = new ArrayList<>();
            for (MediaReference ref : mediaOf(mine)) {
                if (media.open(ref.value(), tenant) instanceof MediaOpening.Opened opened) {
                    blobs.add(new CustomerExport.Media(ref.value(), opened.content().mimeType(),
                            Base64.getEncoder().encodeToString(opened.content().bytes())));
                }
            }
            return new CustomerExport(tenant.value(), id.value(), clock.instant(),
                    mine.stream().map(r -> new CustomerExport.Record(r.kind(), r.attributes())).toList(), blobs);
        });
    }

    public ErasureOutcome erase(TenantId tenant, CustomerId id) {
        Optional<Customer> customer = customers.find(tenant, id);
        if (customer.isEmpty()) return new ErasureOutcome.NotFound();
        List<StoredRecord> mine = footprint(tenant, customer.get());
        int removed = 0;
        for (MediaReference ref : mediaOf(mine)) if (media.delete(ref)) removed++;
        records.delete(tenant, mine);
        return new ErasureOutcome.Erased(mine.size(), removed);
    }

    private List<StoredRecord> footprint(TenantId tenant, Customer customer) {
        return CustomerFootprint.of(customer.id().value(), customer.phone(), records.all(tenant));
    }

    private static List<MediaReference> mediaOf(List<StoredRecord> records) {
        return records.stream().map(r -> r.attributes().get("mediaRef")).filter(String.class::isInstance).map(String.class::cast)
                .map(MediaReference::parse).flatMap(Optional::stream).distinct().toList();
    }
}
