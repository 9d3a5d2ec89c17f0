package app.parley.tickets.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IssueCategoriesTest {
    private static final List<String> BLOOM = List.of("Late delivery", "Damaged flowers", "Wrong address", "Refund request");
    private static final List<String> SUNRISE = List.of("Appointment change", "Billing question", "Post-treatment pain", "Complaint");

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "My roses arrived damaged|Damaged flowers",
            "the delivery was so late!|Late delivery",
            "You delivered to the wrong address|Wrong address",
            "I want a refund now|Refund request",
            "the flowers were damaged and the delivery was late|Late delivery"})  // a tie: the value listed first
    void picks_the_issue_sharing_the_most_words_with_the_complaint(String text, String expected) {
        assertThat(IssueCategories.categorize(BLOOM, text)).isEqualTo(expected);
    }

    @Test
    void a_complaint_without_a_matching_issue_falls_back_to_a_general_value_or_uncategorized() {
        assertThat(IssueCategories.categorize(SUNRISE, "This is the worst service ever")).isEqualTo("Complaint");
        assertThat(IssueCategories.categorize(SUNRISE, "My tooth still hurts after the treatment")).isEqualTo("Post-treatment pain");
        assertThat(IssueCategories.categorize(BLOOM, "Awful, simply awful")).isEqualTo("Uncategorized");
        assertThat(IssueCategories.categorize(List.of(), "damaged")).isEqualTo("Uncategorized");
    }

    @Test
    void short_words_never_match_by_prefix_alone() {
        assertThat(IssueCategories.categorize(List.of("Wrong address", "Damaged flowers"), "the dam was wrong")).isEqualTo("Wrong address");
    }
}
