package app.parley.assistant.model;

import java.util.Locale;

/** Languages the embedded assistant writes replies in. */
public enum Language {
    EN, PT, ES;

    /** The language of a tenant locale such as {@code pt-BR}; English when it is none of ours. */
    public static Language of(Locale locale) {
        return switch (locale.getLanguage()) {
            case "pt" -> PT;
            case "es" -> ES;
            default -> EN;
        };
    }
}
