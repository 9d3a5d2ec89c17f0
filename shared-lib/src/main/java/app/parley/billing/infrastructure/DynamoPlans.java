package app.parley.billing.infrastructure;

import app.parley.billing.application.Plans;
import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import app.parley.common.model.Money;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** Plans in the platform table, one partition ({@code P#BILLING#PLANS}), amounts as decimal strings. */
public final class DynamoPlans implements Plans {
    private final PlatformTable table;

    public DynamoPlans(PlatformTable table) { this.table = table; }

    @Override
    public void save(Plan p) {
        table.put(PlatformItem.of(Keys.platformPlans(), Keys.plan(p.id().value()))
                .with("planId", p.id().value()).with("name", p.name())
                .with("price", p.monthlyPrice().toDecimalString()).with("currency", p.currency().getCurrencyCode())
                .with("includedMessages", p.includedMessages()).with("includedAiTokens", p.includedAiTokens())
                .with("messageRate", p.messageOverageRate().toPlainString()).with("aiTokenRate", p.aiTokenOverageRate().toPlainString())
                .with("maxUsers", p.maxUsers()).with("maxNumbers", p.maxNumbers()).with("trialDays", p.trialDays()));
    }

    @Override
    public Optional<Plan> find(PlanId id) {
        return table.get(Keys.platformPlans(), Keys.plan(id.value())).map(DynamoPlans::plan);
    }

    @Override
    public List<Plan> list() {
        return table.query(Keys.platformPlans(), "PLAN#", 1000, false).stream().map(DynamoPlans::plan).toList();
    }

    private static Plan plan(Map<String, AttributeValue> i) {
        return new Plan(new PlanId(Attrs.str(i, "planId")), Attrs.str(i, "name"),
                Money.of(Attrs.str(i, "price"), Attrs.str(i, "currency")),
                Attrs.num(i, "includedMessages"), Attrs.num(i, "includedAiTokens"),
                new BigDecimal(Attrs.str(i, "messageRate")), new BigDecimal(Attrs.str(i, "aiTokenRate")),
                (int) Attrs.num(i, "maxUsers"), (int) Attrs.num(i, "maxNumbers"), (int) Attrs.num(i, "trialDays"));
    }
}
