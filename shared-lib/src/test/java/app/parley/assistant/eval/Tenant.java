package app.parley.assistant.eval;

import app.parley.assistant.model.AssistantSettings;
import app.parley.assistant.model.Knowledge;

/** One evaluation tenant, mapped from the seed format onto the assistant's input records. */
public record Tenant(String slug, Knowledge knowledge, AssistantSettings settings) {}
