package app.parley.assistant.understanding;

import app.parley.assistant.model.CustomerDetails;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Pulls a name, a preferred time and an address out of what the customer wrote. */
final class DetailExtractor {
    private static final Pattern NAME = Pattern.compile(
            "(?iuU)\\b(?:my name is|my name's|name's|name is|name:|i am called|meu nome [eé]|me chamo|nome:|"
                    + "mi nombre es|me llamo|nombre:)\\s*([\\p{L}][\\p{L}'.-]*(?:[ \\t]+[\\p{L}][\\p{L}'.-]*){0,5})");
    private static final Set<String> NAME_STOPS = Set.of("and", "e", "y", "i", "im", "but", "mas", "pero",
            "please", "pls", "por", "for", "from", "to", "on", "at", "my", "para", "com", "con", "tomorrow",
            "today", "amanha", "manana", "hoje", "hoy", "deliver", "send", "book", "want", "would", "need");
    private static final Set<String> NAME_RED_FLAGS = Set.of("ignore", "instruction", "instructions", "price",
            "prices", "system", "set", "override", "confirm", "discount", "admin", "prompt", "assistant",
            "previous", "free", "preco", "precio", "ignora", "desconto", "descuento", "null", "select", "drop");
    private static final Pattern TIME = Pattern.compile(
            "(?iuU)\\b(?:today|tonight|tomorrow|tmrw|tmr|this weekend|next week|(?:this |next )?(?:monday|tuesday|"
                    + "wednesday|thursday|friday|saturday|sunday)(?: (?:morning|afternoon|evening|night))?|"
                    + "(?:in the )?(?:morning|afternoon|evening)|hoje|amanh[ãa]|segunda|ter[çc]a|quarta|quinta|sexta|"
                    + "s[áa]bado|domingo|de manh[ãa]|[àa] tarde|[àa] noite|hoy|ma[ñn]ana|lunes|martes|mi[ée]rcoles|"
                    + "jueves|viernes|por la tarde|\\d{1,2}(?::\\d{2})?\\s?(?:am|pm|h)|\\d{1,2}:\\d{2}|"
                    + "\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?)\\b");
    private static final Pattern ADDRESS = Pattern.compile(
            "(?iuU)\\b(?:deliver(?:ed)?(?: it)? to|send(?: it)? to|ship(?: it)? to|address(?: is)?:?|to|"
                    + "endere[çc]o(?: [ée])?:?|entregar (?:na|no|em)|direcci[óo]n(?: es)?:?|enviar a|a la)\\s+"
                    + "(\\d{1,5}[A-Za-z]?[ \\t]+[^,.;!?\\n]{2,60}?|(?:rua|avenida|av\\.|travessa|alameda|calle|"
                    + "avda\\.?|plaza|paseo)[ \\t]+[^,;!?\\n]{2,40}?,?[ \\t]*\\d{1,5})"
                    + "(?=[ \\t]+(?:on|tomorrow|today|at|by|before|after|for|amanh[ãa]|hoje|ma[ñn]ana|el|no|na|"
                    + "this|next|please|pls)\\b|[,.;!?\\n]|$)");

    private DetailExtractor() {}

    static ExtractedDetails extract(String visibleText) {
        var blanks = new ArrayList<int[]>();
        boolean suspicious = false;
        String name = null;
        Matcher n = NAME.matcher(visibleText);
        if (n.find()) {
            String candidate = trimName(n.group(1));
            if (looksLikeInstruction(n.group(1))) suspicious = true;
            else if (!candidate.isBlank()) name = candidate;
            blanks.add(new int[] {n.start(), n.start(1) + candidate.length()});
        }
        String address = null;
        Matcher a = ADDRESS.matcher(visibleText);
        if (a.find()) {
            address = a.group(1).trim();
            blanks.add(new int[] {a.start(), a.end()});
        }
        String time = times(visibleText);
        return new ExtractedDetails(new CustomerDetails(name, time, address), blank(visibleText, blanks), suspicious);
    }

    private static String trimName(String raw) {
        var kept = new ArrayList<String>();
        for (String word : raw.trim().split("[ \\t]+")) {
            if (NAME_STOPS.contains(Text.folded(word).replaceAll("\\W", "")) || kept.size() == 4) break;
            kept.add(word);
        }
        return String.join(" ", kept);
    }

    private static boolean looksLikeInstruction(String raw) {
        return Text.words(raw).stream().anyMatch(NAME_RED_FLAGS::contains);
    }

    private static String times(String text) {
        List<String> found = new ArrayList<>();
        Matcher t = TIME.matcher(text);
        while (t.find()) found.add(t.group().toLowerCase(Locale.ROOT));
        return found.isEmpty() ? null : String.join(" ", found);
    }

    private static String blank(String text, List<int[]> spans) {
        var out = new StringBuilder(text);
        for (int[] span : spans) {
            for (int i = span[0]; i < Math.min(span[1], out.length()); i++) out.setCharAt(i, ' ');
        }
        return out.toString();
    }
}
