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

    /**
     * Services the message clearly refers to, best first; near-ties are kept, except a match whose
     * words are all part of a better match ("bouquet" inside "seasonal mixed bouquet").
     */
    static List<ServiceMatch> match(List<String> words, Knowledge knowledge) {
        Set<String> generic = genericWords(knowledge);
        var all = new ArrayList<Hit>();
        for (CatalogService service : knowledge.services()) {
            Hit hit = best(words, service, generic);
            if (hit.score() >= MIN_SCORE) all.add(hit);
        }
        all.sort(Comparator.comparingDouble(Hit::score).reversed());
        var kept = new ArrayList<Hit>();
        for (Hit hit : all) {
            boolean covered = kept.stream().anyMatch(k -> k.tokens().containsAll(hit.tokens()));
            if (!covered && hit.score() >= all.getFirst().score() - TIE) kept.add(hit);
        }
        return kept.stream().map(h -> new ServiceMatch(h.service(), h.score())).toList();
    }

    private static Hit best(List<String> words, CatalogService service, Set<String> generic) {
        Hit best = phrase(words, service, service.name(), NAME, generic);
        for (String keyword : service.keywords()) best = better(best, phrase(words, service, keyword, KEYWORD, generic));
        for (String part : service.includes()) best = better(best, phrase(words, service, part, INCLUDED, generic));
        return best;
    }

    /** Whole phrase in order: its weight times the weakest typo score; else the share of distinctive words found. */
    private static Hit phrase(List<String> words, CatalogService service, String phrase, double weight,
                              Set<String> generic) {
        List<String> tokens = Text.words(phrase).stream().filter(t -> !FILLERS.contains(t)).toList();
        if (tokens.isEmpty()) return new Hit(service, 0, Set.of());
        double whole = PhraseMatch.score(words, tokens);
        if (whole > 0 && tokens.stream().anyMatch(t -> !generic.contains(t))) {
            return new Hit(service, weight * whole, Set.copyOf(tokens));
        }
        double found = 0;
        var matched = new HashSet<String>();
        for (String token : tokens) {
            if (generic.contains(token)) continue;
            double sim = words.stream().mapToDouble(w -> Similarity.of(w, token)).max().orElse(0);
            if (sim > 0) matched.add(token);
            found += sim;
        }
        return new Hit(service, weight * found / tokens.size(), matched);
    }

    private static Hit better(Hit a, Hit b) {
        return b.score() > a.score() ? b : a;
    }

    /** Words that name the business or its kind of offer rather than one service ("dental", "package"). */
    private static Set<String> genericWords(Knowledge knowledge) {
        var generic = new HashSet<>(ALWAYS_GENERIC);
        generic.addAll(Text.words(knowledge.businessName()));
        return generic;
    }

    private record Hit(CatalogService service, double score, Set<String> tokens) {}
}
