package app.parley.assistant.understanding;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalises text for matching: compatibility forms (fullwidth digits, ligatures), no invisible
 * characters, common Cyrillic/Greek look-alikes mapped to Latin, no accents, lower case.
 * Both the understanding and the firewall read text through this, so unicode tricks cannot
 * hide a word from one of them.
 */
public final class Text {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cf}\\p{Cc}&&[^\\n\\t]]");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Map<Character, Character> LOOK_ALIKES = Map.ofEntries(
            Map.entry('а', 'a'), Map.entry('е', 'e'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('с', 'c'), Map.entry('у', 'y'), Map.entry('х', 'x'), Map.entry('і', 'i'),
            Map.entry('ј', 'j'), Map.entry('ѕ', 's'), Map.entry('А', 'A'), Map.entry('Е', 'E'),
            Map.entry('О', 'O'), Map.entry('Р', 'P'), Map.entry('С', 'C'), Map.entry('Т', 'T'),
            Map.entry('Н', 'H'), Map.entry('К', 'K'), Map.entry('М', 'M'), Map.entry('В', 'B'),
            Map.entry('ο', 'o'), Map.entry('α', 'a'), Map.entry('ε', 'e'), Map.entry('Ο', 'O'),
            Map.entry('ı', 'i'));

    private Text() {}

    /** Visible form: NFKC, invisible characters removed, look-alikes mapped; case and accents kept. */
    public static String visible(String raw) {
        String nfkc = Normalizer.normalize(raw == null ? "" : raw, Normalizer.Form.NFKC);
        String clean = INVISIBLE.matcher(nfkc).replaceAll("");
        var out = new StringBuilder(clean.length());
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            out.append(LOOK_ALIKES.getOrDefault(c, c));
        }
        return out.toString();
    }

    /** Matching form: visible, without accents, lower case, curly quotes straightened. */
    public static String folded(String raw) {
        String decomposed = Normalizer.normalize(visible(raw), Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
    }

    /** Words of the folded text; hyphens inside a word are dropped ("check-up" is "checkup"). */
    public static List<String> words(String raw) {
        var words = new ArrayList<String>();
        var m = WORD.matcher(folded(raw));
        while (m.find()) words.add(m.group().replace("-", "").replace("'", ""));
        return words;
    }

    /** A crude singular/stem so "orchids", "roses", "checkups", "opening" meet their catalog word. */
    public static String stem(String word) {
        if (word.length() > 5 && word.endsWith("ing")) return word.substring(0, word.length() - 3);
        if (word.length() > 4 && word.endsWith("ies")) return word.substring(0, word.length() - 3) + "y";
        if (word.length() > 4 && (word.endsWith("oes") || word.endsWith("ches") || word.endsWith("shes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) return word.substring(0, word.length() - 1);
        return word;
    }
}
