package app.parley.assistant.understanding;

import java.util.List;

/** Finds a phrase in a word list, in order, tolerating typos and a couple of filler words. */
final class PhraseMatch {
    static final int DEFAULT_GAP = 2;

    private PhraseMatch() {}

    /** The weakest word similarity of the best occurrence of {@code phrase}, or 0 when absent. */
    static double score(List<String> words, List<String> phrase) {
        return score(words, phrase, DEFAULT_GAP, java.util.Set.of());
    }

    /** As {@link #score(List, List)}, allowing at most {@code maxGap} filler words between phrase words. */
    static double score(List<String> words, List<String> phrase, int maxGap, java.util.Set<String> exactOnly) {
        double best = 0;
        for (int start = 0; start < words.size(); start++) {
            best = Math.max(best, from(words, phrase, start, maxGap, exactOnly));
            if (best == 1.0) break;
        }
        return best;
    }

    private static double from(List<String> words, List<String> phrase, int start, int maxGap,
                               java.util.Set<String> exactOnly) {
        double weakest = 1.0;
        int at = start;
        for (int p = 0; p < phrase.size(); p++) {
            int limit = p == 0 ? start : Math.min(words.size() - 1, at + maxGap);
            int found = -1;
            double sim = 0;
            for (int i = at; i <= limit && i < words.size(); i++) {
                String word = words.get(i);
                sim = exactOnly.contains(word) ? (word.equals(phrase.get(p)) ? 1 : 0) : Similarity.of(word, phrase.get(p));
                if (sim > 0) { found = i; break; }
            }
            if (found < 0) return 0;
            weakest = Math.min(weakest, sim);
            at = found + 1;
        }
        return weakest;
    }
}
