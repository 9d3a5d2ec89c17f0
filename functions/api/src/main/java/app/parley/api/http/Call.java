package app.parley.api.http;

import app.parley.auth.access.Principal;
import app.parley.tenancy.model.TenantId;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** What an operation's action gets: the verified caller, path and query parameters, and the parsed body. */
public record Call(Request request, Principal principal, Map<String, String> pathParameters, Object body) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    /** The caller's tenant: always the token's, never one named in the request. */
    public TenantId tenant() {
        if (principal instanceof Principal.TenantStaff staff) return staff.tenant();
        throw new IllegalStateException("a tenant operation was reached without tenant staff");
    }

    public String actor() {
        return principal == null ? "anonymous" : principal.userId();
    }

    public String sourceIp() {
        return request.sourceIp();
    }

    public String path(String name) {
        return pathParameters.get(name);
    }

    /** A path id parsed into its type; an id that is not one of ours is simply not found. */
    public <T> T id(String name, Function<String, T> parse) {
        try {
            return parse.apply(path(name));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.notFound();
        }
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(request.query().get(name)).filter(v -> !v.isBlank());
    }

    public <T> T body(Class<T> type) {
        return type.cast(body);
    }

    public int limit() {
        return query("limit").map(value -> {
            try {
                int limit = Integer.parseInt(value);
                if (limit >= 1 && limit <= MAX_LIMIT) return limit;
            } catch (NumberFormatException ignored) {
                // answered below
            }
            throw ApiProblem.invalid("limit", "must be a whole number from 1 to " + MAX_LIMIT + ".");
        }).orElse(DEFAULT_LIMIT);
    }

    /** Runs a paged read with this call's cursor; a cursor that is not one of this list is a 400. */
    public <T> T page(java.util.function.BiFunction<Integer, String, T> read) {
        int limit = limit();
        try {
            return read.apply(limit, query("cursor").orElse(null));
        } catch (IllegalArgumentException e) {
            throw ApiProblem.invalid("cursor", "is not a cursor of this list.");
        }
    }
}
