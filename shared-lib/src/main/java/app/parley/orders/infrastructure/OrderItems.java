package app.parley.orders.infrastructure;

import static app.parley.persistence.Attrs.*;

import app.parley.catalog.model.ServiceId;
import app.parley.common.model.Money;
import app.parley.orders.model.*;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

final class OrderItems {
    private OrderItems() {}

    static TenantItem item(Order o) {
        return TenantItem.of(o.tenant(), Keys.order(o.tenant(), o.id().value()), Keys.META)
                .listedUnder(Keys.orderList(o.tenant(), o.status().name()), listSort(o))
                .with("orderId", o.id().value()).with("status", o.status().name()).with("lines", lines(o.lines()))
                .withPersonal("customerPhone", o.customer().phone()).withPersonal("customerName", o.customer().name())
                .withPersonal("customerAddress", o.customer().address()).withPersonal("customerNotes", o.customer().notes())
                .with("createdBy", o.createdBy()).with("createdAt", o.createdAt())
                .with("decidedBy", o.decidedBy()).with("decidedAt", o.decidedAt()).with("version", o.version());
    }

    static String listSort(Order o) { return Keys.orderListSort(Keys.sortableTime(o.createdAt()), o.id().value()); }

    private static AttributeValue lines(List<OrderLine> lines) {
        return AttributeValue.fromL(lines.stream().map(l -> AttributeValue.fromM(Map.of(
                "serviceId", s(l.serviceId().value()), "name", s(l.name()),
                "unitPrice", s(l.unitPrice().toDecimalString()), "currency", s(l.unitPrice().currency().getCurrencyCode()),
                "quantity", n(l.quantity())))).toList());
    }

    static Order order(TenantId tenant, Map<String, AttributeValue> i) {
        List<OrderLine> lines = i.get("lines").l().stream().map(v -> line(v.m())).toList();
        return new Order(tenant, new OrderId(str(i, "orderId")), OrderStatus.valueOf(str(i, "status")), lines,
                new CustomerDetails(str(i, "customerPhone"), optStr(i, "customerName"), optStr(i, "customerAddress"), optStr(i, "customerNotes")),
                str(i, "createdBy"), instant(i, "createdAt"), optStr(i, "decidedBy"), instant(i, "decidedAt"), num(i, "version"));
    }

    private static OrderLine line(Map<String, AttributeValue> m) {
        return new OrderLine(new ServiceId(str(m, "serviceId")), str(m, "name"),
                Money.of(str(m, "unitPrice"), str(m, "currency")), (int) num(m, "quantity"));
    }
}
