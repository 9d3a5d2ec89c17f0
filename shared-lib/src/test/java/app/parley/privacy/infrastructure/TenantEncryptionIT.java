package app.parley.privacy.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.parley.config.Env;
import app.parley.conversation.infrastructure.DynamoMessages;
import app.parley.conversation.model.*;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.crm.model.*;
import app.parley.local.engines.MotoServer;
import app.parley.persistence.Keys;
import app.parley.persistence.LocalTables;
import app.parley.persistence.PlatformTable;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantTable;
import app.parley.persistence.Workload;
import app.parley.privacy.application.PersonalDataUnreadable;
import app.parley.privacy.application.TenantCrypto;
import app.parley.tenancy.application.ChangingTenantLifecycle;
import app.parley.tenancy.infrastructure.DynamoTenantPurge;
import app.parley.tenancy.infrastructure.DynamoTenants;
import app.parley.tenancy.model.LifecycleAction;
import app.parley.tenancy.model.TenantId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.kms.model.KeyState;

/** Personal data sealed under a KMS key per tenant (moto_server's KMS), stored in DynamoDB Local. */
class TenantEncryptionIT {
    private static final String ALIASES = "alias/parley/test/tenant/";
    private static MotoServer moto;
    private static KmsClient kms;
    private static LocalTables local;
    private static TenantCrypto crypto;
    private static Tables tables;

    @BeforeAll
    static void start() {
        moto = MotoServer.start();
        Env.override(Map.of("AWS_ENDPOINT_URL_KMS", moto.endpoint().toString(), "AWS_REGION", "us-east-1",
                "AWS_ACCESS_KEY_ID", "local", "AWS_SECRET_ACCESS_KEY", "local"));
        kms = KmsClients.kms();
        local = LocalTables.start();
        crypto = TenantCryptos.withKms(kms, ALIASES);
        tables = new Tables(new TenantTable(local.client(), LocalTables.TENANT_TABLE, crypto),
                new PlatformTable(local.client(), LocalTables.PLATFORM_TABLE));
    }

    @AfterAll
    static void stop() {
        Env.clearOverrides();
        local.close();
        kms.close();
        moto.close();
    }

    @Test
    void phone_name_and_message_text_are_stored_sealed_and_read_back_in_plaintext() {
        Workload w = Workload.create(tables, "sealed", "700000000000001");
        TenantId t = w.tenant().id();

        assertThat(rawItemsOf(t)).hasSizeGreaterThan(5).noneSatisfy(item -> {
            String raw = item.toString();
            assertThat(raw.contains("15550001111") || raw.contains("Ann\"") || raw.contains("S=Ann") || raw.contains("S=Hello")).isTrue();
        });
        var customers = new DynamoCustomers(tables.tenant());
        assertThat(customers.find(t, w.customer().id())).contains(w.customer());
        assertThat(customers.findByPhone(t, "+15550001111")).contains(w.customer());
        assertThat(new DynamoMessages(tables.tenant()).latest(t, w.conversation().id(), 10))
                .extracting(Message::text).containsExactly("Hello");
        assertThat(kms.describeKey(b -> b.keyId(ALIASES + t.value())).keyMetadata().keyState()).isEqualTo(KeyState.ENABLED);
    }

    @Test
    void a_review_request_and_its_answer_hold_the_phone_only_sealed_or_as_a_keyed_hash() {
        Workload w = Workload.create(tables, "reviewed", "700000000000008");
        TenantId t = w.tenant().id();
        var reviews = new app.parley.reviews.infrastructure.DynamoReviews(tables);
        var subject = new app.parley.reviews.model.ReviewSubject(app.parley.reviews.model.ReviewSubject.Kind.ORDER, "ord_1");
        Instant asked = Instant.parse("2026-11-20T10:00:00Z");
        var request = new app.parley.reviews.model.ReviewRequest(t, "15550002222", subject, w.conversation().id().value(), asked);

        assertThat(reviews.ask(request)).isTrue();
        assertThat(reviews.pendingFor(t, "15550002222")).contains(request);
        assertThat(reviews.answer(new app.parley.reviews.model.Review(t, "rev_1", subject, "15550002222",
                w.conversation().id().value(), new app.parley.reviews.model.Rating(5, "great"), asked.plusSeconds(60)), request)).isTrue();

        assertThat(reviews.pendingFor(t, "15550002222")).isEmpty();
        assertThat(rawItemsOf(t)).noneMatch(item -> item.toString().contains("15550002222"));
    }

    @Test
    void another_tenants_key_refuses_a_sealed_value_copied_into_its_own_item() {
        Workload a = Workload.create(tables, "owner", "700000000000002");
        Workload b = Workload.create(tables, "thief", "700000000000003");
        Map<String, AttributeValue> ofA = rawMessage(a);
        Map<String, AttributeValue> ofB = new HashMap<>(rawMessage(b));
        ofB.put("text", ofA.get("text"));
        local.raw().putItem(p -> p.tableName(LocalTables.TENANT_TABLE).item(ofB));

        assertThatThrownBy(() -> new DynamoMessages(tables.tenant()).latest(b.tenant().id(), b.conversation().id(), 10))
                .isInstanceOf(PersonalDataUnreadable.class);
        byte[] sealedForA = ofA.get("text").b().asByteArray();
        assertThatThrownBy(() -> crypto.open(b.tenant().id(), "text", sealedForA)).isInstanceOf(PersonalDataUnreadable.class);
        assertThat(new String(crypto.open(a.tenant().id(), "text", sealedForA), StandardCharsets.UTF_8)).isEqualTo("Hello");
        assertThatThrownBy(() -> crypto.open(a.tenant().id(), "name", sealedForA)).isInstanceOf(PersonalDataUnreadable.class);
    }

