package app.parley.assistant.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.Answer;
import app.parley.assistant.Assistant;
import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.ConversationState;
import app.parley.assistant.model.CustomerMessage;
import app.parley.assistant.model.Faq;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.ServiceKind;
import app.parley.assistant.model.WorkingHours;
import app.parley.common.model.Money;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** A tenant's descriptions and answers are quoted as sentences even when they were typed without a full stop. */
class TenantWordsInRepliesTest {
    private final Assistant assistant = new Assistant(Clock.fixed(Instant.parse("2026-03-04T15:00:00Z"), ZoneOffset.UTC));

    @Test
    void a_description_without_a_full_stop_ends_its_sentence_before_the_offer_and_is_not_handed_over() {
        var answer = ask(knowledge("Carnauba wax by hand, ready in an hour", "We open at 8"), "how much is the wax?");

        assertThat(answer).isInstanceOfSatisfying(Answer.Reply.class, r -> assertThat(r.text())
                .contains("$40.00").contains("ready in an hour. ").doesNotContain("hour Would"));
    }

    @Test
    void an_faq_answer_without_a_full_stop_ends_its_sentence_before_the_next_one() {
        var answer = ask(knowledge("Carnauba wax by hand.", "We open at 8"), "what time do you open?");

        assertThat(answer).isInstanceOfSatisfying(Answer.Reply.class, r -> assertThat(r.text()).startsWith("We open at 8. "));
    }

    @Test
    void a_description_that_ends_in_a_question_or_exclamation_keeps_its_own_mark() {
        var answer = ask(knowledge("Spotless every time!", "We open at 8."), "how much is the wax?");

        assertThat(answer).isInstanceOfSatisfying(Answer.Reply.class, r -> assertThat(r.text()).contains("Spotless every time! ")
                .doesNotContain("time!."));
    }

    private Answer ask(Knowledge knowledge, String text) {
        return assistant.answer(knowledge, AssistantSettings.defaults(WorkingHours.always(ZoneId.of("America/New_York")), true),
                ConversationState.fresh(), new CustomerMessage(text));
    }

    private static Knowledge knowledge(String description, String openingAnswer) {
        return new Knowledge("Shine Car Wash", Currency.getInstance("USD"), Locale.US, List.of(
                new CatalogService("wash", "Car wash", ServiceKind.SERVICE, Money.of("25.00", "USD"), "Full wash inside and out.",
                        List.of("wash", "car wash"), List.of(), true),
                new CatalogService("wax", "Hand wax", ServiceKind.SERVICE, Money.of("40.00", "USD"), description,
                        List.of("wax"), List.of(), true)),
                List.of(new Faq("f1", "What time do you open?", openingAnswer)));
    }
}
