package app.parley.webhook;

import app.parley.snapstart.CannedAwsHttp;
import app.parley.snapstart.EventFixtures;
import app.parley.snapstart.Priming;
import app.parley.snapstart.SdkPriming;
import app.parley.snapstart.StartUp;
import app.parley.whatsapp.cloud.CloudWebhookParser;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.charset.StandardCharsets;

/** Before the snapshot: the SDK paths (route lookup, inbound queue), the Meta parser and the refusal of an unsigned webhook. */
final class WebhookPriming {
    private WebhookPriming() {}

    static Priming register(WebhookHandler handler) {
        CannedAwsHttp http = new CannedAwsHttp();
        return Priming.register("webhook",
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http)),
                parse(),
                Priming.step("unsigned webhook refused", () -> handler.handleRequest(event(), null)));
    }

    /** On a second thread while the wiring is built: TLS, the Meta parser, then the SDK paths once the clients' classes are in. */
    static void startAlongside() {
        CannedAwsHttp http = new CannedAwsHttp();
        StartUp.alongside("webhook", StartUp.tls(), parse(),
                Priming.step("dynamodb", () -> SdkPriming.dynamo(http)),
                Priming.step("sqs", () -> SdkPriming.sqs(http)));
    }

    private static Priming.Step parse() {
        return Priming.step("parse", () -> new CloudWebhookParser().parse(event().getBody().getBytes(StandardCharsets.UTF_8)));
    }

    /** The sample webhook with a signature no app secret produces: refused before anything is routed or queued. */
    static APIGatewayV2HTTPEvent event() {
        return EventFixtures.read(WebhookPriming.class, EventFixtures.of("webhook"), APIGatewayV2HTTPEvent.class);
    }
}
