package app.parley.reviews.infrastructure;

import static app.parley.persistence.Attrs.optStr;
import static app.parley.persistence.Attrs.str;

import app.parley.common.model.Page;
import app.parley.persistence.Attrs;
import app.parley.persistence.Expression;
import app.parley.persistence.Keys;
import app.parley.persistence.Tables;
import app.parley.persistence.TenantItem;
import app.parley.persistence.TenantTable;
import app.parley.reports.infrastructure.DynamoDailyFigures;
import app.parley.reports.model.Figure;
import app.parley.reports.model.PlatformFigure;
import app.parley.reviews.application.Reviews;
import app.parley.reviews.model.Rating;
import app.parley.reviews.model.Review;
import app.parley.reviews.model.ReviewRequest;
import app.parley.reviews.model.ReviewSubject;
import app.parley.tenancy.model.TenantId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;

/**
 * {@code T#t#REVIEWASK#<keyed hash of the phone> / PENDING} (the request waiting; {@code SUBJ#<kind>#<id>} marks a subject asked about),
 * {@code T#t#REVIEW#<id> / ITEM} listed under {@code T#t#REVIEWS}. Asking and answering write their tenant and
 * platform figures in the same transaction, so the reports count each exactly once.
 */
public final class DynamoReviews implements Reviews {
    private final Tables tables;
    private final TenantTable table;

    public DynamoReviews(Tables tables) {
        this.tables = tables;
        this.table = tables.tenant();
    }

    @Override
    public boolean ask(ReviewRequest r) {
        String pk = requestKey(r.tenant(), r.customerPhone());
        TenantItem marker = TenantItem.of(r.tenant(), pk, "SUBJ#" + r.subject().kind() + "#" + r.subject().id()).with("askedAt", r.askedAt());
        TenantItem pending = TenantItem.of(r.tenant(), pk, Keys.PENDING).with("subjectKind", r.subject().kind().name())
                .with("subjectId", r.subject().id()).with("conversationId", r.conversationId()).with("askedAt", r.askedAt())
                .expiresAt(r.askedAt().plus(java.time.Duration.ofDays(7)));
        return table.transact(r.tenant(), List.of(table.putInTransaction(marker, TenantTable.NEW_ITEM),
                table.putInTransaction(pending, "attribute_not_exists(PK) OR attribute_exists(PK)"),
                DynamoDailyFigures.addInTransaction(table, r.tenant(), day(r.askedAt()), Map.of(Figure.REVIEWS_REQUESTED, 1L)))).committed();
    }

    @Override
    public Optional<ReviewRequest> pendingFor(TenantId tenant, String customerPhone) {
        return table.get(tenant, requestKey(tenant, customerPhone), Keys.PENDING).map(i -> new ReviewRequest(tenant, customerPhone,
                new ReviewSubject(ReviewSubject.Kind.valueOf(str(i, "subjectKind")), str(i, "subjectId")), optStr(i, "conversationId"),
                Attrs.instant(i, "askedAt")));
    }

    @Override
    public boolean answer(Review r, ReviewRequest answered) {
        TenantItem item = TenantItem.of(r.tenant(), Keys.review(r.tenant(), r.id()), Keys.ITEM)
                .listedUnder(Keys.reviewList(r.tenant()), Keys.reviewListSort(Keys.sortableTime(r.at()), r.id()))
                .with("reviewId", r.id()).with("subjectKind", r.subject().kind().name()).with("subjectId", r.subject().id())
                .withPersonal("customerPhone", r.customerPhone()).with("conversationId", r.conversationId())
                .with("rating", r.rating().stars()).with("comment", r.rating().comment()).with("at", r.at());
        TransactWriteItem retire = TransactWriteItem.builder().delete(d -> d.tableName(table.name())
                .key(TenantTable.key(requestKey(r.tenant(), r.customerPhone()), Keys.PENDING))
                .conditionExpression("subjectId = :subject AND askedAt = :asked")
                .expressionAttributeValues(Map.of(":subject", Attrs.s(answered.subject().id()), ":asked", Attrs.s(answered.askedAt().toString()))))
                .build();
        long negative = r.rating().negative() ? 1 : 0;
        return table.transact(r.tenant(), List.of(table.putInTransaction(item, TenantTable.NEW_ITEM), retire,
                DynamoDailyFigures.addInTransaction(table, r.tenant(), day(r.at()), Map.of(Figure.REVIEWS_RECEIVED, 1L,
                        Figure.RATING_SUM, (long) r.rating().stars(), Figure.NEGATIVE_REVIEWS, negative)),
                platformFigures(day(r.at()), r.rating().stars(), negative))).committed();
    }

    /** Keyed by the phone's tenant-keyed hash: a partition key is never sealed, so it never holds the phone. */
    private String requestKey(TenantId tenant, String customerPhone) {
        return Keys.reviewRequest(tenant, table.lookup(tenant, customerPhone));
    }

    private TransactWriteItem platformFigures(LocalDate day, long stars, long negative) {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("#r", PlatformFigure.REVIEWS_RECEIVED.attribute());
        names.put("#s", PlatformFigure.RATING_SUM.attribute());
        names.put("#n", PlatformFigure.NEGATIVE_REVIEWS.attribute());
        return tables.platform().updateInTransaction(Keys.platformDaily(day, ThreadLocalRandom.current().nextInt(Keys.USAGE_SHARDS)),
                Keys.COUNTERS, new Expression("ADD #r :one, #s :stars, #n :negative", null, names,
                        Map.of(":one", Attrs.n(1), ":stars", Attrs.n(stars), ":negative", Attrs.n(negative))));
    }

    @Override
    public Optional<Review> find(TenantId tenant, String reviewId) {
        return table.get(tenant, Keys.review(tenant, reviewId), Keys.ITEM).map(i -> review(tenant, i));
    }

    @Override
    public Page<Review> page(TenantId tenant, int limit, String cursor) {
        return table.listPage(tenant, Keys.reviewList(tenant), limit, true, cursor, null).toPage(i -> review(tenant, i));
    }

    private static Review review(TenantId tenant, Map<String, AttributeValue> i) {
        return new Review(tenant, str(i, "reviewId"), new ReviewSubject(ReviewSubject.Kind.valueOf(str(i, "subjectKind")), str(i, "subjectId")),
                optStr(i, "customerPhone"), optStr(i, "conversationId"), new Rating((int) Attrs.num(i, "rating"), optStr(i, "comment")),
                Instant.parse(str(i, "at")));
    }

    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }
}
