package app.parley.quotations.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.catalog.model.ServiceId;
import app.parley.common.model.Money;
import app.parley.orders.model.OrderLine;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.quotations.model.Quotation;
import app.parley.quotations.model.QuotationId;
import app.parley.quotations.model.QuotationStatus;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

final class QuotationItems {
    private QuotationItems() {}

    static TenantItem current(Quotation q) {
        return fields(TenantItem.of(q.tenant(), Keys.quotation(q.tenant(), q.id().value()), Keys.META), q)
                .listedUnder(Keys.quotationList(q.tenant()), Keys.quotationListSort(Keys.sortableTime(q.createdAt()), q.id().value()));
    }

    static TenantItem version(Quotation q) {
        return fields(TenantItem.of(q.tenant(), Keys.quotation(q.tenant(), q.id().value()), Keys.quotationVersion(q.version())), q);
    }

    private static TenantItem fields(TenantItem item, Quotation q) {
        return item.with("quotationId", q.id().value()).with("customerId", q.customerId()).with("customerPhone", q.customerPhone())
                .with("customerName", q.customerName()).with("version", q.version()).with("lines", lines(q.lines()))
                .with("notes", q.notes()).with("status", q.status().name()).with("createdBy", q.createdBy())
                .with("createdAt", q.createdAt()).with("editedBy", q.editedBy()).with("editedAt", q.editedAt())
                .with("approvedBy", q.approvedBy()).with("approvedAt", q.approvedAt()).with("sentAt", q.sentAt())
                .with("documentRef", q.documentRef()).with("answeredAt", q.answeredAt()).with("rev", q.revision());
    }

    private static AttributeValue lines(List<OrderLine> lines) {
        return AttributeValue.fromL(lines.stream().map(l -> AttributeValue.fromM(Map.of(
                "serviceId", s(l.serviceId().value()), "name", s(l.name()),
                "unitPrice", s(l.unitPrice().toDecimalString()), "currency", s(l.unitPrice().currency().getCurrencyCode()),
                "quantity", n(l.quantity())))).toList());
    }

    static Quotation quotation(TenantId tenant, Map<String, AttributeValue> i) {
        List<OrderLine> lines = i.get("lines").l().stream().map(v -> line(v.m())).toList();
        return new Quotation(tenant, new QuotationId(str(i, "quotationId")), str(i, "customerId"), str(i, "customerPhone"),
                optStr(i, "customerName"), (int) num(i, "version"), lines, optStr(i, "notes"), QuotationStatus.valueOf(str(i, "status")),
                str(i, "createdBy"), instant(i, "createdAt"), optStr(i, "editedBy"), instant(i, "editedAt"),
                optStr(i, "approvedBy"), instant(i, "approvedAt"), instant(i, "sentAt"), optStr(i, "documentRef"),
                instant(i, "answeredAt"), num(i, "rev"));
    }

    private static OrderLine line(Map<String, AttributeValue> m) {
        return new OrderLine(new ServiceId(str(m, "serviceId")), str(m, "name"), Money.of(str(m, "unitPrice"), str(m, "currency")),
                (int) num(m, "quantity"));
    }
}
