package app.parley.api.reports;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * RFC 4180 CSV: a field with a comma, a quote, a line break or surrounding spaces is quoted, quotes doubled;
 * lines end in CRLF. A text field starting with {@code = + - @}, tab or CR is prefixed with {@code '} so a
 * spreadsheet does not run it as a formula (numbers are written as they are).
 */
public final class Csv {
    private final StringBuilder out = new StringBuilder();

    public Csv row(Object... fields) {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) out.append(',');
            out.append(field(fields[i]));
        }
        out.append("\r\n");
        return this;
    }

    public Csv rows(List<Object[]> rows) {
        rows.forEach(this::row);
        return this;
    }

    public byte[] bytes() { return out.toString().getBytes(StandardCharsets.UTF_8); }

    @Override
    public String toString() { return out.toString(); }

    static String field(Object value) {
        if (value == null) return "";
        if (value instanceof Number n) return n instanceof java.math.BigDecimal d ? d.toPlainString() : n.toString();
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) text = "'" + text;
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")
                || (!text.isEmpty() && (Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1))));
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
