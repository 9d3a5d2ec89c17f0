package app.parley.tickets.application;

import app.parley.tickets.model.Ticket;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Picks the category of a customer's words from the tenant's {@code issues} lookup table, without a
 * model: the value sharing the most words with the text wins (a word matches another when one starts
 * with the other and the shorter has at least four letters: "deliver" ~ "delivery", "damaged" ~ "damage");
 * ties go to the value listed first. No shared word: a value named like "complaint", else {@link Ticket#UNCATEGORIZED}.
 */
public final class IssueCategories {
    private static final Set<String> IGNORED = Set.of("the", "and", "for", "with", "your", "you", "was", "are", "this",
            "that", "have", "not", "but", "from", "my", "a", "an", "of", "to", "is", "it", "in", "on", "me");
    private static final Set<String> GENERAL = Set.of("complaint", "complaints", "other", "general", "reclamacao", "queja");

    private IssueCategories() {}

    public static String categorize(List<String> issues, String text) {
        Set<String> words = words(text);
        String best = null;
        int bestScore = 0;
        for (String issue : issues) {
            int score = (int) words(issue).stream().filter(w -> words.stream().anyMatch(t -> alike(w, t))).count();
            if (score > bestScore) {
                best = issue;
                bestScore = score;
            }
        }
        if (best != null) return best;
        return issues.stream().filter(i -> GENERAL.contains(fold(i).strip())).findFirst().orElse(Ticket.UNCATEGORIZED);
    }

    private static boolean alike(String a, String b) {
        String shorter = a.length() <= b.length() ? a : b;
        String longer = shorter == a ? b : a;
        return shorter.equals(longer) || (shorter.length() >= 4 && longer.startsWith(shorter));
    }

    private static Set<String> words(String text) {
        return Arrays.stream(fold(text).split("[^a-z0-9]+")).filter(w -> w.length() >= 3 && !IGNORED.contains(w))
                .collect(Collectors.toSet());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
