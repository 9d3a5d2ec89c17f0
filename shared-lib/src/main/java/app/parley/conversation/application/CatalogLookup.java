package app.parley.conversation.application;

import app.parley.catalog.model.Service;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A minimal, safe answer: services named (or matched by a keyword) in the message are quoted
 * with their catalog price exactly; anything else goes to a person.
 */
public final class CatalogLookup implements Answering {
    private static final int MAX_SERVICES = 3;

    @Override
    public Answer answer(Question q) {
        String text = " " + q.customerText().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ") + " ";
        List<Service> matches = q.services().stream().filter(s -> mentions(text, s)).limit(MAX_SERVICES).toList();
        if (matches.isEmpty()) return new Answer.HandOver("no catalog service matches the message");
        StringBuilder reply = new StringBuilder();
        for (Service s : matches) {
            if (!reply.isEmpty()) reply.append('\n');
            reply.append(s.name()).append(": ").append(s.price().toDecimalString()).append(' ')
                    .append(s.price().currency().getCurrencyCode());
        }
        return new Answer.Reply(reply.toString());
    }

    private static boolean mentions(String text, Service service) {
        if (text.contains(normalized(service.name()))) return true;
        return service.keywords().stream().map(CatalogLookup::normalized).anyMatch(k -> !k.isBlank() && text.contains(k));
    }

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

    private static String normalized(String phrase) {
        return " " + NOT_WORD.matcher(phrase.toLowerCase(Locale.ROOT)).replaceAll(" ").strip() + " ";
    }
}
