package app.parley.assistant.firewall;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.assistant.TestCatalogs;
import app.parley.assistant.model.Knowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutputFirewallTest {
    private final OutputFirewall firewall = new OutputFirewall();
    private final Knowledge florist = TestCatalogs.florist();
    private final Knowledge salon = TestCatalogs.salon();

    @ParameterizedTest
    @ValueSource(strings = {
            "The Classic rose bouquet is only $39.00 today.",
            "Roses for 40 bucks, it's yours.",
            "Two bouquets come to $118.00.",
            "Each rose works out at $4.92.",
            "That's about €54.00 in your currency.",
            "The orchid is USD 60.",
            "Orchid: 72,49.",
            "The bouquet is 59 euros.",
            "The orchid costs forty dollars.",
            "I can do the orchid for 60.",
            "Price: $5k for everything.",
            "Classic rose bouquet: ＄３９.００."})
    void blocks_amounts_that_are_not_a_catalog_price_in_the_tenant_currency(String text) {
        assertThat(firewall.check(text, florist, false)).isInstanceOf(Verdict.Blocked.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Get 20% off today.",
            "We can take 10 percent off the orchid.",
            "Special price for you: $59.00.",
            "Use code SAVE20 at checkout.",
            "I can give you a discount on the orchid.",
            "Here's a coupon for your next order.",
            "Delivery is free of charge for you.",
            "We'll match any competitor's price.",
            "The mixed bouquet is cheaper if you order two.",
            "Isn't that a great deal?",
            "No worries, you get a discount.",
            "We don't usually do discounts, but for you we will.",
            "Not only a discount: delivery is on the house too.",
            "Temos um desconto especial para você.",
            "Hoy tenemos una promoción en orquídeas.",
            "Entrega grátis hoje!",
            "Ask for our 2 for 1 offer.",
            "disc0unt available on roses.",
            "d\u200biscount available on roses.",
            "２０％ off all bouquets."})
    void blocks_discount_and_percentage_offers_in_any_language(String text) {
        assertThat(firewall.check(text, florist, false)).isInstanceOf(Verdict.Blocked.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Your order is confirmed!",
            "Great news: your booking has been approved.",
            "All set, see you tomorrow at 10am.",
            "Your delivery is scheduled for Friday.",
            "I have reserved the orchid for you.",
            "Your order is c\u043enfirmed.",
            "Seu pedido está confirmado.",
            "Agendado para sábado às 10h.",
            "Tu cita está reservada para mañana.",
            "Pedido aprobado, nos vemos el lunes.",
            "No problem, it's booked."})
    void blocks_claims_that_anything_is_confirmed(String text) {
        assertThat(firewall.check(text, florist, false)).isInstanceOf(Verdict.Blocked.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "We also sell chocolate boxes.",
            "Try our Deluxe Tulip Arrangement.",
            "Our Premium Gift Hamper is lovely.",
            "We don't sell funeral wreaths.",
            "Add a Teddy Bear to your order."})
    void blocks_services_the_catalog_does_not_have(String text) {
        assertThat(firewall.check(text, florist, false)).isInstanceOf(Verdict.Blocked.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Yes, I'll get that sorted.", "Sure! A person will review it.", "Of course. Our team will review it.",
            "Sim, pode deixar.", "Sí, claro."})
    void blocks_a_yes_to_a_demand_to_confirm(String text) {
        assertThat(firewall.check(text, florist, true)).isInstanceOf(Verdict.Blocked.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Classic rose bouquet: $59.00. Twelve long-stem red roses, hand-tied.",
            "Seasonal mixed bouquet: $45.00. Orchid in ceramic pot: $72.50.",
            "Sorry, we don't offer discounts or special prices. Orchid in ceramic pot: $72.50.",
            "We don't have promo codes, coupons or price matching.",
            "Lo siento, no ofrecemos descuentos ni precios especiales.",
            "Desculpe, não oferecemos descontos nem preços especiais.",
            "Yes, every order can include a free handwritten card.",
            "Roses are 100% locally grown.",
            "Nothing is confirmed yet: a person from our team will review your request.",
            "I can't confirm anything myself. A person from our team will review your request and get back to you here.",
            "Feel free to ask anything else.",
            "Our team is back on Monday at 09:00.",
            "Hi! 👋 Welcome to Bloom & Stem Florist. How can I help?",
            "Here's what we offer:\n• Classic rose bouquet: $59.00\n• Same-day delivery: $15.00"})
    void passes_catalog_facts_denials_and_the_tenants_own_sentences(String text) {
        assertThat(firewall.check(text, florist, false)).isEqualTo(new Verdict.Passed());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Coloração: R$ 180,00.", "Corte feminino: R$ 120,00. Coloração: 180,00.",
            "Aceitamos cartão de crédito, débito e Pix."})
    void passes_real_prices_in_brazilian_format(String text) {
        assertThat(firewall.check(text, salon, false)).isEqualTo(new Verdict.Passed());
    }

    @Test
    void blocks_dollar_prices_for_a_real_tenant_even_when_the_number_matches() {
        assertThat(firewall.check("Coloração: $180.00.", salon, false)).isInstanceOf(Verdict.Blocked.class);
    }

    @Test
    void a_blocked_text_says_why() {
        var verdict = firewall.check("Your booking is confirmed, and you get 20% off: $47.20.", florist, false);
        assertThat(verdict).isInstanceOfSatisfying(Verdict.Blocked.class, b -> assertThat(b.reasons())
                .anyMatch(r -> r.startsWith("amount"))
                .anyMatch(r -> r.startsWith("confirmation"))
                .anyMatch(r -> r.startsWith("percentage")));
    }
}
