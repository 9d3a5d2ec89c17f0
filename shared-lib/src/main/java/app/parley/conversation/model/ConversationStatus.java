package app.parley.conversation.model;

/** Who answers: the assistant, nobody yet (escalated, waiting for staff), or a person who took over. */
public enum ConversationStatus { AI, ESCALATED, HUMAN }
