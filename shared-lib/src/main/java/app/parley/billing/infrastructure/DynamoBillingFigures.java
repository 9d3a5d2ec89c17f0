package app.parley.billing.infrastructure;

import app.parley.billing.application.BillingFigures;
import app.parley.billing.model.PlatformFigures;
import app.parley.billing.model.TenantRevenue;
import app.parley.common.model.Money;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.model.TenantId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Reads the counters {@link FigureWrites} maintains: one item, plus one revenue line per paying tenant. */
public final class DynamoBillingFigures implements BillingFigures {
    private final PlatformTable table;

    public DynamoBillingFigures(PlatformTable table) { this.table = table; }

    @Override
    public PlatformFigures read() {
        Map<String, AttributeValue> all = table.get(Keys.platformFigures(), Keys.FIGURES_ALL).orElse(Map.of());
        List<TenantRevenue> revenue = table.query(Keys.platformRevenue(), "", Integer.MAX_VALUE, false).stream()
                .map(i -> new TenantRevenue(new TenantId(Attrs.str(i, "tenantId")), amounts(i, FigureWrites.PAID))).toList();
        return new PlatformFigures(amounts(all, FigureWrites.MRR), count(all, "active"), count(all, "trialsStarted"),
                count(all, "trialsConverted"), count(all, "suspensions"), count(all, "churned"), revenue);
    }

    private static long count(Map<String, AttributeValue> item, String name) {
        return item.containsKey(name) ? Attrs.num(item, name) : 0;
    }

    private static List<Money> amounts(Map<String, AttributeValue> item, String prefix) {
        List<Money> amounts = new ArrayList<>();
        item.forEach((name, value) -> {
            if (name.startsWith(prefix)) {
                Currency currency = Currency.getInstance(name.substring(prefix.length()));
                amounts.add(new Money(new BigDecimal(value.n()).setScale(Math.max(currency.getDefaultFractionDigits(), 0)), currency));
            }
        });
        amounts.sort((a, b) -> a.currency().getCurrencyCode().compareTo(b.currency().getCurrencyCode()));
        return amounts;
    }
}
