package app.parley.conversation.model;

import app.parley.common.model.Ids;

public record SessionId(String value) {
    public static final String PREFIX = "wss";
    public SessionId { Ids.require(PREFIX, value, "WhatsApp session"); }
    public static SessionId newId() { return new SessionId(Ids.next(PREFIX)); }
}
