package app.parley.reviews.application;

import app.parley.reviews.model.Rating;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a rating out of a customer's reply, deterministically: a lone digit 1–5 at the start ("4", "2 - the
 * roses wilted", "5/5 great", "rating: 3"), or a row of stars ("⭐⭐⭐⭐", "***"). Anything else is no rating.
 */
public final class RatingReplies {
    private static final Pattern DIGIT = Pattern.compile(
            "^\\s*(?:(?:rating|nota|score|puntuacion|estrellas|stars?)\\s*[:=-]?\\s*)?([1-5])(?![0-9]|[.,][0-9])\\s*(?:/\\s*5|stars?|estrelas?|estrellas?|out of 5)?[\\s.,:;!-]*(.*)$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern STARS = Pattern.compile("^\\s*((?:\u2b50|\u2605|\\*)\\s*){1,5}(?![\u2b50\u2605*])[\\s.,:;!-]*(.*)$", Pattern.DOTALL);

    private RatingReplies() {}

    public static Optional<Rating> read(String text) {
        if (text == null) return Optional.empty();
        text = text.replace("\uFE0F", "");
        Matcher digit = DIGIT.matcher(text);
        if (digit.matches()) return Optional.of(new Rating(Integer.parseInt(digit.group(1)), digit.group(2)));
        Matcher stars = STARS.matcher(text);
        if (stars.matches()) {
            String row = text.substring(0, stars.start(2)).replaceAll("[^\u2b50\u2605*]", "");
            return Optional.of(new Rating(row.length(), stars.group(2)));
        }
        return Optional.empty();
    }
}
