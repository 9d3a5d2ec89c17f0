package app.parley.billing.model;

/** What a usage event counts; quantities are messages, tokens or bytes. */
public enum UsageKind {
    MESSAGE_IN, MESSAGE_OUT, AI_INPUT_TOKENS, AI_OUTPUT_TOKENS, MEDIA_BYTES;

    public boolean isAiTokens() { return this == AI_INPUT_TOKENS || this == AI_OUTPUT_TOKENS; }

    public boolean isMessage() { return this == MESSAGE_IN || this == MESSAGE_OUT; }
}
