package app.parley.catalog.model.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Currency;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CatalogFileTest {
    private static final Currency EUR = Currency.getInstance("EUR");
    private static final Currency JPY = Currency.getInstance("JPY");

    private static ImportCheck check(String csv) {
        return CatalogFile.check(csv, EUR, Set.of());
    }

    @Test
    void a_good_file_gives_one_line_per_row_with_its_row_number() {
        ImportCheck c = check("name,price,description,keywords\nTune-up,45.00,Gears and brakes,service;tune\n\"Wheel, true\",12.5,,\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.importable()).isTrue();
        assertThat(c.lines()).extracting(ImportLine::row, ImportLine::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, "Tune-up"), org.assertj.core.groups.Tuple.tuple(3, "Wheel, true"));
        assertThat(c.lines().get(0).keywords()).containsExactly("service", "tune");
        assertThat(c.lines().get(1).price().toDecimalString()).isEqualTo("12.50");
        assertThat(c.lines().get(1).description()).isNull();
    }

    @Test
    void columns_may_come_in_any_order_and_case_and_a_semicolon_file_is_read_too() {
        ImportCheck c = check("\uFEFFPrice;NAME\r\n9.90;Bell\r\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.lines()).singleElement().satisfies(l -> {
            assertThat(l.name()).isEqualTo("Bell");
            assertThat(l.price().toDecimalString()).isEqualTo("9.90");
        });
    }

    @Test
    void a_quoted_field_may_hold_commas_quotes_and_line_breaks() {
        ImportCheck c = check("name,price,description\n\"The \"\"big\"\" one\",10,\"two\nlines\"\nNext,2\n".replace("Next,2", "Next,2,"));
        assertThat(c.problems()).isEmpty();
        assertThat(c.lines()).extracting(ImportLine::name).containsExactly("The \"big\" one", "Next");
        assertThat(c.lines().get(0).description()).isEqualTo("two\nlines");
        assertThat(c.lines().get(1).row()).isEqualTo(4);
    }

    @Test
    void an_unclosed_quote_makes_the_file_malformed_naming_the_row() {
        ImportCheck c = check("name,price\nGood,1\n\"Broken,2\nOther,3\n");
        assertThat(c.lines()).isEmpty();
        assertThat(c.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(3);
            assertThat(p.message()).contains("Row 3").contains("never closed");
        });
    }

    @Test
    void a_stray_quote_inside_a_field_is_malformed() {
        ImportCheck c = check("name,price\nTwenty\" wheel,1\n");
        assertThat(c.importable()).isFalse();
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("Row 2").contains("quote"));
    }

    @Test
    void an_empty_file_or_a_header_alone_is_refused() {
        assertThat(check("").problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("empty"));
        assertThat(check("name,price\n\n").problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("no rows"));
    }

    @Test
    void unknown_duplicated_and_missing_columns_are_named() {
        ImportCheck c = check("title,cost,name,name\nA,1,B,C\n");
        assertThat(c.lines()).isEmpty();
        assertThat(c.problems()).extracting(RowProblem::column).containsExactlyInAnyOrder("title", "cost", "name", "price");
        assertThat(c.problems()).allSatisfy(p -> assertThat(p.row()).isEqualTo(1));
        assertThat(c.problems()).extracting(RowProblem::message).anySatisfy(m -> assertThat(m).contains("unknown column \"title\""))
                .anySatisfy(m -> assertThat(m).contains("\"name\" twice")).anySatisfy(m -> assertThat(m).contains("no \"price\" column"));
    }

    @Test
    void a_row_with_too_few_or_too_many_fields_is_reported() {
        ImportCheck c = check("name,price\nA\nB,1,extra\nC,3\n");
        assertThat(c.lines()).extracting(ImportLine::name).containsExactly("C");
        assertThat(c.problems()).extracting(RowProblem::row).containsExactly(2, 3);
        assertThat(c.problems().get(0).message()).contains("has 1 column but the header has 2");
        assertThat(c.importable()).isFalse();
    }

    @Test
    void non_numeric_negative_empty_and_over_precise_prices_are_reported_per_row() {
        ImportCheck c = check("name,price\nA,abc\nB,-5\nC,\nD,€10\nE,1.234\nF,1,5\n".replace("F,1,5", "F,\"1,5\""));
        assertThat(c.lines()).isEmpty();
        assertThat(c.problems()).extracting(RowProblem::row).containsExactly(2, 3, 4, 5, 6, 7);
        assertThat(c.problems()).extracting(RowProblem::column).containsOnly("price");
        assertThat(c.problems().get(0).message()).isEqualTo("The price \"abc\" is not a number; write it like 72.50 (a dot, no currency sign).");
        assertThat(c.problems().get(1).message()).isEqualTo("The price -5 is negative; prices are 0 or more.");
        assertThat(c.problems().get(2).message()).isEqualTo("The price is empty.");
        assertThat(c.problems().get(4).message()).contains("more decimals than EUR allows (2)");
    }

    @Test
    void a_currency_without_decimals_refuses_cents() {
        ImportCheck c = CatalogFile.check("name,price\nRamen,900\nTea,1.50\n", JPY, Set.of());
        assertThat(c.lines()).extracting(ImportLine::name).containsExactly("Ramen");
        assertThat(c.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("JPY allows (0)"));
    }

    @Test
    void an_empty_name_is_reported() {
        assertThat(check("name,price\n ,1\n").problems()).singleElement()
                .satisfies(p -> assertThat(p).isEqualTo(new RowProblem(2, "name", "The name is empty.")));
    }

    @Test
    void duplicates_within_the_file_name_the_first_row_and_ignore_case() {
        ImportCheck c = check("name,price\nBell,1\nLamp,2\nbell,3\n");
        assertThat(c.lines()).extracting(ImportLine::name).containsExactly("Bell", "Lamp");
        assertThat(c.problems()).containsExactly(new RowProblem(4, "name", "\"bell\" is already on row 2 of this file."));
    }

    @Test
    void duplicates_of_the_existing_catalog_are_reported() {
        ImportCheck c = CatalogFile.check("name,price\nTune-up,45\nBell,1\n", EUR, Set.of("TUNE-UP"));
        assertThat(c.lines()).extracting(ImportLine::name).containsExactly("Bell");
        assertThat(c.problems()).containsExactly(new RowProblem(2, "name", "\"Tune-up\" is already in your catalog."));
    }

    @Test
    void ten_thousand_rows_are_read_and_one_more_is_refused() {
        String rows = IntStream.rangeClosed(1, CatalogFile.MAX_ROWS).mapToObj(i -> "Item " + i + "," + i + ".99").collect(Collectors.joining("\n"));
        ImportCheck c = check("name,price\n" + rows + "\n");
        assertThat(c.problems()).isEmpty();
        assertThat(c.lines()).hasSize(10_000);
        assertThat(c.lines().getLast().row()).isEqualTo(10_001);
        assertThat(check("name,price\n" + rows + "\nOne more,1\n").problems()).singleElement()
                .satisfies(p -> assertThat(p.message()).contains("10001 rows").contains("at most 10000"));
    }
}
