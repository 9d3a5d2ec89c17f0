package app.parley.assistant.llm;

import app.parley.assistant.model.Language;

/**
 * A reply the assistant already decided and rendered, for a model to word more naturally.
 *
 * @param action the kind of action (e.g. "QuotePrices"), for the model's context
 */
public record PhrasingRequest(String customerText, String draftReply, Language language, String action) {}
