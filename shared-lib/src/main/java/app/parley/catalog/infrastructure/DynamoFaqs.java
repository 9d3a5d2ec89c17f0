package app.parley.catalog.infrastructure;

import static app.parley.persistence.Attrs.str;

import app.parley.catalog.application.Faqs;
import app.parley.catalog.model.Faq;
import app.parley.catalog.model.FaqId;
import app.parley.common.model.Page;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

public final class DynamoFaqs implements Faqs {
    private final TenantTable table;

    public DynamoFaqs(TenantTable table) { this.table = table; }

    @Override
    public void save(Faq f) {
        table.put(TenantItem.of(f.tenant(), Keys.faqs(f.tenant()), Keys.faq(f.id().value()))
                .with("faqId", f.id().value()).with("question", f.question()).with("answer", f.answer()));
    }

    @Override
    public Optional<Faq> find(TenantId tenant, FaqId id) {
        return table.get(tenant, Keys.faqs(tenant), Keys.faq(id.value())).map(i -> faq(tenant, i));
    }

    @Override
    public List<Faq> list(TenantId tenant) {
        return table.query(tenant, Keys.faqs(tenant), Keys.faq(""), Integer.MAX_VALUE, false).stream().map(i -> faq(tenant, i)).toList();
    }

    @Override
    public Page<Faq> page(TenantId tenant, int limit, String cursor) {
        return table.queryPage(tenant, Keys.faqs(tenant), Keys.faq(""), limit, false, cursor).toPage(i -> faq(tenant, i));
    }

    @Override
    public boolean remove(TenantId tenant, FaqId id) {
        return table.delete(tenant, Keys.faqs(tenant), Keys.faq(id.value()));
    }

    private static Faq faq(TenantId tenant, Map<String, AttributeValue> i) {
        return new Faq(tenant, new FaqId(str(i, "faqId")), str(i, "question"), str(i, "answer"));
    }
}
