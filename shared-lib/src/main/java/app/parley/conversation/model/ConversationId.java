package app.parley.conversation.model;

import app.parley.common.model.Ids;

public record ConversationId(String value) {
    public static final String PREFIX = "cnv";
    public ConversationId { Ids.require(PREFIX, value, "conversation"); }
    public static ConversationId newId() { return new ConversationId(Ids.next(PREFIX)); }
}
