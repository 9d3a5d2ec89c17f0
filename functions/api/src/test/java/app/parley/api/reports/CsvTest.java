package app.parley.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CsvTest {
    @Test
    void quotes_fields_with_commas_quotes_line_breaks_or_edge_spaces_and_doubles_quotes() {
        String csv = new Csv().row("plain", "a,b", "say \"hi\"", "two\nlines", " padded", 42L, new BigDecimal("0.2500")).toString();
        assertThat(csv).isEqualTo("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",42,0.2500\r\n");
    }

    @Test
    void a_text_that_a_spreadsheet_would_run_as_a_formula_is_defused_but_numbers_are_not() {
        assertThat(Csv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(Csv.field("+351 910")).isEqualTo("'+351 910");
        assertThat(Csv.field("@sum")).isEqualTo("'@sum");
        assertThat(Csv.field(-3L)).isEqualTo("-3");
        assertThat(Csv.field(null)).isEmpty();
    }
}
