package app.parley.assistant.understanding;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Amounts a customer names ("40 bucks", "for 4000?", "R$ 150") and percentages ("30% off"). */
final class CustomerAmounts {
    private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)";
    private static final String SIGN = "(?:r\\$|\\$|€|£|₹|rs\\.?|inr|usd|eur|gbp|brl)";
    private static final String WORD = "(?:bucks?|dollars?|usd|euros?|eur|pounds?|quid|gbp|reais|real|rupees?|"
            + "rs|inr|brl|pesos?)";
    private static final Pattern WITH_CURRENCY = Pattern.compile(
            "(?iu)" + SIGN + "\\s?" + NUMBER + "|" + NUMBER + "\\s?(?:" + SIGN + "|" + WORD + "\\b)");
    private static final Pattern TWO_DECIMALS = Pattern.compile("(?<![\\d.,])(\\d+(?:[.,]\\d{3})*[.,]\\d{2})(?!\\d)");
    private static final Pattern FOR_NUMBER = Pattern.compile(
            "(?iu)\\b(?:for|por|pay|paid|pagar|pago|pagou|pague|pague|only|just|so)\\s+" + NUMBER + "\\s*(?=[?!.,]|$|\\s+(?:and|e|y|ok)\\b)");
    private static final Pattern PERCENT = Pattern.compile("(?iu)\\d+(?:[.,]\\d+)?\\s?%|\\b(?:percent|per cent|por cento|por ciento)\\b");

    private CustomerAmounts() {}

    static List<BigDecimal> amounts(String text) {
        var found = new ArrayList<BigDecimal>();
        collect(WITH_CURRENCY.matcher(text), found);
        collect(FOR_NUMBER.matcher(text), found);
        collect(TWO_DECIMALS.matcher(text), found);
        return found;
    }

    static boolean mentionsPercentage(String text) {
        return PERCENT.matcher(text).find();
    }

    private static void collect(Matcher m, List<BigDecimal> into) {
        while (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) into.add(parse(m.group(g)));
            }
        }
    }

    /** The last separator followed by one or two digits is the decimal one; any other is a thousands one. */
    static BigDecimal parse(String number) {
        int last = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
        boolean decimal = last >= 0 && number.length() - last - 1 <= 2;
        String whole = (decimal ? number.substring(0, last) : number).replaceAll("[.,]", "");
        return new BigDecimal(decimal ? whole + "." + number.substring(last + 1) : whole);
    }
}
