package app.parley.whatsapp.cloud;

/** The outcome of marking a customer's message as read (optionally showing the typing indicator). */
public sealed interface ReadResult permits ReadResult.MarkedRead, GraphFailure {

    record MarkedRead() implements ReadResult {}
}
