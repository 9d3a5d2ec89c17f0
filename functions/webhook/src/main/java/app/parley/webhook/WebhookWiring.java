package app.parley.webhook;

import app.parley.config.Env;
import app.parley.messaging.application.CachedPhoneNumberRoutes;
import app.parley.messaging.application.ReceivingWebhooks;
import app.parley.messaging.infrastructure.SqsClients;
import app.parley.messaging.infrastructure.SqsEnvelopeQueue;
import app.parley.persistence.DynamoClients;
import app.parley.persistence.PlatformTable;
import app.parley.tenancy.infrastructure.DynamoPhoneNumberRoutes;
import app.parley.whatsapp.cloud.CloudWebhookParser;
import java.time.Clock;
import java.time.Duration;

/**
 * The webhook's collaborators, built once per container. It only routes, so it names the platform table
 * alone (not {@code Tables}): its package carries no crypto, KMS or S3 code.
 */
record WebhookWiring(Handshake handshake, ReceivingWebhooks receiving) {
    static WebhookWiring fromEnvironment() {
        WebhookPriming.startAlongside();
        var routes = new CachedPhoneNumberRoutes(new DynamoPhoneNumberRoutes(new PlatformTable(DynamoClients.shared(), Env.require("PLATFORM_TABLE"))),
                Duration.ofSeconds(60), Duration.ofSeconds(5), Clock.systemUTC());
        var inbound = new SqsEnvelopeQueue(SqsClients.shared(), Env.require("INBOUND_QUEUE_URL"));
        var statuses = new SqsEnvelopeQueue(SqsClients.shared(), Env.require("STATUS_QUEUE_URL"));
        return new WebhookWiring(new Handshake(Env.require("WHATSAPP_VERIFY_TOKEN")),
                new ReceivingWebhooks(Env.require("WHATSAPP_APP_SECRET"), new CloudWebhookParser(), routes, inbound, statuses));
    }
}
