package app.parley.assistant.firewall;

import app.parley.assistant.understanding.Text;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * No service outside the catalog. Two nets: a lexicon of what other kinds of business sell (any
 * mention not in the tenant's own words is refused, even in a denial: an unknown service is never
 * named), and capitalised product-like words inside a sentence that the tenant's texts do not
 * contain. Limits: a lower-case invented service of a kind missing from the lexicon passes, and
 * the capital net also refuses people's and places' names the tenant never wrote.
 */
final class ForeignNameCheck {
    private static final List<String> OTHER_OFFERINGS = List.of("implant", "braces", "aligner", "invisalign",
            "veneer", "denture", "botox", "filler", "extraction", "xray", "massage", "facial", "haircut",
            "manicure", "pedicure", "waxing", "tattoo", "piercing", "spa", "chocolate", "cake", "cupcake",
            "balloon", "wreath", "funeral", "teddy", "wine", "champagne", "hamper", "pizza", "burger", "sushi",
            "coffee", "laptop", "plumbing", "taxi", "tulip", "sunflower", "lily", "lilies", "cactus", "succulent",
            "croissant", "sourdough", "makeup", "keratin", "eyelash", "lash", "nails", "acrylic", "physiotherapy",
            "physio", "acupuncture", "laser", "mri", "surgery", "vaccine", "glasses", "lenses", "dye", "gift card",
            "membership", "subscription", "insurance plan", "warranty", "implante", "aparelho", "clareamento",
            "bolo", "massagem", "depilacao", "tatuagem", "unhas", "ortodoncia", "brackets", "carillas", "masaje",
            "tatuaje", "cirugia", "vacuna", "gafas", "sandwich", "cookie", "macaron", "bagel", "pie", "vase",
            "candle", "perfume", "jewelry", "jewellery", "whitening strips", "night guard", "retainer");
    private static final Pattern CAPITALISED = Pattern.compile("(?<![\\p{L}\\p{N}'’])\\p{Lu}[\\p{L}\\p{N}'’-]*");
    private static final Pattern FIRST_WORD = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Set<String> ORDINARY_CAPITALS = Set.of("i", "im", "ive", "ill", "id", "ok", "whatsapp",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "may", "june", "july", "august", "september", "october", "november", "december");

    private ForeignNameCheck() {}

    static void check(String visibleSentence, TenantText tenant, List<String> reasons) {
        List<String> words = Sentences.words(visibleSentence);
        for (String offering : OTHER_OFFERINGS) {
            List<String> phrase = List.of(offering.split(" "));
            if (phrase.stream().allMatch(tenant::knowsWord)) continue;
            if (contains(words, phrase)) reasons.add("service not in catalog: " + offering);
        }
        unknownCapitals(visibleSentence, tenant, reasons);
    }

    private static void unknownCapitals(String sentence, TenantText tenant, List<String> reasons) {
        Matcher first = FIRST_WORD.matcher(sentence);
        int firstWordAt = first.find() ? first.start() : -1;
        Matcher m = CAPITALISED.matcher(sentence);
        while (m.find()) {
            if (m.start() == firstWordAt) continue;
            String word = String.join("", Text.words(m.group().replaceAll("['’]s$", "")));
            if (word.length() < 2 || ORDINARY_CAPITALS.contains(word) || tenant.knowsWord(word)) continue;
            reasons.add("name not in catalog: " + m.group());
        }
    }

    private static boolean contains(List<String> words, List<String> phrase) {
        for (int i = 0; i + phrase.size() <= words.size(); i++) {
            boolean all = true;
            for (int k = 0; k < phrase.size() && all; k++) {
                all = Text.stem(words.get(i + k)).equals(Text.stem(phrase.get(k)));
            }
            if (all) return true;
        }
        return false;
    }
}
