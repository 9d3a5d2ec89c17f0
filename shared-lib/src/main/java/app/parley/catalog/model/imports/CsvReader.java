package app.parley.catalog.model.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from text: comma (or, when the header has none, semicolon) separated, fields may be
 * quoted with {@code "} (doubled inside), quoted fields may span lines; CRLF or LF; a leading BOM is dropped.
 * An unterminated quote is reported with the line it started on, never guessed around.
 */
public final class CsvReader {
    private CsvReader() {}

    /** One record and the (1-based) line it started on. */
    public record Record(int line, List<String> fields) {
        public Record { fields = List.copyOf(fields); }
        public boolean blank() { return fields.stream().allMatch(String::isBlank); }
    }

    public sealed interface Parsed {
        record Records(List<Record> records) implements Parsed {}
        record Malformed(int line, String reason) implements Parsed {}
    }

    public static Parsed read(String text) {
        String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
        char separator = separator(s);
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int recordLine = 1;
        boolean quoted = false;
        boolean afterQuote = false;
        int quoteLine = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    afterQuote = true;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
                continue;
            }
            if (c == '"' && field.isEmpty() && !afterQuote) {
                quoted = true;
                quoteLine = line;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                afterQuote = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') i++;
                fields.add(field.toString());
                records.add(new Record(recordLine, fields));
                fields = new ArrayList<>();
                field.setLength(0);
                afterQuote = false;
                line++;
                recordLine = line;
            } else if (afterQuote) {
                return new Parsed.Malformed(line, "has text after a closing quote; a quote inside a quoted field is written twice (\"\")");
            } else if (c == '"') {
                return new Parsed.Malformed(line, "has a quote inside an unquoted field; put the whole field in quotes and double the quote");
            } else {
                field.append(c);
            }
        }
        if (quoted) return new Parsed.Malformed(quoteLine, "opens a quote that is never closed");
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, fields));
        }
        return new Parsed.Records(records);
    }

    private static char separator(String s) {
        int end = s.indexOf('\n');
        String header = end < 0 ? s : s.substring(0, end);
        return !header.contains(",") && header.contains(";") ? ';' : ',';
    }
}
