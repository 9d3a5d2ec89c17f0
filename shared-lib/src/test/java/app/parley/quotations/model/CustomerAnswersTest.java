package app.parley.quotations.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CustomerAnswersTest {
    @ParameterizedTest
    @ValueSource(strings = {"accept", "Accept!", "I accept", "yes, I accept", "ACCEPTED", "I accept the quotation.", "Aceito"})
    void short_acceptances_read_as_accepted(String text) {
        assertThat(CustomerAnswers.read(text)).contains(QuotationStatus.ACCEPTED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"decline", "No thanks", "I decline.", "not interested", "Declined"})
    void short_refusals_read_as_declined(String text) {
        assertThat(CustomerAnswers.read(text)).contains(QuotationStatus.DECLINED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"yes", "ok", "can you accept card payments?", "I don't accept this price, can you do a discount?",
            "how much is the bouquet", "accept accept accept accept accept accept accept accept accept accept accept"})
    void anything_else_is_no_answer(String text) {
        assertThat(CustomerAnswers.read(text)).isEmpty();
    }
}
