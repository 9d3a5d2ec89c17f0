package app.parley.assistant.firewall;

import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.Faq;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.understanding.Text;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The tenant's own words: sentences that may be quoted as they are, its vocabulary, its prices. */
record TenantText(Set<String> sentences, Set<String> vocabulary, List<BigDecimal> prices, String currency) {

    static TenantText of(Knowledge knowledge) {
        var quotable = new ArrayList<String>();
        var named = new ArrayList<String>(List.of(knowledge.businessName()));
        for (CatalogService s : knowledge.services()) {
            quotable.add(s.description());
            named.add(s.name());
            named.addAll(s.keywords());
            named.addAll(s.includes());
        }
        for (Faq faq : knowledge.faqs()) {
            quotable.add(faq.answer());
            named.add(faq.question());
        }
        var sentences = new HashSet<String>();
        quotable.forEach(text -> Sentences.of(Text.visible(text)).forEach(s -> sentences.add(key(s))));
        var vocabulary = new HashSet<String>();
        named.addAll(quotable);
        named.forEach(text -> Text.words(text).forEach(w -> vocabulary.add(Text.stem(w))));
        var prices = knowledge.services().stream().map(s -> s.price().amount()).toList();
        return new TenantText(Set.copyOf(sentences), Set.copyOf(vocabulary), prices,
                knowledge.currency().getCurrencyCode());
    }

    /** A sentence written by the tenant itself (FAQ answers, service descriptions), so it may quote %, "free". */
    boolean isQuoted(String sentence) {
        return sentences.contains(key(sentence));
    }

    boolean isPrice(BigDecimal amount) {
        return prices.stream().anyMatch(p -> p.compareTo(amount) == 0);
    }

    boolean knowsWord(String foldedWord) {
        return vocabulary.contains(Text.stem(foldedWord));
    }

    private static String key(String sentence) {
        return String.join(" ", Text.words(sentence));
    }
}
