package app.parley.assistant.policy;

import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.DraftItem;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.OrderDraft;
import app.parley.assistant.model.OrderLine;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;

/** Which details an order request needs, and how the draft is built: by catalog id, at catalog price. */
final class OrderRules {
    private OrderRules() {}

    static List<DraftItem> add(List<DraftItem> pending, List<CatalogService> wanted) {
        var byId = new LinkedHashMap<String, DraftItem>();
        pending.forEach(item -> byId.put(item.serviceId(), item));
        wanted.forEach(s -> byId.putIfAbsent(s.id(), new DraftItem(s.id(), 1)));
        return List.copyOf(byId.values());
    }

    static List<CatalogService> services(List<DraftItem> items, Knowledge knowledge) {
        return items.stream().flatMap(i -> knowledge.service(i.serviceId()).stream()).toList();
    }

    static Set<DetailField> missing(ConversationState state, Knowledge knowledge, AssistantSettings settings) {
        var needed = EnumSet.noneOf(DetailField.class);
        needed.addAll(settings.requiredDetails());
        boolean delivered = services(state.pendingItems(), knowledge).stream().anyMatch(CatalogService::delivered);
        if (delivered || settings.sellsDeliverables()) needed.add(DetailField.ADDRESS);
        needed.removeAll(state.details().present());
        return needed;
    }

    /** Lines only for items still in the catalog; an id the catalog does not know is dropped. */
    static OrderDraft draft(ConversationState state, Knowledge knowledge, Set<DetailField> missing) {
        var lines = new ArrayList<OrderLine>();
        for (DraftItem item : state.pendingItems()) {
            knowledge.service(item.serviceId()).ifPresent(s -> lines.add(OrderLine.of(s, item.quantity())));
        }
        return new OrderDraft(lines, state.details(), missing);
    }
}
