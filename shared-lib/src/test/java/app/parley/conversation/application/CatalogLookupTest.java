package app.parley.conversation.application;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.catalog.model.Service;
import app.parley.catalog.model.ServiceId;
import app.parley.catalog.model.ServiceKind;
import app.parley.common.model.Money;
import app.parley.tenancy.model.TenantId;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogLookupTest {
    private static final TenantId T = TenantId.newId();
    private static final List<Service> CATALOG = List.of(
            new Service(T, ServiceId.newId(), ServiceKind.SERVICE, "Orchid in ceramic pot", Money.of("72.50", "USD"), "", List.of("orchid"), List.of()),
            new Service(T, ServiceId.newId(), ServiceKind.SERVICE, "Same-day delivery", Money.of("15.00", "USD"), "", List.of("same day"), List.of()));

    private static Answering.Answer ask(String text) {
        return new CatalogLookup().answer(new Answering.Question(null, CATALOG, List.of(), null, null, text));
    }

    @Test
    void quotes_the_catalog_price_exactly_for_a_keyword() {
        assertThat(ask("How much is an ORCHID?")).isEqualTo(new Answering.Answer.Reply("Orchid in ceramic pot: 72.50 USD"));
    }

    @Test
    void matches_a_multi_word_keyword_across_punctuation() {
        assertThat(ask("same-day, please")).isEqualTo(new Answering.Answer.Reply("Same-day delivery: 15.00 USD"));
    }

    @Test
    void hands_over_when_nothing_in_the_catalog_is_named() {
        assertThat(ask("Can I get a discount?")).isInstanceOf(Answering.Answer.HandOver.class);
    }

    @Test
    void a_keyword_inside_another_word_does_not_match() {
        assertThat(ask("orchids-r-us")).isInstanceOf(Answering.Answer.HandOver.class);
    }
}
