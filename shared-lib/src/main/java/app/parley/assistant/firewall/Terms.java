package app.parley.assistant.firewall;

import java.util.Arrays;
import java.util.List;

/**
 * Finds listed terms in a clause's words. A one-word term ending in '*' matches as a prefix
 * ("discount*" finds "discounted"); other terms match whole words in sequence.
 */
final class Terms {
    private final List<List<String>> terms;

    Terms(String... terms) {
        this.terms = Arrays.stream(terms).map(t -> List.of(t.split(" "))).toList();
    }

    /** Index of the first word of each occurrence, or -1 entries never; empty list when none. */
    List<int[]> find(List<String> words) {
        var hits = new java.util.ArrayList<int[]>();
        for (int t = 0; t < terms.size(); t++) {
            List<String> term = terms.get(t);
            for (int i = 0; i + term.size() <= words.size(); i++) {
                if (matchesAt(words, i, term)) hits.add(new int[] {i, t});
            }
        }
        return hits;
    }

    String name(int index) {
        return String.join(" ", terms.get(index));
    }

    private static boolean matchesAt(List<String> words, int at, List<String> term) {
        for (int k = 0; k < term.size(); k++) {
            String want = term.get(k);
            String word = words.get(at + k);
            boolean ok = want.endsWith("*") ? word.startsWith(want.substring(0, want.length() - 1)) : word.equals(want);
            if (!ok) return false;
        }
        return true;
    }

    /** Undoes digit-for-letter disguises inside words ("disc0unt", "c0nfirmed"). */
    static List<String> unmasked(List<String> words) {
        return words.stream().map(Terms::unmask).toList();
    }

    private static String unmask(String word) {
        if (!word.matches(".*\\p{L}.*") || !word.matches(".*\\d.*")) return word;
        return word.replace('0', 'o').replace('1', 'i').replace('3', 'e').replace('4', 'a').replace('5', 's')
                .replace('7', 't');
    }
}