    @Test
    void shredding_the_tenants_key_makes_every_stored_copy_unreadable_even_for_a_fresh_process() {
        Workload w = Workload.create(tables, "shredded", "700000000000004");
        TenantId t = w.tenant().id();
        byte[] copy = rawMessage(w).get("text").b().asByteArray();
        String keyArn = kms.describeKey(b -> b.keyId(ALIASES + t.value())).keyMetadata().arn();

        crypto.shred(t);

        assertThat(kms.describeKey(b -> b.keyId(keyArn)).keyMetadata().keyState()).isEqualTo(KeyState.PENDING_DELETION);
        TenantCrypto freshProcess = TenantCryptos.withKms(kms, ALIASES);
        assertThatThrownBy(() -> freshProcess.open(t, "text", copy)).isInstanceOf(PersonalDataUnreadable.class);
        assertThatThrownBy(() -> crypto.open(t, "text", copy)).isInstanceOf(PersonalDataUnreadable.class);
        assertThatThrownBy(() -> new DynamoMessages(tables.tenant()).latest(t, w.conversation().id(), 10))
                .isInstanceOf(PersonalDataUnreadable.class);
        // moto_server does not refuse Decrypt on a key pending deletion as KMS does; its alias is gone, so no process finds it
        assertThat(kms.listAliases().aliases()).noneMatch(a -> a.aliasName().equals(ALIASES + t.value()) && keyArn.endsWith(a.targetKeyId()));
    }

    @Test
    void sealing_a_message_reuses_the_cached_data_key_instead_of_calling_kms_each_time() {
        Workload w = Workload.create(tables, "cached", "700000000000005");
        TenantId t = w.tenant().id();
        List<byte[]> sealed = new java.util.ArrayList<>();
        for (int i = 0; i < 200; i++) sealed.add(crypto.seal(t, "text", ("message " + i).getBytes(StandardCharsets.UTF_8)));
        // the encrypted data key (wrapped by KMS) sits in the header: one cached data key means identical headers
        assertThat(sealed.stream().map(s -> new String(s, 0, 200, StandardCharsets.ISO_8859_1).substring(40, 190)).distinct()).hasSize(1);
    }

    @Test
    void a_hard_deleted_tenant_leaves_no_item_and_its_kms_key_is_scheduled_for_deletion() {
        Workload w = Workload.create(tables, "purged", "700000000000006");
        TenantId t = w.tenant().id();
        String keyArn = kms.describeKey(b -> b.keyId(ALIASES + t.value())).keyMetadata().arn();
        var lifecycle = new ChangingTenantLifecycle(new DynamoTenants(tables), new DynamoTenantPurge(tables));
        lifecycle.change(t, LifecycleAction.SOFT_DELETE);

        lifecycle.change(t, LifecycleAction.HARD_DELETE);

        for (String table : List.of(LocalTables.TENANT_TABLE, LocalTables.PLATFORM_TABLE)) {
            assertThat(local.raw().scanPaginator(s -> s.tableName(table)).items().stream()
                    .filter(i -> i.toString().contains(t.value()))).isEmpty();
        }
        assertThat(kms.describeKey(b -> b.keyId(keyArn)).keyMetadata().keyState()).isEqualTo(KeyState.PENDING_DELETION);
        assertThat(kms.listAliases().aliases()).noneMatch(a -> a.aliasName().equals(ALIASES + t.value()));
    }

    /** Prints the figures BENCHMARKS.md quotes; fails if sealing stops reusing cached data keys (a KMS call each). */
    @Test
    void sealing_and_opening_one_message_body_costs_microseconds_with_a_cached_data_key() {
        TenantId t = Workload.create(tables, "timed", "700000000000007").tenant().id();
        byte[] body = "Hi, I would like to book a check-up for Saturday morning, my name is Ann".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 500; i++) crypto.open(t, "text", crypto.seal(t, "text", body));
        int rounds = 5_000;
        byte[][] sealed = new byte[rounds][];
        long start = System.nanoTime();
        for (int i = 0; i < rounds; i++) sealed[i] = crypto.seal(t, "text", body);
        long sealedAt = System.nanoTime();
        for (int i = 0; i < rounds; i++) crypto.open(t, "text", sealed[i]);
        long openedAt = System.nanoTime();
        double sealMicros = (sealedAt - start) / 1000.0 / rounds;
        double openMicros = (openedAt - sealedAt) / 1000.0 / rounds;
        System.out.printf("tenant crypto: seal %.1f us, open %.1f us per %d-byte body; sealed size %d bytes%n",
                sealMicros, openMicros, body.length, sealed[0].length);
        assertThat(sealMicros + openMicros).isLessThan(2_000);
    }

    private static List<Map<String, AttributeValue>> rawItemsOf(TenantId t) {
        return local.raw().scanPaginator(s -> s.tableName(LocalTables.TENANT_TABLE)).items().stream()
                .filter(i -> i.get(Keys.PK).s().startsWith(Keys.tenantPrefix(t))).toList();
    }

    private static Map<String, AttributeValue> rawMessage(Workload w) {
        return local.raw().query(q -> q.tableName(LocalTables.TENANT_TABLE).keyConditionExpression("PK = :pk AND begins_with(SK, :sk)")
                .expressionAttributeValues(Map.of(":pk", AttributeValue.fromS(Keys.conversation(w.tenant().id(), w.conversation().id().value())),
                        ":sk", AttributeValue.fromS("MSG#")))).items().get(0);
    }
}
