package app.parley.privacy.application;

import static org.assertj.core.api.Assertions.assertThat;

import app.parley.conversation.infrastructure.DynamoConversations;
import app.parley.conversation.infrastructure.DynamoMessages;
import app.parley.conversation.model.*;
import app.parley.crm.infrastructure.DynamoCustomers;
import app.parley.crm.model.Consent;
import app.parley.crm.model.Customer;
import app.parley.crm.model.CustomerCreation;
import app.parley.crm.model.CustomerId;
import app.parley.media.application.MediaOpening;
import app.parley.media.application.MediaStore;
import app.parley.media.infrastructure.LocalMediaStores;
import app.parley.media.model.MediaContent;
import app.parley.media.model.MediaReference;
import app.parley.persistence.Keys;
import app.parley.persistence.LocalTables;
import app.parley.persistence.Tables;
import app.parley.persistence.Workload;
import app.parley.privacy.infrastructure.DynamoContactSwitches;
import app.parley.privacy.infrastructure.DynamoTenantRecords;
import app.parley.privacy.model.ConsentChange;
import app.parley.privacy.model.CustomerExport;
import app.parley.privacy.model.ErasureOutcome;
import app.parley.tenancy.model.TenantId;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/** GDPR/CCPA export and erasure of one customer on DynamoDB Local and a sealed media folder. */
class CustomerDataRequestsIT {
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    private static final byte[] PHOTO = "PHOTO-OF-ANNS-PRESCRIPTION".getBytes(StandardCharsets.UTF_8);
    private static LocalTables local;
    private static Tables tables;
    private static MediaStore media;

    record Other(Customer customer, Conversation conversation, Message message) {}

    @BeforeAll
    static void start() throws Exception {
        local = LocalTables.start();
        tables = local.tables();
        media = LocalMediaStores.inFolder(Files.createTempDirectory("parley-media-it"));
    }

    @AfterAll static void stop() { local.close(); }

    @Test
    void the_export_holds_everything_of_one_customer_and_nothing_of_another() throws Exception {
        Workload w = Workload.create(tables, "export", "820000000000001");
        MediaReference photo = withPhoto(w);
        consent(w);
        Other bo = other(w, "+15550002222", "Bo Other", "Bo's private question");

        CustomerExport export = requests().export(w.tenant().id(), w.customer().id()).orElseThrow();
        String json = JSON.writeValueAsString(export);

        assertThat(json).contains("+15550001111", "Ann", "Hello", w.conversation().id().value(), w.order().id().value(),
                "whatsapp-keyword", "STOP");
        assertThat(export.media()).singleElement().satisfies(m -> {
            assertThat(m.reference()).isEqualTo(photo.value());
            assertThat(java.util.Base64.getDecoder().decode(m.base64())).isEqualTo(PHOTO);
        });
        assertThat(json).doesNotContain("+15550002222", "15550002222", "Bo Other", "Bo's private question",
                bo.customer().id().value(), bo.conversation().id().value());
    }

    @Test
    void erasure_leaves_nothing_of_the_customer_and_everything_of_the_others() {
        Workload w = Workload.create(tables, "erasure", "820000000000002");
        MediaReference photo = withPhoto(w);
        consent(w);
        Other bo = other(w, "+15550001112", "Bo Other", "Bo keeps this");
        TenantId t = w.tenant().id();
        List<String> annIds = List.of(w.customer().id().value(), w.conversation().id().value(), w.order().id().value(), "wamid.erasure");

        assertThat(requests().erase(t, w.customer().id())).isInstanceOf(ErasureOutcome.Erased.class);

        assertThat(rawItemsOf(t)).noneMatch(item -> annIds.stream().anyMatch(id -> item.toString().contains(id)));
        var remaining = new DynamoTenantRecords(tables.tenant()).all(t).toString();
        assertThat(remaining).doesNotContain("+15550001111").doesNotContain("=Ann").contains("+15550001112");
        assertThat(new DynamoCustomers(tables.tenant()).findByPhone(t, "+15550001111")).isEmpty();
        assertThat(media.contains(photo)).isFalse();
        assertThat(media.open(photo.value(), t)).isInstanceOf(MediaOpening.Missing.class);

        assertThat(new DynamoCustomers(tables.tenant()).findByPhone(t, "+15550001112")).contains(bo.customer());
        assertThat(new DynamoMessages(tables.tenant()).latest(t, bo.conversation().id(), 10)).extracting(Message::text)
                .containsExactly("Bo keeps this");
        assertThat(requests().erase(t, w.customer().id())).isEqualTo(new ErasureOutcome.NotFound());
    }

    @Test
    void the_tenant_export_holds_every_record_of_the_tenant_opened_and_none_of_another_tenant() throws Exception {
        Workload w = Workload.create(tables, "tenant-export", "820000000000003");
        Workload other = Workload.create(tables, "tenant-other", "820000000000004");

        var export = new ExportingTenantData(new DynamoTenantRecords(tables.tenant()), Clock.systemUTC()).export(w.tenant().id());
        String json = JSON.writeValueAsString(export);

        assertThat(export.records()).hasSizeGreaterThan(10);
        assertThat(json).contains("+15550001111", "Hello", w.service().id().value(), w.order().id().value());
        assertThat(json).doesNotContain(other.tenant().id().value(), other.customer().id().value(), other.service().id().value());
    }

    private static HandlingDataRequests requests() {
        return new HandlingDataRequests(new DynamoCustomers(tables.tenant()), new DynamoTenantRecords(tables.tenant()), media,
                Clock.systemUTC());
    }

    private static MediaReference withPhoto(Workload w) {
        MediaReference ref = MediaReference.forMessage(w.tenant().id(), "wamid.photo-" + w.tenant().slug());
        media.put(ref, new MediaContent(PHOTO, "image/jpeg"));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        new DynamoMessages(tables.tenant()).append(new Message(w.tenant().id(), w.conversation().id(), MessageId.newId(),
                Direction.INBOUND, "wamid.photo-" + w.tenant().slug(), MessageType.IMAGE, null, ref.value(), now, now));
        return ref;
    }

    private static void consent(Workload w) {
        new DynamoContactSwitches(tables.tenant()).record(new ConsentChange(w.tenant().id(), w.customer().id(), "cns_1",
                Consent.WITHDRAWN, Instant.now(), "whatsapp-keyword", "STOP", "wamid.stop"));
    }

    private static Other other(Workload w, String phone, String name, String text) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Customer customer = ((CustomerCreation.Created) new DynamoCustomers(tables.tenant()).create(
                new Customer(w.tenant().id(), CustomerId.newId(), phone, name, Consent.GRANTED, now))).customer();
        Conversation conversation = Conversation.open(w.tenant().id(), customer.id(), phone, now);
        new DynamoConversations(tables.tenant()).start(conversation);
        Message message = new Message(w.tenant().id(), conversation.id(), MessageId.newId(), Direction.INBOUND,
                "wamid.other-" + customer.id().value(), MessageType.TEXT, text, null, now, now);
        new DynamoMessages(tables.tenant()).append(message);
        return new Other(customer, conversation, message);
    }

    private static List<Map<String, AttributeValue>> rawItemsOf(TenantId t) {
        return local.raw().scanPaginator(s -> s.tableName(LocalTables.TENANT_TABLE)).items().stream()
                .filter(i -> i.get(Keys.PK).s().startsWith(Keys.tenantPrefix(t))).toList();
    }
}
