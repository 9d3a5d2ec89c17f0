package app.parley.conversation.application;

import app.parley.messaging.model.OutboundContent;
import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * How long a person would take to type the reply: a base plus time per character, capped, with
 * ±25 % jitter. Off ({@code HUMANLIKE_DELAYS=off}) means no delay at all.
 */
public record HumanlikeDelays(boolean on, Duration base, Duration perCharacter, Duration cap, RandomGenerator random) {
    public static HumanlikeDelays off() {
        return new HumanlikeDelays(false, Duration.ZERO, Duration.ZERO, Duration.ZERO, RandomGenerator.getDefault());
    }

    public static HumanlikeDelays standard(boolean on) {
        return new HumanlikeDelays(on, Duration.ofMillis(600), Duration.ofMillis(25), Duration.ofSeconds(4),
                RandomGenerator.getDefault());
    }

    public Duration before(OutboundContent content) {
        if (!on) return Duration.ZERO;
        long typing = base.toMillis() + perCharacter.toMillis() * length(content);
        long capped = Math.min(cap.toMillis(), typing);
        long jitter = (long) (capped * 0.25 * (random.nextDouble() * 2 - 1));
        return Duration.ofMillis(Math.max(0, capped + jitter));
    }

    private static int length(OutboundContent content) {
        return switch (content) {
            case OutboundContent.Text t -> t.body().length();
            case OutboundContent.Image i -> i.caption() == null ? 0 : i.caption().length();
            case OutboundContent.Document d -> d.caption() == null ? 0 : d.caption().length();
            case OutboundContent.Buttons b -> b.body().length();
            case OutboundContent.ListMenu l -> l.body().length();
        };
    }
}
