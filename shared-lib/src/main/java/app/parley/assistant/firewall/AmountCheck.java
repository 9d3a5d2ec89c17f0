package app.parley.assistant.firewall;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every money amount must be a catalog price of this tenant, in its currency. An amount is a
 * number next to a currency sign, code or word, a bare number with two decimals, or a number
 * after "for/only/price". Amounts spelled in words next to a currency word are always refused.
 */
final class AmountCheck {
    private static final String NUMBER = "(\\d{1,3}(?:[.,]\\d{3})+(?:[.,]\\d{1,2})?|\\d+(?:[.,]\\d{1,2})?)\\s?(k|mil)?";
    private static final String SIGNS = "r\\$|us\\$|a\\$|c\\$|\\$|€|£|₹|rs\\.?|inr|usd|eur|gbp|brl";
    private static final String WORDS = "reais|real|euros?|pounds?|quid|pence|dollars?|bucks|rupees?|rs|cents?|"
            + "centavos|centimos|pesos?|dolares";
    private static final Pattern BEFORE = Pattern.compile("(?iu)(" + SIGNS + ")\\s?" + NUMBER);
    private static final Pattern AFTER = Pattern.compile(
            "(?iu)(?<![\\p{L}\\d])" + NUMBER + "\\s?(" + SIGNS + "|(?:" + WORDS + ")\\b)");
    private static final Pattern BARE_DECIMAL = Pattern.compile("(?<![\\d.,])(\\d+(?:[.,]\\d{3})*[.,]\\d{2})(?![\\d])");
    private static final Pattern PRICED_NUMBER = Pattern.compile(
            "(?iu)\\b(?:for|only|just|price|priced|costs?|pay|now|por|para|preco|precio|custa|cuesta|solo|so)\\s+(?:of\\s+|is\\s+|de\\s+)?"
                    + "(\\d{2,}(?:[.,]\\d{1,2})?)\\b(?!\\s?(?::|am|pm|h\\b|minutes|min|hours|people|pessoas|personas|x\\b))");
    private static final Pattern SPELLED = Pattern.compile(
            "(?iu)\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|sixty|seventy|"
                    + "eighty|ninety|hundred|thousand|cem|cinquenta|mil|cien|cincuenta|quarenta|cuarenta|vinte|veinte)\\s+("
                    + WORDS + ")\\b");
    private static final Map<String, String> CURRENCY_OF = Map.ofEntries(
            Map.entry("r$", "BRL"), Map.entry("brl", "BRL"), Map.entry("reais", "BRL"), Map.entry("real", "BRL"),
            Map.entry("centavos", "BRL"), Map.entry("us$", "USD"), Map.entry("$", "USD"), Map.entry("usd", "USD"),
            Map.entry("dollar", "USD"), Map.entry("dollars", "USD"), Map.entry("bucks", "USD"), Map.entry("cent", "USD"),
            Map.entry("cents", "USD"), Map.entry("dolares", "USD"), Map.entry("€", "EUR"), Map.entry("eur", "EUR"),
            Map.entry("euro", "EUR"), Map.entry("euros", "EUR"), Map.entry("centimos", "EUR"), Map.entry("£", "GBP"),
            Map.entry("gbp", "GBP"), Map.entry("pound", "GBP"), Map.entry("pounds", "GBP"), Map.entry("quid", "GBP"),
            Map.entry("pence", "GBP"), Map.entry("₹", "INR"), Map.entry("inr", "INR"), Map.entry("rs", "INR"),
            Map.entry("rs.", "INR"), Map.entry("rupee", "INR"), Map.entry("rupees", "INR"), Map.entry("a$", "AUD"),
            Map.entry("c$", "CAD"));

    private AmountCheck() {}

    static void check(String visibleSentence, TenantText tenant, List<String> reasons) {
        Matcher before = BEFORE.matcher(visibleSentence);
        while (before.find()) judge(before.group(2), before.group(3), before.group(1), tenant, reasons);
        Matcher after = AFTER.matcher(visibleSentence);
        while (after.find()) judge(after.group(1), after.group(2), after.group(3), tenant, reasons);
        Matcher bare = BARE_DECIMAL.matcher(visibleSentence);
        while (bare.find()) judge(bare.group(1), null, null, tenant, reasons);
        Matcher priced = PRICED_NUMBER.matcher(visibleSentence);
        while (priced.find()) judge(priced.group(1), null, null, tenant, reasons);
        Matcher spelled = SPELLED.matcher(visibleSentence);
        if (spelled.find()) reasons.add("amount in words: " + spelled.group());
    }

    private static void judge(String number, String multiplier, String marker, TenantText tenant, List<String> reasons) {
        BigDecimal amount = parse(number);
        if (multiplier != null) amount = amount.multiply(BigDecimal.valueOf(1000));
        if (!tenant.isPrice(amount)) reasons.add("amount not in catalog: " + number);
        currency(marker).filter(c -> !c.equals(tenant.currency()))
                .ifPresent(c -> reasons.add("amount in another currency: " + marker + number));
    }

    private static Optional<String> currency(String marker) {
        if (marker == null) return Optional.empty();
        String key = marker.toLowerCase(java.util.Locale.ROOT);
        return Optional.ofNullable(CURRENCY_OF.getOrDefault(key, CURRENCY_OF.get(key.replaceAll("s$", ""))));
    }

    /** The last separator followed by one or two digits is the decimal one; any other groups thousands. */
    static BigDecimal parse(String number) {
        int last = Math.max(number.lastIndexOf('.'), number.lastIndexOf(','));
        boolean decimal = last >= 0 && number.length() - last - 1 <= 2;
        String whole = (decimal ? number.substring(0, last) : number).replaceAll("[.,]", "");
        return new BigDecimal(decimal ? whole + "." + number.substring(last + 1) : whole);
    }
}
