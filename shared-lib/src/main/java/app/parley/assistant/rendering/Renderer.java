package app.parley.assistant.rendering;

import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.CatalogService;
import app.parley.assistant.model.DetailField;
import app.parley.assistant.model.Knowledge;
import app.parley.assistant.model.Language;
import app.parley.assistant.model.OrderLine;
import app.parley.assistant.model.ResponseType;
import app.parley.assistant.policy.Action;
import app.parley.assistant.policy.Decision;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Turns a decision into a short WhatsApp text; names, prices and facts are copied from the catalog. */
public final class Renderer {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    /** The reply text, or empty when nothing may be sent. */
    public Optional<String> render(Decision decision, Knowledge knowledge, AssistantSettings settings) {
        Language language = decision.newState().language() != null ? decision.newState().language() : knowledge.language();
        var book = Phrasebook.of(language);
        var parts = new ArrayList<String>();
        switch (decision.action()) {
            case Action.Greet g -> parts.add(fill(book.greet(), knowledge));
            case Action.QuotePrices q -> quote(q, book, settings, parts);
            case Action.ListCatalog l -> list(knowledge, book, l.askWhich(), parts);
            case Action.AnswerFaq f -> parts.addAll(List.of(sentence(f.faq().answer()), book.anythingElse()));
            case Action.AskDetails a -> parts.add(book.askDetails()
                    .replace("{items}", names(a.items(), book)).replace("{missing}", missing(a.missing(), book)));
            case Action.RequestOrder r -> requestPassed(r, book, parts, decision.staffBackAt());
            case Action.DeclineDiscount d -> {
                parts.add(book.noDiscounts());
                d.services().forEach(s -> parts.add(priceLine(s, book)));
            }
            case Action.AwaitReview a -> {
                parts.add(book.awaitReview());
                staffBack(decision.staffBackAt(), book, parts);
            }
            case Action.DeclineUnknownService u -> {
                parts.add(book.notOffered());
                if (u.listOffer()) list(knowledge, book, false, parts);
            }
            case Action.RedirectOffTopic o -> parts.add(fill(book.offTopic(), knowledge));
            case Action.HandOver h -> {
                if (h.silent()) return Optional.empty();
                parts.add(book.handOver());
                staffBack(decision.staffBackAt(), book, parts);
            }
        }
        return Optional.of(String.join(" ", parts).replace(" \n", "\n"));
    }

    /** The hand-over text used when a reply had to be withheld. */
    public String handOverText(Language language) {
        return Phrasebook.of(language).handOver();
    }

    private static void quote(Action.QuotePrices q, Phrasebook book, AssistantSettings settings, List<String> parts) {
        if (q.alsoAskedUnknown()) parts.add(book.alsoAskedUnknown());
        for (CatalogService s : q.services()) {
            parts.add(priceLine(s, book));
            if (!s.description().isBlank()) parts.add(sentence(s.description()));
        }
        if (settings.allows(ResponseType.ORDER_REQUEST)) parts.add(book.offerToRequest());
    }

    private static void list(Knowledge knowledge, Phrasebook book, boolean askWhich, List<String> parts) {
        var lines = new StringBuilder(book.listIntro());
        for (CatalogService s : knowledge.services()) {
            lines.append("\n• ").append(s.name()).append(": ").append(MoneyFormat.format(s.price()));
        }
        parts.add(lines.toString());
        parts.add("\n" + (askWhich ? book.listAskWhich() : book.anythingElse()));
    }

    private static void requestPassed(Action.RequestOrder r, Phrasebook book, List<String> parts,
                                      Optional<ZonedDateTime> back) {
        var names = r.draft().lines().stream().map(OrderLine::name).toList();
        parts.add(book.requestPassed().replace("{items}", join(names, book)));
        if (!r.draft().missing().isEmpty()) parts.add(book.staffMayAsk().replace("{missing}", missing(r.draft().missing(), book)));
        staffBack(back, book, parts);
    }

    private static void staffBack(Optional<ZonedDateTime> back, Phrasebook book, List<String> parts) {
        back.ifPresent(at -> parts.add(book.staffBack().replace("{when}", when(at, book))));
    }

    private static String when(ZonedDateTime at, Phrasebook book) {
        String day = at.getDayOfWeek().getDisplayName(TextStyle.FULL, book.locale());
        String time = at.format(CLOCK);
        return switch (book.locale().getLanguage()) {
            case "pt" -> day + " às " + time;
            case "es" -> "el " + day + " a las " + time;
            default -> "on " + day + " at " + time;
        };
    }

    /** The tenant's own text, closed with a full stop when it was typed without one, so the next sentence starts cleanly. */
    private static String sentence(String tenantText) {
        String text = tenantText.strip();
        return text.isEmpty() || ".!?…)\"'".indexOf(text.charAt(text.length() - 1)) >= 0 ? text : text + ".";
    }

    private static String priceLine(CatalogService s, Phrasebook book) {
        return book.priceLine().replace("{name}", s.name()).replace("{price}", MoneyFormat.format(s.price()));
    }

    private static String names(List<CatalogService> services, Phrasebook book) {
        return join(services.stream().map(CatalogService::name).toList(), book);
    }

    private static String missing(Collection<DetailField> fields, Phrasebook book) {
        return join(fields.stream().sorted().map(f -> book.detailNames().get(f)).toList(), book);
    }

    private static String join(List<String> items, Phrasebook book) {
        if (items.size() <= 1) return String.join("", items);
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + book.and() + " " + items.getLast();
    }

    private static String fill(String template, Knowledge knowledge) {
        return template.replace("{business}", knowledge.businessName());
    }
}
