package app.parley.conversation.application;

/** What the pipeline did with one customer message. */
public sealed interface ReplyOutcome {
    /** A reply is queued; {@code again} when it had been decided before (a redelivery) and was queued once more. */
    record Replied(String outboundId, boolean again) implements ReplyOutcome {}

    /** The conversation waits for staff; {@code noticeId} is the customer notice queued, if one was. */
    record HandedToHuman(String reason, String noticeId) implements ReplyOutcome {}

    record Skipped(SkipReason reason) implements ReplyOutcome {}
}
