package app.parley.care.application;

import app.parley.conversation.application.CustomerCare;
import app.parley.conversation.model.Conversation;
import app.parley.messaging.model.InboundMessage;
import app.parley.notifications.application.Notifications;
import app.parley.notifications.model.StaffNotification;
import app.parley.reports.application.DailyFigures;
import app.parley.reports.application.PlatformDailyFigures;
import app.parley.reports.model.PlatformFigure;
import app.parley.reports.model.Figure;
import app.parley.reviews.application.ReviewAnswer;
import app.parley.reviews.application.TakingReviewAnswers;
import app.parley.tickets.application.OpeningTickets;
import app.parley.tickets.model.OpenTicket;
import app.parley.tickets.model.TicketId;
import app.parley.tickets.model.TicketPriority;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/** Customer care behind the pipeline: complaints open tickets, review answers are taken, escalations reach staff. */
public final class CustomerCareDesk implements CustomerCare {
    static final String ASSISTANT = "assistant";
    private final OpeningTickets tickets;
    private final TakingReviewAnswers reviews;
    private final Notifications notifications;
    private final DailyFigures figures;
    private final PlatformDailyFigures platformFigures;

    public CustomerCareDesk(OpeningTickets tickets, TakingReviewAnswers reviews, Notifications notifications, DailyFigures figures,
                            PlatformDailyFigures platformFigures) {
        this.tickets = tickets;
        this.reviews = reviews;
        this.notifications = notifications;
        this.figures = figures;
        this.platformFigures = platformFigures;
    }

    @Override
    public Optional<String> reviewAnswered(Conversation c, InboundMessage m, String text) {
        return switch (reviews.take(m.tenantId(), m.customer().waId(), m.externalMessageId(), text, m.timestamp())) {
            case ReviewAnswer.Taken taken -> Optional.of(taken.thanks());
            case ReviewAnswer.NotAnAnswer none -> Optional.empty();
        };
    }

    @Override
    public void complained(Conversation c, InboundMessage m, String text) {
        tickets.open(new OpenTicket(m.tenantId(), TicketId.forMessage(m.externalMessageId(), m.timestamp()), TicketPriority.HIGH, null,
                text, m.customer().waId(), c.id().value(), ASSISTANT, m.timestamp()));
    }

    @Override
    public void escalated(Conversation c, InboundMessage m, String reason) {
        LocalDate day = LocalDate.ofInstant(m.timestamp(), ZoneOffset.UTC);
        figures.add(m.tenantId(), day, Figure.ESCALATIONS);
        platformFigures.add(day, PlatformFigure.ESCALATIONS);
        String who = m.customer().profileName() == null ? m.customer().waId() : m.customer().profileName() + " (" + m.customer().waId() + ")";
        notifications.record(new StaffNotification(m.tenantId(), "ntf-esc-" + c.id().value() + "-" + m.timestamp().toEpochMilli(),
                StaffNotification.Kind.ESCALATED, c.id().value(), c.id().value(),
                "The conversation with " + who + " needs a person (" + reason.toLowerCase().replace('_', ' ') + ").", m.timestamp()));
    }
}
