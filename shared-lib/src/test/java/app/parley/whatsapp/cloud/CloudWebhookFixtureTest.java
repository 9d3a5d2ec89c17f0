package app.parley.whatsapp.cloud;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import app.parley.messaging.model.DeliveryStatus;
import app.parley.messaging.model.InboundContent;
import app.parley.messaging.model.InboundContent.InteractiveReply;
import app.parley.messaging.model.InboundContent.ReplyKind;
import app.parley.messaging.model.MediaKind;
import app.parley.messaging.model.StatusUpdate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every webhook fixture, parsed, with its content asserted field by field. */
class CloudWebhookFixtureTest {
    private static final String NUMBER = "106540352242922";
    private static final String CUSTOMER = "15550002222";
    private static final String SHARED_STATUS_WAMID = "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ4MDIxQjJBOERENkY3RTZERTA2QwA=";

    private static final Map<String, Consumer<WebhookParse.Parsed>> EXPECTED = Map.ofEntries(
            Map.entry("webhook_inbound_text.json", p -> {
                ReceivedMessage m = onlyMessage(p, "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ3RkI0OEU1MUY1RDE5RDRGMUMxMwA=", 1749416383);
                assertThat(m.customer().profileName()).isEqualTo("Sheena Nelson");
                assertThat(m.content()).isEqualTo(new InboundContent.Text("Does it come in another color?"));
                assertThat(m.repliedToMessageId()).isNull();
            }),
            Map.entry("webhook_inbound_image_with_caption.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQzRDAwNTE2MTNBNjhGRDNCNThBNwA=", 1744344496).content())
                    .isEqualTo(new InboundContent.Media(MediaKind.IMAGE, "1003383421387256", "image/jpeg", "Taj Mahal",
                            null, "SfInY0gGKTsJlUWbwxC1k+FAD0FZHvzwfpvO0zX0GUI=", false))),
            Map.entry("webhook_inbound_document.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ1ODQ2RDVENUZBMkVBRUVBQ0NDNQA=", 1744344496).content())
                    .isEqualTo(new InboundContent.Media(MediaKind.DOCUMENT, "622684793477189", "application/pdf",
                            "my receipt", "receipt.pdf", "V5OPpLD/gEG6Xjg0MbmQDLFgcKsL+j5LfY4ny/pZ4MY=", false))),
            Map.entry("webhook_inbound_audio_voice.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ0REEyMDZENDgwRjQwNzdDNkQ5QgA=", 1673033070).content())
                    .isEqualTo(new InboundContent.Media(MediaKind.AUDIO, "827776106019109", "audio/ogg; codecs=opus",
                            null, null, "iWa0+O81ZLcSkZx6n4QAmrWuHpn8HWFX3gB6a3fQtmk=", true))),
            Map.entry("webhook_inbound_video_with_caption.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQxNjREMDVGRDg5MDM1REFCRkVCOAA=", 1673029501).content())
                    .isEqualTo(new InboundContent.Media(MediaKind.VIDEO, "661828760183585", "video/mp4", "hello world",
                            null, "waIq5BBe5GgjT6DHWu3LY9F8jYOZzYLHRRRGDTbipNk=", false))),
            Map.entry("webhook_inbound_sticker.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQzMDYxNDZEOEZBMTcyRjY0MTFFNAA=", 1673028387).content())
                    .isEqualTo(new InboundContent.Media(MediaKind.STICKER, "1604825680670873", "image/webp", null, null,
                            "pBKxk2Fu9/n+VKiP4Lve+mWg5b+jPorDpPqtelcS1D0=", false))),
            Map.entry("webhook_inbound_location.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRBNkVEMTMyNTdFNTk1OUU1NUM3MwA=", 1744344496).content())
                    .isEqualTo(new InboundContent.Location(37.44221496582, -122.16165924072, "Philz Coffee",
                            "101 Forest Ave, Palo Alto, CA 94301", "https://philzcoffee.com/"))),
            Map.entry("webhook_inbound_contacts.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBREMjBGNDNBREY1NTgzQTMxMUNDQwA=", 1744344496).content())
                    .isEqualTo(new InboundContent.Contacts(List.of(new InboundContent.SharedContact("Barbara J. Johnson",
                            "Social Tsunami", List.of(new InboundContent.SharedPhone("+1 (555) 000-3333", "15550003333", "MOBILE"))))))),
            Map.entry("webhook_inbound_interactive_button_reply.json", p -> {
                ReceivedMessage m = onlyMessage(p, "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ4MjRBMzQ5NEI4OTBDMUJBNDhBNQA=", 1714510003);
                assertThat(m.content()).isEqualTo(new InteractiveReply(ReplyKind.BUTTON, "change-button", "Change", null));
                assertThat(m.repliedToMessageId()).isEqualTo("wamid.HBgLMTU1NTAwMDIyMjIVAgARGBI3NzlFMUVFMkNCNTg3MTY4MzMA");
            }),
            Map.entry("webhook_inbound_interactive_list_reply.json", p -> {
                ReceivedMessage m = onlyMessage(p, "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ4NzdBQjcyMjY3QjdEODhBNUY2RgA=", 1712595443);
                assertThat(m.content()).isEqualTo(new InteractiveReply(ReplyKind.LIST_ROW, "priority_express",
                        "Priority Mail Express", "Next Day to 2 Days"));
                assertThat(m.repliedToMessageId()).isEqualTo("wamid.HBgLMTU1NTAwMDIyMjIVAgARGBIzRkY0M0JDMEQ5Mzg2MkE4MTUA");
            }),
            Map.entry("webhook_inbound_template_quick_reply_button.json", p -> {
                ReceivedMessage m = onlyMessage(p, "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ3NjkxOTlEODhGRDREMTI4NjhBRQA=", 1673023653);
                assertThat(m.content()).isEqualTo(new InteractiveReply(ReplyKind.TEMPLATE_BUTTON, "SIM", "SIM", null));
                assertThat(m.repliedToMessageId()).isEqualTo("wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ2NEI4MTg0QjhDNzgxMDg0Q0UyNQA=");
            }),
            Map.entry("webhook_inbound_reaction.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ2MUQ1QzAyNENEREVDOERDQjg2RgA=", 1673026587).content())
                    .isEqualTo(new InboundContent.Reaction("wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRERjBGRTg0RUMzNjNFOUI1RTZENgA=", "\uD83D\uDC4D"))),
            Map.entry("webhook_inbound_text_reply_with_context.json", p -> {
                ReceivedMessage m = onlyMessage(p,
                        "wamid.HBgLMTU1NTAwMDIyMjIVAgASGCBBQjBEQzc0NTMxQzMzODNFNzdGM0Y4Q0M1NkM2REE3QQA=", 1705697907);
                assertThat(m.content()).isEqualTo(new InboundContent.Text("Okee is goed hoor graag meer van u"));
                assertThat(m.repliedToMessageId()).isEqualTo("wamid.HBgLMTU1NTAwMDIyMjIVAgARGBJFRTU5MDUyRTE1RTQ1MTc2QzEA");
            }),
            Map.entry("webhook_inbound_system_user_changed_number.json", p -> {
                ReceivedMessage m = onlyMessage(p, "wamid.HBgLMTU1NTAwMDIyMjIVAgASGApBODBDMTM5MDdEAA==", 1750269342);
                assertThat(m.customer().profileName()).isNull();
                assertThat(m.content()).isEqualTo(new InboundContent.SystemNotice("user_changed_number",
                        "User Sheena Nelson changed from 15550002222 to 15550004444", "15550004444"));
            }),
            Map.entry("webhook_inbound_unsupported.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQwNTk4NjI4MzFGMzY3NDc5NEM5MAA=", 1750090702).content())
                    .isEqualTo(new InboundContent.Unsupported("WhatsApp does not deliver 'edit' messages (131051 Message type unknown)"))),
            Map.entry("webhook_inbound_unsupported_real_capture.json", p -> assertThat(onlyMessage(p,
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ5QTEzOTVFNEZDMkE4QjhBOTIyNgA=", 1673026174).content())
                    .isEqualTo(new InboundContent.Unsupported(
                            "WhatsApp could not deliver this message's content (131051 Message type unknown)"))),
            Map.entry("webhook_batch_multiple_messages.json", p -> {
                assertThat(p.numbers()).hasSize(1);
                assertThat(p.allMessages()).extracting(ReceivedMessage::externalMessageId).containsExactly(
                        "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRFQzJCRjlCMTI4QjRCMUYzRUM2OAA=",
                        "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBQ3REFGODAwM0I5QTExMkUwMkJFOAA=");
                assertThat(p.allMessages()).extracting(ReceivedMessage::content).containsExactly(
                        new InboundContent.Text("MESSAGE_BODY"), new InboundContent.Text("MESSAGE_BODY2"));
            }),
            Map.entry("webhook_batch_duplicate_message_ids.json", p -> {
                ReceivedMessage m = onlyMessage(p, "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRGNzJCNUQ5RkM1MDUwNUU0N0JEMAA=", 1454119029);
                assertThat(m.customer().profileName()).isEqualTo("Kerry Fisher");
                assertThat(m.content()).isEqualTo(new InboundContent.Text("Hello World"));
            }),
            Map.entry("webhook_unknown_phone_number_id.json", p -> {
                assertThat(p.numbers()).singleElement().satisfies(n -> assertThat(n.phoneNumberId()).isEqualTo("409552778964973"));
                assertThat(p.allMessages()).singleElement().satisfies(m -> {
                    assertThat(m.phoneNumberId()).isEqualTo("409552778964973");
                    assertThat(m.content()).isEqualTo(new InboundContent.Text("hi everyone!"));
                });
            }),
            Map.entry("webhook_status_sent.json", p -> assertThat(onlyStatus(p))
                    .isEqualTo(new StatusUpdate(SHARED_STATUS_WAMID, DeliveryStatus.SENT, CUSTOMER, at(1673020317), List.of()))),
            Map.entry("webhook_status_delivered.json", p -> assertThat(onlyStatus(p))
                    .isEqualTo(new StatusUpdate(SHARED_STATUS_WAMID, DeliveryStatus.DELIVERED, CUSTOMER, at(1673020317), List.of()))),
            Map.entry("webhook_status_read.json", p -> assertThat(onlyStatus(p))
                    .isEqualTo(new StatusUpdate(SHARED_STATUS_WAMID, DeliveryStatus.READ, CUSTOMER, at(1673020317), List.of()))),
            Map.entry("webhook_status_sent_pmp_marketing.json", p -> assertThat(onlyStatus(p)).isEqualTo(new StatusUpdate(
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRFRTFGRDI1MTY1NkQ3OTIzQTgyMQA=", DeliveryStatus.SENT, CUSTOMER,
                    at(1750030073), List.of()))),
            Map.entry("webhook_status_failed_131047_reengagement.json", p -> assertThat(onlyStatus(p)).isEqualTo(new StatusUpdate(
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBRGRkU5QUQxMjAxNTNEMzRGNTJEQgA=", DeliveryStatus.FAILED, CUSTOMER,
                    at(1682651887), List.of(new StatusUpdate.DeliveryError(131047, "Re-engagement message",
                            "Message failed to send because more than 24 hours have passed since the customer last replied to this number."))))),
            Map.entry("webhook_status_failed_131049_ecosystem.json", p -> assertThat(onlyStatus(p)).isEqualTo(new StatusUpdate(
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgARGBJGNTFDQ0Y3MTc2NkQ3QzY3OTUA", DeliveryStatus.FAILED, CUSTOMER,
                    at(1751142888), List.of(new StatusUpdate.DeliveryError(131049,
                            "This message was not delivered to maintain healthy ecosystem engagement.",
                            "In order to maintain a healthy ecosystem engagement, the message failed to be delivered."))))),
            Map.entry("webhook_status_failed_131053_media_upload.json", p -> assertThat(onlyStatus(p)).isEqualTo(new StatusUpdate(
                    "wamid.HBgLMTU1NTAwMDIyMjIVAgASGBREMENERjI2RDkyOEI2NkUxOTE4MQA=", DeliveryStatus.FAILED, CUSTOMER,
                    at(1677783372), List.of(new StatusUpdate.DeliveryError(131053, "Media upload error",
                            "Unsupported Video mime type text/html. Please use one of video/3gpp, video/mp4."))))));

    static Stream<String> webhookFixtures() {
        return WhatsAppFixtures.named("webhook_").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("webhookFixtures")
    void every_webhook_fixture_parses_to_exactly_its_content(String fixture) {
        Consumer<WebhookParse.Parsed> expectation = EXPECTED.get(fixture);
        if (expectation == null) fail("no expectation written for fixture " + fixture);
        WebhookParse result = new CloudWebhookParser().parse(WhatsAppFixtures.bytes(fixture));
        assertThat(result).isInstanceOf(WebhookParse.Parsed.class);
        WebhookParse.Parsed parsed = (WebhookParse.Parsed) result;
        assertThat(parsed.skipped()).isEmpty();
        expectation.accept(parsed);
    }

    private static ReceivedMessage onlyMessage(WebhookParse.Parsed parsed, String wamid, long epochSecond) {
        assertThat(parsed.numbers()).singleElement().satisfies(n -> {
            assertThat(n.phoneNumberId()).isEqualTo(NUMBER);
            assertThat(n.displayPhoneNumber()).isEqualTo("15550001111");
            assertThat(n.statuses()).isEmpty();
        });
        assertThat(parsed.allMessages()).hasSize(1);
        ReceivedMessage message = parsed.allMessages().getFirst();
        assertThat(message.externalMessageId()).isEqualTo(wamid);
        assertThat(message.phoneNumberId()).isEqualTo(NUMBER);
        assertThat(message.customer().waId()).isEqualTo(CUSTOMER);
        assertThat(message.timestamp()).isEqualTo(at(epochSecond));
        return message;
    }

    private static StatusUpdate onlyStatus(WebhookParse.Parsed parsed) {
        assertThat(parsed.numbers()).singleElement().satisfies(n -> {
            assertThat(n.phoneNumberId()).isEqualTo(NUMBER);
            assertThat(n.messages()).isEmpty();
            assertThat(n.statuses()).hasSize(1);
        });
        return parsed.numbers().getFirst().statuses().getFirst();
    }

    private static Instant at(long epochSecond) {
        return Instant.ofEpochSecond(epochSecond);
    }
}
