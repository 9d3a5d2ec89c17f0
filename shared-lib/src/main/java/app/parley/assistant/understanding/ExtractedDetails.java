package app.parley.assistant.understanding;

import app.parley.assistant.model.CustomerDetails;

/**
 * Details found in one message, and the message with their text blanked out so an address
 * ("88 Henry Street") or a name cannot be read as a service or a command.
 *
 * @param suspicious a detail looked like an instruction to the assistant and was dropped
 */
public record ExtractedDetails(CustomerDetails details, String remainder, boolean suspicious) {}
