package app.parley.billing.infrastructure;

import app.parley.billing.model.Invoice;
import app.parley.billing.model.InvoiceLine;
import app.parley.billing.model.InvoiceNumber;
import app.parley.billing.model.InvoiceStatus;
import app.parley.common.model.Money;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** An invoice item: {@code T#t#INVOICES / INV#yyyy-MM}; lines as a JSON list of decimal strings. */
final class InvoiceItems {
    private static final ObjectMapper JSON = new ObjectMapper();

    private InvoiceItems() {}

    static TenantItem item(Invoice i) {
        return TenantItem.of(i.tenant(), Keys.invoices(i.tenant()), Keys.invoice(i.period()))
                .with("number", i.number().sequence()).with("period", i.period()).with("status", i.status().name())
                .with("total", i.total().toDecimalString()).with("currency", i.total().currency().getCurrencyCode())
                .with("issuedAt", i.issuedAt()).with("lines", lines(i.lines()));
    }

    static Invoice invoice(Map<String, AttributeValue> item, TenantId tenant) {
        String currency = Attrs.str(item, "currency");
        return new Invoice(new InvoiceNumber(Attrs.num(item, "number")), tenant, Attrs.str(item, "period"),
                lines(Attrs.str(item, "lines"), currency), Money.of(Attrs.str(item, "total"), currency),
                InvoiceStatus.valueOf(Attrs.str(item, "status")), Attrs.instant(item, "issuedAt"));
    }

    private static String lines(List<InvoiceLine> lines) {
        ArrayNode array = JSON.createArrayNode();
        lines.forEach(l -> array.addObject().put("description", l.description()).put("quantity", l.quantity().toPlainString())
                .put("unitPrice", l.unitPrice().toPlainString()).put("amount", l.amount().toDecimalString()));
        return array.toString();
    }

    private static List<InvoiceLine> lines(String json, String currency) {
        try {
            List<InvoiceLine> lines = new ArrayList<>();
            for (JsonNode n : JSON.readTree(json)) {
                lines.add(new InvoiceLine(n.get("description").textValue(), new BigDecimal(n.get("quantity").textValue()),
                        new BigDecimal(n.get("unitPrice").textValue()), Money.of(n.get("amount").textValue(), currency)));
            }
            return lines;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored invoice lines are not JSON", e);
        }
    }
}
