package app.parley.quotations.application;

import app.parley.conversation.application.Answering;

/**
 * The assistant, with one thing in front: a customer who has a quotation awaiting their answer and replies
 * "accept" or "decline" gets that recorded and a short acknowledgement that promises nothing (staff follow up;
 * no order is confirmed). Every other message goes to the assistant unchanged.
 */
public final class QuotationAwareAnswering implements Answering {
    private final AnsweringQuotations answering;
    private final Answering assistant;

    public QuotationAwareAnswering(AnsweringQuotations answering, Answering assistant) {
        this.answering = answering;
        this.assistant = assistant;
    }

    @Override
    public Answer answer(Question question) {
        var conversation = question.conversation();
        return answering.answer(conversation.tenant(), conversation.customer().value(), question.customerText())
                .<Answer>map(a -> new Answer.Reply(acknowledgement(a.quotation().status().name(), a.quotation().reference()), true,
                        question.memory()))
                .orElseGet(() -> assistant.answer(question));
    }

    private static String acknowledgement(String status, String reference) {
        return "ACCEPTED".equals(status)
                ? "Thank you! We have noted that you accept quotation " + reference + ". A member of our team will contact you about the next steps."
                : "Thank you for letting us know. We have noted that you decline quotation " + reference + ". Reply here any time if we can help.";
    }
}
