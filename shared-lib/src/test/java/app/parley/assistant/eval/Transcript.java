package app.parley.assistant.eval;

import app.parley.assistant.Answer;

/** A readable transcript for failure messages and reports. */
final class Transcript {
    private Transcript() {}

    static String of(Played played) {
        var out = new StringBuilder(played.evalCase().id()).append(" (").append(played.tenant().slug()).append(")\n");
        for (Played.Turn t : played.turns()) {
            out.append("  > ").append(t.customer()).append('\n');
            out.append("  < ").append(kind(t.answer())).append(": ").append(t.text().orElse("(nothing sent)")).append('\n');
            if (!t.answer().withheld().isEmpty()) out.append("    withheld: ").append(t.answer().withheld()).append('\n');
        }
        return out.toString();
    }

    private static String kind(Answer answer) {
        return switch (answer) {
            case Answer.Reply r -> "reply";
            case Answer.OrderRequest o -> "order request " + o.draft().lines() + " " + o.draft().details();
            case Answer.HandOver h -> "hand-over " + h.reason();
        };
    }
}
