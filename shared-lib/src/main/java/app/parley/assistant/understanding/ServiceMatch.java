package app.parley.assistant.understanding;

import app.parley.assistant.model.CatalogService;

/** A catalog service the customer referred to, and how sure the match is (0..1). */
public record ServiceMatch(CatalogService service, double score) {}
