package app.parley.assistant;

import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.Faq;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.ServiceKind;
import app.parley.common.model.Money;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/** Small catalogs for unit tests. */
public final class TestCatalogs {
    private TestCatalogs() {}

    public static Knowledge florist() {
        return new Knowledge("Bloom & Stem Florist", Currency.getInstance("USD"), Locale.US, List.of(
                service("rose", "Classic rose bouquet", "59.00", "Twelve long-stem red roses, hand-tied. Roses are 100% locally grown.", "roses", "red roses"),
                service("mixed", "Seasonal mixed bouquet", "45.00", "Florist's choice of seasonal flowers.", "mixed", "flowers"),
                service("orchid", "Orchid in ceramic pot", "72.50", "White phalaenopsis orchid in a ceramic pot.", "orchid"),
                service("delivery", "Same-day delivery", "15.00", "Delivery in Brooklyn and Manhattan.", "delivery"),
                service("wedding", "Wedding consultation", "120.00", "One-hour planning session for wedding flowers.", "wedding")),
                List.of(new Faq("f1", "Can I add a card message?", "Yes, every order can include a free handwritten card."),
                        new Faq("f2", "Do you deliver to New Jersey?", "We deliver only in Brooklyn and Manhattan.")));
    }

    public static Knowledge salon() {
        return new Knowledge("Salão Bela Vista", Currency.getInstance("BRL"), Locale.forLanguageTag("pt-BR"), List.of(
                new CatalogService("corte", "Corte feminino", ServiceKind.SERVICE, Money.of("120.00", "BRL"), "Corte com lavagem.", List.of("corte"), List.of(), false),
                new CatalogService("cor", "Coloração", ServiceKind.SERVICE, Money.of("180.00", "BRL"), "Coloração completa.", List.of("tintura"), List.of(), false)),
                List.of(new Faq("f1", "Aceitam cartão?", "Aceitamos cartão de crédito, débito e Pix.")));
    }

    private static CatalogService service(String id, String name, String price, String description, String... keywords) {
        return new CatalogService(id, name, ServiceKind.SERVICE, Money.of(price, "USD"), description, List.of(keywords),
                List.of(), true);
    }
}
