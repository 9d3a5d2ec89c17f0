package app.parley.catalog.application;

import app.parley.catalog.model.Faq;
import app.parley.catalog.model.FaqId;
import app.parley.common.model.Page;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Optional;

public interface Faqs {
    void save(Faq faq);
    Optional<Faq> find(TenantId tenant, FaqId id);
    List<Faq> list(TenantId tenant);
    Page<Faq> page(TenantId tenant, int limit, String cursor);
    boolean remove(TenantId tenant, FaqId id);
}
