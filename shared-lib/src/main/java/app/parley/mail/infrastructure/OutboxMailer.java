package app.parley.mail.infrastructure;

import app.parley.mail.application.Mailer;
import app.parley.mail.model.Mail;

import app.parley.common.model.Ids;
import app.parley.common.model.Page;
import app.parley.persistence.Attrs;
import app.parley.persistence.Keys;
import app.parley.persistence.PlatformItem;
import app.parley.persistence.PlatformTable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Mails written to an outbox in the platform table ({@code P#OUTBOX}, kept a week) instead of being
 * sent: the local stack and a super admin read them. Until a real mail provider is wired, this is
 * also what runs in AWS.
 */
public final class OutboxMailer implements Mailer {
    private static final Duration KEEP = Duration.ofDays(7);
    private final PlatformTable platform;
    private final Clock clock;

    public record OutboxMail(String id, String to, String subject, String text, Instant at) {}

    public OutboxMailer(PlatformTable platform, Clock clock) {
        this.platform = platform;
        this.clock = clock;
    }

    @Override
    public void send(Mail mail) {
        Instant now = clock.instant();
        String id = Ids.next("mail");
        platform.put(PlatformItem.of(Keys.platformOutbox(), Keys.outboxEntry(Keys.sortableTime(now), id))
                .with("mailId", id).with("to", mail.to()).with("subject", mail.subject()).with("text", mail.text())
                .with("at", now).expiresAt(now.plus(KEEP)));
    }

    /** Newest first. */
    public Page<OutboxMail> page(int limit, String cursor) {
        return platform.queryPage(Keys.platformOutbox(), limit, true, cursor).toPage(i -> new OutboxMail(Attrs.str(i, "mailId"),
                Attrs.str(i, "to"), Attrs.str(i, "subject"), Attrs.str(i, "text"), Attrs.instant(i, "at")));
    }
}
