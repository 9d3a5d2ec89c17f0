package app.parley.assistant.firewall;

import java.util.List;
import java.util.regex.Pattern;

/** No percentage, unless the sentence is the tenant's own (checked by the caller). */
final class PercentCheck {
    private static final Pattern PERCENT = Pattern.compile(
            "(?iu)\\d\\s*[%٪﹪]|\\b(?:percent|per cent|percentage|pct|por cento|por ciento|porcentagem|porcentaje)\\b");

    private PercentCheck() {}

    static void check(String visibleSentence, List<String> reasons) {
        if (PERCENT.matcher(visibleSentence).find()) reasons.add("percentage");
    }
}
