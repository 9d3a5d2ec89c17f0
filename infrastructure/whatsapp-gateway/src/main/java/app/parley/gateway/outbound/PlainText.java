package app.parley.gateway.outbound;

import app.parley.messaging.model.OutboundContent;
import java.util.stream.Collectors;

/** WhatsApp Web has no reliable interactive messages for linked devices: menus become numbered text. */
final class PlainText {
    private PlainText() {}

    static String of(OutboundContent.Buttons buttons) {
        StringBuilder text = new StringBuilder(buttons.body());
        for (int i = 0; i < buttons.buttons().size(); i++) {
            text.append('\n').append(i + 1).append(". ").append(buttons.buttons().get(i).title());
        }
        return text.toString();
    }

    static String of(OutboundContent.ListMenu list) {
        String rows = list.sections().stream().flatMap(s -> s.rows().stream()).map(OutboundContent.ListRow::title)
                .collect(Collectors.joining("\n• ", "\n• ", ""));
        return list.body() + rows;
    }
}
