package app.parley.api;

import app.parley.api.http.Limits;
import app.parley.auth.access.AccessRole;
import app.parley.auth.access.Principal;
import app.parley.auth.passwords.Argon2Parameters;
import app.parley.auth.passwords.PasswordHasher;
import app.parley.auth.tokens.AccessTokenSettings;
import app.parley.auth.tokens.AccessTokens;
import app.parley.auth.tokens.SigningKeys;
import app.parley.billing.infrastructure.BillingWiring;
import app.parley.billing.infrastructure.FakeStripe;
import app.parley.billing.infrastructure.PdfInvoices;
import app.parley.billing.infrastructure.StripePayments;
import app.parley.quotations.infrastructure.PdfQuotations;
import app.parley.billing.model.BillingPolicy;
import app.parley.media.application.MediaStore;
import app.parley.media.infrastructure.LocalMediaStores;
import com.stripe.StripeClient;
import app.parley.messaging.infrastructure.SqsOutboundQueue;
import app.parley.orders.infrastructure.SqsOrderDecisionQueue;
import app.parley.persistence.Keys;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.platform.infrastructure.SecretsManagerSecrets;
import app.parley.tenancy.model.TenantId;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** The API handler on DynamoDB Local, ElasticMQ and moto_server, called with events shaped as API Gateway sends them. */
final class ApiFixture implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Cheap Argon2 for tests that make many users; login tests still verify real PHC hashes. */
    static final PasswordHasher HASHER = new PasswordHasher(new Argon2Parameters(1024, 1, 1));
    final LocalTables local;
    final LocalEngines engines;
    final SigningKeys keys = SigningKeys.generate();
    final AccessTokenSettings tokenSettings = AccessTokenSettings.of("parley", "parley-admin-api");
    final app.parley.api.http.Router router;
    final ApiHandler handler;
    /** The payments function's (Stripe) and the documents function's (PDFs) operations on their routers, as template.yaml routes them. */
    final app.parley.api.http.Router payments;
    final app.parley.api.http.Router documents;
    final AccessTokens tokens;
    /** Stripe's wire format on 127.0.0.1 (checkout). */
    final FakeStripe stripe;
    /** Billing over the same tables and fake Stripe, for tests that arrange subscriptions and invoices. */
    final BillingWiring billing;
    static final String WHATSAPP_TOKEN_SECRET_NAME = "parley/test/tenants/{tenantId}/whatsapp-token";

    /** Quotation PDFs, sealed per tenant in a temporary folder. */
    final MediaStore media;

    ApiFixture(Limits limits) {
        this(limits, app.parley.api.onboarding.OnboardingSettings.fromEnvironment());
    }

    ApiFixture(Limits limits, app.parley.api.onboarding.OnboardingSettings onboarding) {
        try {
            media = LocalMediaStores.inFolder(java.nio.file.Files.createTempDirectory("api-media"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        local = LocalTables.start();
        engines = LocalEngines.start();
        stripe = FakeStripe.start();
        Clock clock = Clock.systemUTC();
        billing = new BillingWiring(local.tables(), StripeClient.builder().setApiKey(FakeStripe.API_KEY).setApiBase(stripe.base()).build(),
                "whsec_unused_by_the_api", BillingPolicy.defaults(), clock);
        router = ApiWiring.router(new ApiDependencies(local.tables(), keys, tokenSettings, HASHER,
                new SqsOutboundQueue(engines.sqs, engines.outboundQueueUrl), new SecretsManagerSecrets(engines.secrets),
                limits, clock, true, billing, WHATSAPP_TOKEN_SECRET_NAME,
                new SqsOrderDecisionQueue(engines.sqs, engines.orderDecisionsQueueUrl), onboarding));
        handler = new ApiHandler(router);
        payments = PaymentsWiring.router(new PaymentsDependencies(local.tables(), keys, tokenSettings, limits, clock, billing,
                new StripePayments(StripeClient.builder().setApiKey(FakeStripe.API_KEY).setApiBase(stripe.base()).build())));
        documents = DocumentsWiring.router(new DocumentsDependencies(local.tables(), keys, tokenSettings, limits, clock, billing,
                new PdfInvoices(), new PdfQuotations(), media, new SqsOutboundQueue(engines.sqs, engines.outboundQueueUrl)));
        tokens = new AccessTokens(keys, tokenSettings, clock);
    }

    ApiFixture() {
        this(new Limits(Limits.perMinute("100000"), Limits.perMinute("100000"), Clock.systemUTC()));
    }

    Tables tables() { return local.tables(); }

    String token(TenantId tenant, String userId, AccessRole role) {
        return tokens.issue(Principal.of(userId, role == AccessRole.SUPER_ADMIN ? null : tenant, role)).value();
    }

    record Answer(int status, Map<String, String> headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (Exception e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    Answer call(String method, String pathAndQuery, String token, String body) {
        return call(method, pathAndQuery, token == null ? Map.of() : Map.of("authorization", "Bearer " + token), body);
    }

    Answer call(String method, String pathAndQuery, Map<String, String> extraHeaders, String body) {
        APIGatewayV2HTTPResponse r = handle(event(method, pathAndQuery, extraHeaders, body));
        return new Answer(r.getStatusCode(), r.getHeaders(), r.getBody());
    }

    /** To the payments or documents router for their operations' paths (the template's specific routes), else to the admin API. */
    APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        for (var router : List.of(payments, documents)) {
            if (serves(router, event)) return app.parley.api.http.HttpApiExchange.respond(router, event);
        }
        return handler.handleRequest(event, null);
    }

    private static boolean serves(app.parley.api.http.Router router, APIGatewayV2HTTPEvent event) {
        String method = event.getRequestContext().getHttp().getMethod();
        return router.operations().stream()
                .anyMatch(op -> op.method().equals(method) && event.getRawPath().matches(op.path().replaceAll("\\{[A-Za-z]+}", "[^/]+")));
    }

    /** An unauthenticated call from this source address (sign-up rates are per address). */
    Answer callFrom(String sourceIp, String method, String path, String body) {
        APIGatewayV2HTTPEvent event = event(method, path, Map.of(), body);
        event.getRequestContext().getHttp().setSourceIp(sourceIp);
        APIGatewayV2HTTPResponse r = handle(event);
        return new Answer(r.getStatusCode(), r.getHeaders(), r.getBody());
    }

    /** An HTTP API payload v2 event as API Gateway builds it for the route {@code ANY /api/{proxy+}}. */
    static APIGatewayV2HTTPEvent event(String method, String pathAndQuery, Map<String, String> extraHeaders, String body) {
        String[] parts = pathAndQuery.split("\\?", 2);
        Map<String, String> query = new LinkedHashMap<>();
        if (parts.length > 1) {
            for (String pair : parts[1].split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(kv[0], kv.length > 1 ? java.net.URLDecoder.decode(kv[1], java.nio.charset.StandardCharsets.UTF_8) : "");
            }
        }
        Map<String, String> headers = new HashMap<>(Map.of("host", "api.example.com", "user-agent", "it", "x-forwarded-for", "203.0.113.9"));
        if (body != null) headers.put("content-type", "application/json");
        extraHeaders.forEach((k, v) -> headers.put(k.toLowerCase(), v));
        return APIGatewayV2HTTPEvent.builder().withVersion("2.0").withRouteKey("ANY /api/{proxy+}").withRawPath(parts[0])
                .withRawQueryString(parts.length > 1 ? parts[1] : "").withHeaders(headers)
                .withQueryStringParameters(query.isEmpty() ? null : query)
                .withPathParameters(Map.of("proxy", parts[0].replaceFirst("^/api/", "")))
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder().withStage("$default").withRequestId("req-1")
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder().withMethod(method).withPath(parts[0])
                                .withProtocol("HTTP/1.1").withSourceIp("203.0.113.9").withUserAgent("it").build()).build())
                .withBody(body).withIsBase64Encoded(false).build();
    }

    /** Every stored item of a tenant in the tenant table, read raw (unscoped test client), keyed PK|SK. */
    Map<String, Map<String, AttributeValue>> rawItemsOf(TenantId tenant) {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        for (var page : local.raw().scanPaginator(b -> b.tableName(LocalTables.TENANT_TABLE).consistentRead(true))) {
            for (Map<String, AttributeValue> i : page.items()) {
                if (i.get(Keys.PK).s().startsWith(Keys.tenantPrefix(tenant))) items.put(i.get(Keys.PK).s() + "|" + i.get(Keys.SK).s(), i);
            }
        }
        return items;
    }

    /** The raw API Gateway answer (binary bodies stay base64 with isBase64Encoded set). */
    APIGatewayV2HTTPResponse raw(String method, String pathAndQuery, String token) {
        return handle(event(method, pathAndQuery, token == null ? Map.of() : Map.of("authorization", "Bearer " + token), null));
    }

    @Override
    public void close() {
        stripe.close();
        engines.close();
        local.close();
    }

    static List<String> list(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
