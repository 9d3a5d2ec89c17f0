package app.parley.persistence;

import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * The only place that knows key layouts. Every tenant item's partition key starts with
 * {@code T#<tenantId>#}; every platform item's with {@code P#}. Sort keys and GSI keys are
 * built here too, so a layout change is one edit.
 *
 * <p>Tenant data table ({@code PK}, {@code SK}; {@code GSI1PK}/{@code GSI1SK} for lists;
 * {@code TPK}/{@code TSK} for the sharded per-tenant index used by export and hard delete).
 */
public final class Keys {
    public static final String PK = "PK";
    public static final String SK = "SK";
    public static final String GSI1PK = "GSI1PK";
    public static final String GSI1SK = "GSI1SK";
    public static final String TPK = "TPK";
    public static final String TSK = "TSK";
    public static final String GSI1 = "GSI1";
    public static final String BY_TENANT = "ByTenant";
    public static final String EXPIRES_AT = "expiresAt";
    /** Shards of the ByTenant index: no tenant becomes one hot index partition. */
    public static final int TENANT_INDEX_SHARDS = 8;

    private Keys() {}

    public static String tenantPrefix(TenantId t) {
        return "T#" + t.value() + "#";
    }

    // ---- tenant data table: partition keys ----
    public static String tenantProfile(TenantId t) { return tenantPrefix(t) + "TENANT"; }
    public static String users(TenantId t) { return tenantPrefix(t) + "USERS"; }
    public static String catalog(TenantId t) { return tenantPrefix(t) + "CATALOG"; }
    public static String faqs(TenantId t) { return tenantPrefix(t) + "FAQS"; }
    public static String lookups(TenantId t) { return tenantPrefix(t) + "LOOKUPS"; }
    public static String whatsAppSessions(TenantId t) { return tenantPrefix(t) + "WA"; }
    public static String customer(TenantId t, String customerId) { return tenantPrefix(t) + "CUST#" + customerId; }
    public static String customerPhone(TenantId t, String phone) { return tenantPrefix(t) + "PHONE#" + phone; }
    public static String conversation(TenantId t, String conversationId) { return tenantPrefix(t) + "CONV#" + conversationId; }
    public static String inboundMessageSeen(TenantId t, String externalMessageId) { return tenantPrefix(t) + "WAMID#" + externalMessageId; }
    public static String order(TenantId t, String orderId) { return tenantPrefix(t) + "ORDER#" + orderId; }
    public static String audit(TenantId t, LocalDate day) { return tenantPrefix(t) + "AUDIT#" + day; }
    /** A login session (refresh token family) of a tenant's staff member: SK {@link #FAMILY} and {@code RT#<hash>}. */
    public static String loginSession(TenantId t, String familyId) { return tenantPrefix(t) + "SESSION#" + familyId; }
    /** An outgoing message by its stable id (status, the envelope, the wamid Meta gave it). */
    public static String outbound(TenantId t, String outboundId) { return tenantPrefix(t) + "OUT#" + outboundId; }
    /** The reply decided for one inbound WhatsApp message: redeliveries re-enqueue it instead of deciding again. */
    public static String replyTo(TenantId t, String inboundExternalId) { return tenantPrefix(t) + "REPLYTO#" + inboundExternalId; }
    /** Which outgoing message Meta knows by this wamid (status callbacks name only the wamid). */
    public static String sentMessage(TenantId t, String wamid) { return tenantPrefix(t) + "SENT#" + wamid; }
    /** Sharded daily usage counters (messages in/out), so a busy tenant is not one hot item. */
    public static String usage(TenantId t, LocalDate day, int shard) { return tenantPrefix(t) + "DAILY#" + day + "#S" + shard; }

    // ---- billing, tenant data table ----
    /** The tenant's subscription (SK {@link #SUBSCRIPTION}); the pipeline reads it consistently. */
    public static String billing(TenantId t) { return tenantPrefix(t) + "BILLING"; }
    public static final String SUBSCRIPTION = "SUBSCRIPTION";
    /** Exactly-once marker of one usage event (TTL'd long after SQS could redeliver it). */
    public static String usageEventSeen(TenantId t, String eventId) { return tenantPrefix(t) + "USAGEEVT#" + eventId; }
    /** One shard of a tenant's usage counters for a period (SK {@link #COUNTERS}): writes spread over partitions. */
    public static String usageShard(TenantId t, String period, int shard) { return tenantPrefix(t) + "USAGE#" + period + "#S" + shard; }
    public static final String COUNTERS = "COUNTERS";
    public static final int USAGE_SHARDS = 8;
    public static String invoices(TenantId t) { return tenantPrefix(t) + "INVOICES"; }
    public static String invoice(String period) { return "INV#" + period; }
    /** Notifications for the tenant's staff (new order requests, requests that need a look), time-ordered. */
    public static String notifications(TenantId t) { return tenantPrefix(t) + "NOTIFICATIONS"; }

    // ---- quotations, tenant data table ----
    /** A quotation: SK {@link #META} (the current state) and {@link #quotationVersion} (every version as drafted). */
    public static String quotation(TenantId t, String quotationId) { return tenantPrefix(t) + "QUOTE#" + quotationId; }
    public static String quotationVersion(int version) { return "V#" + String.format("%04d", version); }
    /** Every quotation of the tenant, newest first (GSI1). */
    public static String quotationList(TenantId t) { return tenantPrefix(t) + "QUOTES"; }
    public static String quotationListSort(String sortableTime, String quotationId) { return sortableTime + "#" + quotationId; }
    /** Under a customer's partition: a quotation drafted for them. */
    public static String quotationLink(String quotationId) { return "QUOTE#" + quotationId; }
    /** Under a customer's partition: the quotation sent to them that waits for their answer. */
    public static final String AWAITED_QUOTATION = "AWAITING#QUOTE";
    /** Under a customer's partition: one of their conversations (every one, the current one included). */
    public static String customerConversationLink(String conversationId) { return "CONV#" + conversationId; }
    /** Under a customer's partition: the staff's tags (SK). */
    public static final String CUSTOMER_TAGS = "TAGS";

    // ---- customer care: tickets, reviews, figures (issue 7) ----
    /** A ticket (SK {@link #ITEM}), its history ({@code HIST#...}) and notes ({@code NOTE#...}). */
    public static String ticket(TenantId t, String ticketId) { return tenantPrefix(t) + "TICKET#" + ticketId; }
    public static String ticketList(TenantId t) { return tenantPrefix(t) + "TICKETS"; }
    public static String ticketListSort(String sortableTime, String ticketId) { return sortableTime + "#" + ticketId; }
    public static String ticketHistory(String sortableTime, String entryId) { return "HIST#" + sortableTime + "#" + entryId; }
    public static String ticketNote(String sortableTime, String noteId) { return "NOTE#" + sortableTime + "#" + noteId; }
    /** Under a conversation's partition: the ticket still open for it (one complaint ticket at a time). */
    public static final String OPEN_TICKET = "TICKET#OPEN";
    /** The review request waiting for this customer's answer (SK {@link #PENDING}). */
    /** {@code phoneLookup}: the tenant-keyed hash of the phone ({@code TenantTable.lookup}), never the phone itself. */
    public static String reviewRequest(TenantId t, String phoneLookup) { return tenantPrefix(t) + "REVIEWASK#" + phoneLookup; }
    public static final String PENDING = "PENDING";
    public static String review(TenantId t, String reviewId) { return tenantPrefix(t) + "REVIEW#" + reviewId; }
    public static String reviewList(TenantId t) { return tenantPrefix(t) + "REVIEWS"; }
    public static String reviewListSort(String sortableTime, String reviewId) { return sortableTime + "#" + reviewId; }
    /** A notification by its id (SK {@link #ITEM}): where its entry in {@link #notifications} is, and who read it. */
    public static String notification(TenantId t, String notificationId) { return tenantPrefix(t) + "NOTIFICATION#" + notificationId; }
    /** Changes of one lookup table, time-ordered (SK {@link #lookupChange}). */
    public static String lookupHistory(TenantId t, String name) { return tenantPrefix(t) + "LOOKUPHIST#" + name; }
    public static String lookupChange(String sortableTime, String changeId) { return sortableTime + "#" + changeId; }

    // ---- privacy and abuse (under the customer's partition unless said otherwise) ----
    /** SK of a customer's contact switches: opted out, paused for flooding. */
    public static final String CONTACT_SWITCHES = "SWITCHES";
    /** SK of one consent change of a customer (time-ordered history). */
    public static String consentEntry(String sortableTime, String changeId) { return "CONSENT#" + sortableTime + "#" + changeId; }
    /** SK of a customer's inbound message counter for one minute ({@code yyyy-MM-ddTHH:mm}). */
    public static String inboundRate(String minute) { return "RATE#" + minute; }
    /** A tenant's inbound message counter for one minute (SK {@link #COUNTERS}). */
    public static String tenantInboundRate(TenantId t, String minute) { return tenantPrefix(t) + "INRATE#" + minute; }
    /** SK under {@link #tenantProfile}: automatic replies paused for an inbound flood. */
    public static final String INBOUND_FLOOD = "FLAG#INBOUND_FLOOD";
    /** SK under {@link #tenantProfile}: the tenant's retention settings (message lifetime). */
    public static final String SETTINGS_RETENTION = "SETTINGS#RETENTION";

    // ---- tenant data table: list (GSI1) partition keys ----
    public static String customerList(TenantId t) { return tenantPrefix(t) + "CUSTOMERS"; }
    public static String conversationList(TenantId t) { return tenantPrefix(t) + "CONVS"; }
    public static String orderList(TenantId t, String status) { return tenantPrefix(t) + "ORDERS#" + status; }

    // ---- tenant data table: sort keys ----
    public static final String PROFILE = "PROFILE";
    public static final String SETTINGS_AI = "SETTINGS#AI";
    public static final String META = "META";
    public static final String ITEM = "ITEM";
    /** Under a customer's partition: the conversation the pipeline continues for that customer. */
    public static final String CURRENT_CONVERSATION = "CONV#CURRENT";
    /** Under a conversation's partition: what the assistant remembers between turns (JSON). */
    public static final String ASSISTANT_MEMORY = "MEMORY#ASSISTANT";
    /** Under a conversation's or a customer's partition: an order that came from it. */
    public static String orderLink(String orderId) { return "ORDER#" + orderId; }
    public static String notificationEntry(String sortableTime, String notificationId) { return sortableTime + "#" + notificationId; }
    /** A flag on a conversation for staff, e.g. {@code FLAG#REENGAGEMENT_REQUIRED}. */
    public static String conversationFlag(String flag) { return "FLAG#" + flag; }
    public static String user(String userId) { return "USER#" + userId; }
    public static String service(String serviceId) { return "SERVICE#" + serviceId; }
    public static String faq(String faqId) { return "FAQ#" + faqId; }
    public static String lookupTable(String name) { return "TABLE#" + name; }
    public static String session(String sessionId) { return "SESSION#" + sessionId; }
    public static String message(String sortableTime, String messageId) { return "MSG#" + sortableTime + "#" + messageId; }
    /** Under {@link #whatsAppSessions}: where a session's sealed credentials are, and the fence that wrote them. */
    public static String sessionVault(String sessionId) { return "VAULT#" + sessionId; }
    /** Under {@link #whatsAppSessions}: the number's sending switch and warm-up start. */
    public static String sessionSending(String sessionId) { return "SENDING#" + sessionId; }
    public static String auditEntry(String sortableTime, String eventId) { return sortableTime + "#" + eventId; }
    public static final String FAMILY = "FAMILY";
    public static final String REFRESH_TOKEN_PREFIX = "RT#";
    public static String refreshToken(String tokenHash) { return REFRESH_TOKEN_PREFIX + tokenHash; }

    /** Sharded per-tenant index partition for an item, chosen by a stable hash of its keys. */
    public static String tenantIndexPartition(TenantId t, String pk, String sk) {
        int shard = Math.floorMod((pk + "|" + sk).hashCode(), TENANT_INDEX_SHARDS);
        return tenantIndexShard(t, shard);
    }

    public static String tenantIndexShard(TenantId t, int shard) { return tenantPrefix(t) + "S" + shard; }

    public static String tenantIndexSort(String pk, String sk) { return pk + "|" + sk; }

    public static String conversationListSort(String sortableTime, String conversationId) { return sortableTime + "#" + conversationId; }
    public static String orderListSort(String sortableTime, String orderId) { return sortableTime + "#" + orderId; }
    public static String customerListSort(String customerId) { return customerId; }

    private static final DateTimeFormatter SORTABLE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    /** A fixed-width UTC timestamp, so string order is time order in sort keys. */
    public static String sortableTime(Instant when) { return SORTABLE.format(when); }

    // ---- blob store (S3 object keys / local folder paths) ----
    public static String sessionStateBlob(TenantId t, String sessionId, long fence, String file) {
        return "tenants/" + t.value() + "/whatsapp/" + sessionId + "/" + fence + "/" + file;
    }
    public static String inboundMediaBlob(TenantId t, String externalMessageId) {
        return "tenants/" + t.value() + "/whatsapp-media/" + externalMessageId.replaceAll("[^A-Za-z0-9_.-]", "_");
    }

    // ---- platform table ----
    public static final String ROUTE = "ROUTE";
    public static final String PLATFORM_AI = "AI";
    /** A feature flag under {@link #platformSettings()}. */
    public static String platformFlag(String name) { return "FLAG#" + name; }

    public static final String PLATFORM_PREFIX = "P#";
    public static String platformTenant(TenantId t) { return PLATFORM_PREFIX + "TENANT#" + t.value(); }
    public static String platformTenantList() { return PLATFORM_PREFIX + "TENANTS"; }
    public static String platformSlug(String slug) { return PLATFORM_PREFIX + "SLUG#" + slug; }
    public static String platformEmail(String normalizedEmail) { return PLATFORM_PREFIX + "EMAIL#" + normalizedEmail; }
    public static String platformPhoneNumber(String phoneNumberId) { return PLATFORM_PREFIX + "WANUM#" + phoneNumberId; }
    public static String platformAdmin(String userId) { return PLATFORM_PREFIX + "ADMIN#" + userId; }
    public static String platformSettings() { return PLATFORM_PREFIX + "SETTINGS"; }
    /** Self-service onboarding: sign-up verification tokens (by hash), the funnel, tenants waiting for erasure. */
    public static String platformSignUpVerification(String tokenHash) { return PLATFORM_PREFIX + "VERIFY#" + tokenHash; }
    public static String platformFunnel() { return PLATFORM_PREFIX + "FUNNEL"; }
    public static String funnelTenant(TenantId t) { return "TENANT#" + t.value(); }
    public static final String FUNNEL_TOTALS = "TOTALS";
    public static String platformErasures() { return PLATFORM_PREFIX + "ERASURES"; }
    public static String erasureEntry(String sortableDue, TenantId t) { return sortableDue + "#" + t.value(); }
    public static final String ONBOARDING = "ONBOARDING";
    public static String platformAudit(LocalDate day) { return PLATFORM_PREFIX + "AUDIT#" + day; }
    public static final String PLATFORM_AI_PROVIDERS = "AI_PROVIDERS";
    /** A super admin's login session (no tenant): SK {@link #FAMILY} and {@code RT#<hash>}. */
    public static String platformLoginSession(String familyId) { return PLATFORM_PREFIX + "SESSION#" + familyId; }
    /** Login throttling state; {@code hashedKey} is a SHA-256 of the account or IP key (login precedes any tenant). */
    public static String platformThrottle(String hashedKey) { return PLATFORM_PREFIX + "THROTTLE#" + hashedKey; }
    /** A pending password reset, keyed by the SHA-256 of its token (the token itself is only mailed). */
    public static String platformPasswordReset(String tokenHash) { return PLATFORM_PREFIX + "RESET#" + tokenHash; }
    /** Mails written by the local outbox mailer, time-ordered. */
    public static String platformOutbox() { return PLATFORM_PREFIX + "OUTBOX"; }
    public static String outboxEntry(String sortableTime, String mailId) { return sortableTime + "#" + mailId; }
    /** Every unofficial session the gateway holds, each item also its lease (owner, expiry, fencing token). */
    public static String platformGatewaySessions() { return PLATFORM_PREFIX + "WAGW#SESSIONS"; }
    public static String gatewaySession(TenantId t, String sessionId) { return t.value() + "#" + sessionId; }
    /** Live gateway tasks (heartbeat items), so each task claims a fair share of the sessions. */
    public static String platformGatewayTasks() { return PLATFORM_PREFIX + "WAGW#TASKS"; }
    public static String gatewayTask(String taskId) { return "TASK#" + taskId; }

    // ---- platform table: daily figures (issue 7) ----
    /** Platform-wide daily figures (onboarding, usage, reviews), sharded like the tenants' DAILY items; SK {@link #COUNTERS}. */
    public static String platformDaily(LocalDate day, int shard) { return PLATFORM_PREFIX + "DAILY#" + day + "#S" + shard; }

    // ---- platform table: billing ----
    public static String platformPlans() { return PLATFORM_PREFIX + "BILLING#PLANS"; }
    public static String plan(String planId) { return "PLAN#" + planId; }
    /** One line per subscribed tenant (SK = tenant id), listed under {@link #platformBillingDue()} while a deadline is set. */
    public static String platformSubscriptions() { return PLATFORM_PREFIX + "BILLING#SUBS"; }
    public static String platformBillingDue() { return PLATFORM_PREFIX + "BILLING#DUE"; }
    public static String billingDueSort(Instant deadline, TenantId t) { return sortableTime(deadline) + "#" + t.value(); }
    /** The gap-free invoice number counter (SK {@link #META}). */
    public static String platformInvoiceSequence() { return PLATFORM_PREFIX + "BILLING#INVOICESEQ"; }
    /** Platform figures: SK {@link #FIGURES_ALL} or {@link #figuresMonth(String)}. */
    public static String platformFigures() { return PLATFORM_PREFIX + "BILLING#FIGURES"; }
    public static final String FIGURES_ALL = "ALL";
    public static String figuresMonth(String period) { return "M#" + period; }
    /** Revenue per tenant: SK = tenant id. */
    public static String platformRevenue() { return PLATFORM_PREFIX + "BILLING#REVENUE"; }
    /** A payment provider event already applied (idempotency of the provider's webhook). */
    public static String platformPaymentEvent(String provider, String eventId) { return PLATFORM_PREFIX + "BILLING#PAYEVT#" + provider + "#" + eventId; }
}
