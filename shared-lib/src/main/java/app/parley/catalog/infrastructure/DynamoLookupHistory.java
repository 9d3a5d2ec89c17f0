package app.parley.catalog.infrastructure;

import static app.parley.persistence.Attrs.str;
import static app.parley.persistence.Attrs.strings;

import app.parley.catalog.application.LookupHistory;
import app.parley.catalog.model.LookupChange;
import app.parley.common.model.Page;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.tenancy.model.TenantId;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** {@code T#t#LOOKUPHIST#<table> / <time>#<id>}: one partition per table, read newest first. */
public final class DynamoLookupHistory implements LookupHistory {
    private final TenantTable table;

    public DynamoLookupHistory(TenantTable table) { this.table = table; }

    @Override
    public void record(LookupChange c) {
        table.put(TenantItem.of(c.tenant(), Keys.lookupHistory(c.tenant(), c.table()), Keys.lookupChange(Keys.sortableTime(c.at()), c.id()))
                .with("changeId", c.id()).with("table", c.table()).with("actor", c.actor()).with("action", c.action().name())
                .with("before", c.before()).with("after", c.after()).with("at", c.at()));
    }

    @Override
    public Page<LookupChange> page(TenantId tenant, String name, int limit, String cursor) {
        return table.queryPage(tenant, Keys.lookupHistory(tenant, name), "", limit, true, cursor).toPage(i -> change(tenant, i));
    }

    private static LookupChange change(TenantId tenant, Map<String, AttributeValue> i) {
        return new LookupChange(tenant, str(i, "table"), str(i, "changeId"), str(i, "actor"), LookupChange.Action.valueOf(str(i, "action")),
                strings(i, "before"), strings(i, "after"), Attrs.instant(i, "at"));
    }
}
