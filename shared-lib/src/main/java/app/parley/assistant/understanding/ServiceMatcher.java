package app.parley.assistant.understanding;

import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.Knowledge;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Finds the catalog services a message refers to, by name, tenant keywords and package contents. */
final class ServiceMatcher {
    private static final double NAME = 1.0;
    private static final double KEYWORD = 0.95;
    private static final double INCLUDED = 0.6;
    private static final double MIN_SCORE = 0.5;
    private static final double TIE = 0.15;
    private static final Set<String> FILLERS = Set.of("and", "in", "of", "the", "a", "with", "for", "e", "de",
            "do", "da", "com", "y", "con", "el", "la", "em", "en", "per", "one");
    private static final Set<String> ALWAYS_GENERIC = Set.of("service", "package", "treatment", "session",
            "servico", "pacote", "servicio", "paquete");

    private ServiceMatcher() {}

    /** Services the message clearly refers to, best first; near-ties are all kept. */
    static List<ServiceMatch> match(List<String> words, Knowledge knowledge) {
        Set<String> generic = genericWords(knowledge);
        var all = new ArrayList<ServiceMatch>();
        for (CatalogService service : knowledge.services()) {
            double score = score(words, service, generic);
            if (score >= MIN_SCORE) all.add(new ServiceMatch(service, score));
        }
        all.sort(Comparator.comparingDouble(ServiceMatch::score).reversed());
        if (all.isEmpty()) return List.of();
        double top = all.getFirst().score();
        return all.stream().filter(m -> m.score() >= top - TIE).toList();
    }

    private static double score(List<String> words, CatalogService service, Set<String> generic) {
        double best = phrase(words, service.name(), NAME, generic);
        for (String keyword : service.keywords()) best = Math.max(best, phrase(words, keyword, KEYWORD, generic));
        for (String part : service.includes()) best = Math.max(best, phrase(words, part, INCLUDED, generic));
        return best;
    }

    /** Whole phrase in order: its weight times the weakest typo score; else the share of distinctive words found. */
    private static double phrase(List<String> words, String phrase, double weight, Set<String> generic) {
        List<String> tokens = Text.words(phrase).stream().filter(t -> !FILLERS.contains(t)).toList();
        if (tokens.isEmpty()) return 0;
        double whole = PhraseMatch.score(words, tokens);
        if (whole > 0 && tokens.stream().anyMatch(t -> !generic.contains(t))) return weight * whole;
        double found = 0;
        for (String token : tokens) {
            if (generic.contains(token)) continue;
            found += words.stream().mapToDouble(w -> Similarity.of(w, token)).max().orElse(0);
        }
        return weight * found / tokens.size();
    }

    /** Words that name the business or its kind of offer rather than one service ("dental", "package"). */
    private static Set<String> genericWords(Knowledge knowledge) {
        var generic = new HashSet<>(ALWAYS_GENERIC);
        generic.addAll(Text.words(knowledge.businessName()));
        return generic;
    }
}
