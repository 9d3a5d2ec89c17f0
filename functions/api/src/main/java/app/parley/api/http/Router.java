package app.parley.api.http;

import app.parley.auth.access.AccessDecision;
import app.parley.auth.access.AccessPolicy;
import app.parley.auth.access.Principal;
import app.parley.auth.tokens.AccessTokens;
import app.parley.auth.tokens.TokenVerification;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that decides who may do what: matches a request to its declared operation, verifies
 * the access token, applies the access policy and the rate limits, parses the body, runs the action,
 * and turns every outcome into the contract's JSON (never a stack trace).
 */
public final class Router {
    public static final int MAX_BODY_BYTES = 64 * 1024;
    /** The largest body any operation takes (file uploads); the local front door's limit too. */
    public static final int MAX_UPLOAD_BYTES = 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(Router.class);
    private static final Map<String, String> JSON = Map.of("Content-Type", "application/json", "Cache-Control", "no-store");

    private final List<Operation> operations;
    private final AccessTokens tokens;
    private final Limits limits;

    public Router(List<Operation> operations, AccessTokens tokens, Limits limits) {
        this.operations = operations.stream() // literal segments before parameters where paths overlap
                .sorted(java.util.Comparator.comparingInt(op -> op.pathParameters().size())).toList();
        this.tokens = tokens;
        this.limits = limits;
    }

    public List<Operation> operations() { return operations; }

    public HttpResponse route(Request request) {
        try {
            return answer(dispatch(request));
        } catch (ApiProblem problem) {
            return error(problem);
        } catch (RuntimeException unexpected) {
            LOG.error("unexpected failure in {} {}", request.method(), request.path(), unexpected);
            return error(new ApiProblem(500, "internal_error", "Something went wrong on our side; try again."));
        }
    }

    private Reply dispatch(Request request) {
        int size = request.body() == null ? 0 : request.body().getBytes(StandardCharsets.UTF_8).length;
        if (size > MAX_UPLOAD_BYTES) throw tooLarge(MAX_UPLOAD_BYTES);
        Match match = match(request);
        if (size > match.operation().maxBodyBytes()) throw tooLarge(match.operation().maxBodyBytes());
        Principal principal = admit(match.operation(), request);
        Object body = parseBody(match.operation(), request);
        return match.operation().action().handle(new Call(request, principal, match.parameters(), body));
    }

    private static ApiProblem tooLarge(int limit) {
        return new ApiProblem(413, "payload_too_large", "The body is larger than " + limit + " bytes.");
    }

    private Principal admit(Operation op, Request request) {
        if (op.access() instanceof Access.Public) return null;
        TokenVerification.Valid valid = authenticate(request);
        if (op.access() instanceof Access.Requires requires
                && AccessPolicy.decide(valid.principal(), requires.permission()) instanceof AccessDecision.Forbidden) {
            throw ApiProblem.forbidden("Your role does not allow this.");
        }
        limits.admit(valid.principal(), valid.tokenId());
        return valid.principal();
    }

    private TokenVerification.Valid authenticate(Request request) {
        String header = request.header("authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) throw ApiProblem.unauthorized();
        return switch (tokens.verify(header.substring(7).strip())) {
            case TokenVerification.Valid valid -> valid;
            case TokenVerification.Invalid invalid -> throw ApiProblem.unauthorized();
        };
    }

    private static Object parseBody(Operation op, Request request) {
        if (op.requestType() == null) return null;
        boolean empty = request.body() == null || request.body().isBlank();
        if (empty && op.bodyOptional()) return null;
        return Json.read(request.body(), op.requestType());
    }

    private record Match(Operation operation, Map<String, String> parameters) {}

    private Match match(Request request) {
        String[] path = request.path().split("/", -1);
        boolean pathKnown = false;
        for (Operation op : operations) {
            Optional<Map<String, String>> params = parameters(op.path().split("/", -1), path);
            if (params.isEmpty()) continue;
            pathKnown = true;
            if (op.method().equalsIgnoreCase(request.method())) return new Match(op, params.get());
        }
        if (pathKnown) throw new ApiProblem(405, "method_not_allowed", "This endpoint does not take " + request.method() + ".");
        throw new ApiProblem(404, "no_such_endpoint", "There is no such endpoint.");
    }

    /** Literal segments win over parameters: operations are declared literal-first where they overlap. */
    private static Optional<Map<String, String>> parameters(String[] template, String[] path) {
        if (template.length != path.length) return Optional.empty();
        Map<String, String> found = new HashMap<>();
        for (int i = 0; i < template.length; i++) {
            if (template[i].startsWith("{")) {
                if (path[i].isEmpty()) return Optional.empty();
                found.put(template[i].substring(1, template[i].length() - 1), path[i]);
            } else if (!template[i].equals(path[i])) {
                return Optional.empty();
            }
        }
        return Optional.of(found);
    }

    private static HttpResponse answer(Reply reply) {
        Map<String, String> headers = new LinkedHashMap<>(JSON);
        headers.putAll(reply.headers());
        if (reply.body() instanceof Reply.File file) {
            headers.put("Content-Type", file.mediaType());
            headers.put("Content-Disposition", "attachment; filename=\"" + file.fileName() + "\"");
            return new HttpResponse(reply.status(), headers, java.util.Base64.getEncoder().encodeToString(file.content()), true);
        }
        return new HttpResponse(reply.status(), headers, reply.body() == null ? null : Json.write(reply.body()));
    }

    private static HttpResponse error(ApiProblem problem) {
        Map<String, String> headers = new LinkedHashMap<>(JSON);
        headers.putAll(problem.headers());
        Map<String, String> body = new LinkedHashMap<>();
        body.put("error", problem.code());
        body.put("message", problem.getMessage());
        return new HttpResponse(problem.status(), headers, Json.write(body));
    }
}
