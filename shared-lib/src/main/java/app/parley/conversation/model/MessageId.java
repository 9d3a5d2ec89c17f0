package app.parley.conversation.model;

import app.parley.common.model.Ids;

public record MessageId(String value) {
    public static final String PREFIX = "msg";
    public MessageId { Ids.require(PREFIX, value, "message"); }
    public static MessageId newId() { return new MessageId(Ids.next(PREFIX)); }
}
