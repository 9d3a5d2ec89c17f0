package app.parley.assistant.rendering;

import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.Language;
import java.util.Locale;
import java.util.Map;

/**
 * Every sentence the embedded assistant can say, per language. Placeholders are filled by code
 * from the catalog: {business}, {items}, {missing}, {when}. No sentence opens with "yes", names a
 * discount except to deny it, or says anything is confirmed.
 */
record Phrasebook(
        Locale locale,
        String greet,
        String priceLine,
        String offerToRequest,
        String alsoAskedUnknown,
        String listIntro,
        String listAskWhich,
        String anythingElse,
        String askDetails,
        Map<DetailField, String> detailNames,
        String and,
        String requestPassed,
        String staffMayAsk,
        String noDiscounts,
        String awaitReview,
        String notOffered,
        String offTopic,
        String handOver,
        String staffBack) {

    static Phrasebook of(Language language) {
        return switch (language) {
            case EN -> EN;
            case PT -> PT;
            case ES -> ES;
        };
    }

    private static final Phrasebook EN = new Phrasebook(Locale.ENGLISH,
            "Hi! 👋 Welcome to {business}. I can tell you about our services and prices, answer questions, or pass a request to our team. How can I help?",
            "{name}: {price}.",
            "Would you like me to pass a request to our team? Just tell me.",
            "Some of what you asked about is not something we offer.",
            "Here's what we offer:",
            "Which one would you like?",
            "Anything else I can help with?",
            "Happy to help with {items}. To pass your request to our team, please send me {missing}.",
            Map.of(DetailField.NAME, "your name", DetailField.PREFERRED_TIME, "your preferred day and time",
                    DetailField.ADDRESS, "the delivery address"),
            "and",
            "Thank you! I've passed your request for {items} to our team. A person will review it and get back to you here.",
            "They may ask you for {missing}.",
            "Sorry, we don't offer discounts or special prices.",
            "I can't confirm anything myself. A person from our team will review your request and get back to you here.",
            "Sorry, that's not something we offer.",
            "I can only help with {business}: our services, prices and requests.",
            "I'm passing this to a person from our team. They'll get back to you here.",
            "Our team is back {when}.");

    private static final Phrasebook PT = new Phrasebook(Locale.forLanguageTag("pt-BR"),
            "Olá! 👋 Aqui é {business}. Posso informar nossos serviços e preços, tirar dúvidas ou encaminhar um pedido para a nossa equipe. Como posso ajudar?",
            "{name}: {price}.",
            "Quer que eu encaminhe um pedido para a nossa equipe? É só me dizer.",
            "Parte do que você perguntou não faz parte dos nossos serviços.",
            "Estes são os nossos serviços:",
            "Qual deles você gostaria?",
            "Posso ajudar em algo mais?",
            "Com prazer: {items}. Para encaminhar o seu pedido à nossa equipe, me envie {missing}.",
            Map.of(DetailField.NAME, "o seu nome", DetailField.PREFERRED_TIME, "o dia e horário de preferência",
                    DetailField.ADDRESS, "o endereço de entrega"),
            "e",
            "Obrigado! Encaminhei o seu pedido de {items} para a nossa equipe. Uma pessoa vai analisar e responder aqui.",
            "Talvez peçam {missing}.",
            "Desculpe, não oferecemos descontos nem preços especiais.",
            "Não consigo confirmar nada por aqui. Uma pessoa da nossa equipe vai analisar o seu pedido e responder aqui.",
            "Desculpe, isso não faz parte dos nossos serviços.",
            "Só consigo ajudar com assuntos da {business}: serviços, preços e pedidos.",
            "Vou passar a conversa para uma pessoa da nossa equipe. Ela vai responder aqui.",
            "Nossa equipe volta {when}.");

    private static final Phrasebook ES = new Phrasebook(Locale.forLanguageTag("es-ES"),
            "¡Hola! 👋 Te escribe {business}. Puedo informarte sobre nuestros servicios y precios, responder dudas o pasar una solicitud a nuestro equipo. ¿En qué te ayudo?",
            "{name}: {price}.",
            "¿Quieres que pase una solicitud a nuestro equipo? Solo dímelo.",
            "Parte de lo que preguntaste no es algo que ofrezcamos.",
            "Esto es lo que ofrecemos:",
            "¿Cuál te interesa?",
            "¿Algo más en lo que pueda ayudarte?",
            "Con gusto: {items}. Para pasar tu solicitud a nuestro equipo, envíame {missing}.",
            Map.of(DetailField.NAME, "tu nombre", DetailField.PREFERRED_TIME, "el día y la hora que prefieres",
                    DetailField.ADDRESS, "la dirección de entrega"),
            "y",
            "¡Gracias! He pasado tu solicitud de {items} a nuestro equipo. Una persona la revisará y te responderá aquí.",
            "Puede que te pidan {missing}.",
            "Lo siento, no ofrecemos descuentos ni precios especiales.",
            "No puedo confirmar nada yo mismo. Una persona de nuestro equipo revisará tu solicitud y te responderá aquí.",
            "Lo siento, eso no es algo que ofrezcamos.",
            "Solo puedo ayudarte con {business}: nuestros servicios, precios y solicitudes.",
            "Paso la conversación a una persona de nuestro equipo. Te responderá aquí.",
            "Nuestro equipo vuelve {when}.");
}
