package app.parley.assistant.understanding;

/** An intent and how likely it is right. */
record Reading(Intent intent, double confidence) {}
