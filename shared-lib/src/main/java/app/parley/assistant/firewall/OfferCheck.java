package app.parley.assistant.firewall;

import app.parley.assistant.understanding.Text;
import java.util.List;
import java.util.regex.Pattern;

/**
 * No discount, coupon, promo, special price, price match, "cheaper" or free-of-charge offer, in
 * English, Portuguese or Spanish. A clause that denies them ("we don't offer discounts") passes:
 * a negation must stand shortly before the term in the same clause, the sentence must not be a
 * question ("isn't that a great deal?"), must not be hedged or contrasted ("we don't usually give
 * discounts, but...") and must not carry a code-like token (SAVE20).
 */
final class OfferCheck {
    private static final Terms OFFERS = new Terms("discount*", "coupon*", "promo*", "voucher*", "cheap*",
            "deal", "deals", "bargain*", "sale", "special price*", "special offer*", "special rate*", "price match*", "match*", "beat*",
            "match the price", "match any price", "lower price*", "reduced", "reduce the price", "best price",
            "your price", "exclusive price*", "for free", "free", "complimentary", "on the house", "no charge",
            "no extra charge", "no cost", "waive*", "half price", "half off", "bogo", "buy one get one",
            "two for one", "rebate*", "markdown", "clearance", "desconto*", "cupom", "cupons", "promocao",
            "promocoes", "preco especial", "precos especiais", "preco promocional", "barat*", "gratis", "gratuit*",
            "de graca", "sem custo", "cortesia", "oferta*", "abatimento", "leve 2 pague 1", "descuento*", "cupon*",
            "precio especial", "precios especiales", "sin costo", "sin cargo", "rebaja*", "regalo", "brinde");
    private static final Pattern NUMBER_OFF = Pattern.compile("(?iu)\\d\\s*%?\\s*off\\b|\\b\\d+\\s*x\\s*1\\b|\\b2 for 1\\b");
    private static final Pattern HEDGE = Pattern.compile("\\b(?:but|however|usually|normally|typically|generally|"
            + "often|unless|except|until|yet|today|now|mas|porem|pero|salvo|excepto|normalmente|geralmente|hoje|hoy|"
            + "ahora|agora|a menos|ainda|todavia)\\b");
    private static final Pattern CODE_LIKE = Pattern.compile("\\b(?=[A-Z0-9]*[A-Z])(?=[A-Z0-9]*\\d)[A-Z0-9]{4,}\\b");

    private OfferCheck() {}

    static void check(String visibleSentence, List<String> reasons) {
        if (NUMBER_OFF.matcher(visibleSentence).find()) reasons.add("offer: amount off");
        String folded = Text.folded(visibleSentence);
        boolean question = visibleSentence.strip().endsWith("?") || visibleSentence.contains("¿");
        boolean code = CODE_LIKE.matcher(visibleSentence).find();
        boolean hedged = HEDGE.matcher(folded).find();
        for (String clause : Sentences.clauses(folded)) {
            List<String> words = Terms.unmasked(Sentences.words(clause));
            for (int[] hit : OFFERS.find(words)) {
                if (isHarmlessFree(words, hit[0], OFFERS.name(hit[1]))) continue;
                boolean denied = Sentences.negatedBefore(words, hit[0]) && !question && !code && !hedged;
                if (!denied) reasons.add("offer: " + OFFERS.name(hit[1]));
            }
        }
    }

    /** "feel free to ask" and "free to choose" offer nothing. */
    private static boolean isHarmlessFree(List<String> words, int at, String term) {
        if (!term.equals("free")) return false;
        boolean feel = at > 0 && words.get(at - 1).equals("feel");
        boolean freeTo = at + 1 < words.size() && words.get(at + 1).equals("to");
        boolean partOfForFree = at > 0 && words.get(at - 1).equals("for");
        return feel || freeTo || partOfForFree;
    }
}
