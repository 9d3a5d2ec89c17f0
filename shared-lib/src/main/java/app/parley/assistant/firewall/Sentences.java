package app.parley.assistant.firewall;

import app.parley.assistant.understanding.Text;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/** Sentence and clause splitting, and the negation test shared by the language checks. */
final class Sentences {
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?…])\\s+|\\n+|(?<=[.!?])(?=[¡¿])");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "[;:()\\-–—]|\\b(?:but|however|though|although|except|yet|mas|porem|contudo|pero|sin embargo|aunque|so)\\b");
    private static final Set<String> NEGATIONS = Set.of("not", "no", "dont", "doesnt", "didnt", "never", "cannot",
            "cant", "unable", "isnt", "arent", "wont", "nor", "neither", "havent", "hasnt", "without", "nao", "nem",
            "nunca", "ni", "tampoco", "sem", "sin", "none", "nothing", "nada", "nenhum", "ninguno", "ningun");
    private static final Set<String> CLAUSE_VERBS = Set.of("get", "gets", "got", "have", "has", "give", "gives",
            "take", "takes", "enjoy", "use", "here", "heres", "is", "are", "its", "was", "will", "can", "ll", "youll",
            "well", "ive", "weve", "we", "you", "i", "it", "tem", "temos", "ganha", "ganhe", "da", "damos", "esta",
            "e", "vai", "tiene", "tenemos", "es", "va", "usa", "aqui", "te", "voce", "tu", "nos");
    private static final int NEGATION_REACH = 10;

    private Sentences() {}

    static List<String> of(String text) {
        return Arrays.stream(SENTENCE_END.split(text)).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Clauses of a folded sentence. A comma starts a new clause only when what follows has a verb of
     * its own ("no worries, you get a discount"); a comma list stays under one negation
     * ("we don't have promo codes, coupons or price matching").
     */
    static List<String> clauses(String foldedSentence) {
        var clauses = new java.util.ArrayList<String>();
        for (String part : CLAUSE_BREAK.split(foldedSentence)) {
            String current = null;
            for (String piece : part.split(",")) {
                boolean ownClause = current == null || words(piece).stream().anyMatch(CLAUSE_VERBS::contains);
                if (ownClause) {
                    if (current != null) clauses.add(current);
                    current = piece;
                } else {
                    current = current + "," + piece;
                }
            }
            if (current != null && !current.isBlank()) clauses.add(current);
        }
        return clauses;
    }

    /**
     * True when a negation stands shortly before the word at {@code index}, in the same clause,
     * and it is not "not only" / "why not" (which affirm).
     */
    static boolean negatedBefore(List<String> words, int index) {
        for (int i = Math.max(0, index - NEGATION_REACH); i < index; i++) {
            if (!NEGATIONS.contains(words.get(i))) continue;
            String after = i + 1 < words.size() ? words.get(i + 1) : "";
            String before = i > 0 ? words.get(i - 1) : "";
            boolean affirming = Set.of("only", "just", "so", "problem", "worries", "worry", "wait", "to", "doubt").contains(after)
                    || before.equals("why") || before.equals("por") && words.get(i).equals("nao");
            if (!affirming) return true;
        }
        return false;
    }

    static List<String> words(String text) {
        return Text.words(text);
    }
}
