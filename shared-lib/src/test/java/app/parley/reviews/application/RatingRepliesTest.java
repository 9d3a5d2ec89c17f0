package app.parley.reviews.application;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingRepliesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "5|5|''",
            "4 - lovely roses|4|lovely roses",
            "2, the roses wilted|2|the roses wilted",
            "5/5 great service|5|great service",
            "rating: 3|3|''",
            "1 star. Nobody called me|1|Nobody called me",
            "⭐⭐⭐⭐ thanks|4|thanks",
            "⭐️⭐️ meh|2|meh",
            "*** ok|3|ok"})
    void reads_the_rating_and_keeps_the_comment(String text, int stars, String comment) {
        var rating = RatingReplies.read(text).orElseThrow();
        assertThat(rating.stars()).isEqualTo(stars);
        assertThat(rating.comment()).isEqualTo(comment);
    }

    @ParameterizedTest
    @ValueSource(strings = {"How much are red roses?", "0", "6", "10 roses please", "3.5", "2,50 euros?", "", "hello 5"})
    void anything_else_is_no_rating(String text) {
        assertThat(RatingReplies.read(text)).isEmpty();
    }
}
