package app.parley.api.http;

import app.parley.auth.access.Permission;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One declared endpoint: method, path template, who may call it, what it reads and answers, and the
 * code that does it. The router dispatches on these and the OpenAPI document is generated from them,
 * so the two cannot drift.
 */
public record Operation(String method, String path, Access access, String tag, String summary,
                        Class<?> requestType, String requestExample, boolean bodyOptional,
                        Class<?> responseType, boolean listResponse, int successStatus,
                        List<String> queryParameters, String responseMediaType, Action action, int maxBodyBytes) {
    private static final Pattern PARAMETER = Pattern.compile("\\{([A-Za-z]+)}");

    @FunctionalInterface
    public interface Action {
        Reply handle(Call call);
    }

    public Operation {
        queryParameters = List.copyOf(queryParameters);
        if (access == null || summary == null || action == null) throw new IllegalArgumentException(method + " " + path + " is incomplete");
    }

    public List<String> pathParameters() {
        List<String> names = new ArrayList<>();
        Matcher m = PARAMETER.matcher(path);
        while (m.find()) names.add(m.group(1));
        return names;
    }

    public String id() {
        StringBuilder id = new StringBuilder(method.toLowerCase());
        for (String part : path.substring("/api/".length()).split("[/.-]")) {
            String word = part.replaceAll("[{}]", "");
            if (word.isEmpty()) continue;
            id.append(part.startsWith("{") ? "By" : "").append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return id.toString();
    }

    public static Builder get(String path) { return new Builder("GET", path); }
    public static Builder post(String path) { return new Builder("POST", path); }
    public static Builder put(String path) { return new Builder("PUT", path); }
    public static Builder patch(String path) { return new Builder("PATCH", path); }
    public static Builder delete(String path) { return new Builder("DELETE", path); }

    public static final class Builder {
        private final String method;
        private final String path;
        private Access access;
        private String tag = "api";
        private String summary;
        private Class<?> requestType;
        private String requestExample;
        private boolean bodyOptional;
        private Class<?> responseType;
        private boolean listResponse;
        private int status = 200;
        private final List<String> query = new ArrayList<>();
        private String mediaType = "application/json";
        private int maxBody = Router.MAX_BODY_BYTES;

        private Builder(String method, String path) {
            this.method = method;
            this.path = path;
        }

        public Builder tag(String value) { tag = value; return this; }
        public Builder summary(String value) { summary = value; return this; }
        public Builder requires(Permission permission) { access = Access.requires(permission); return this; }
        public Builder signedIn() { access = Access.signedIn(); return this; }
        public Builder anyone() { access = Access.anyone(); return this; }
        public Builder query(String... names) { query.addAll(List.of(names)); return this; }
        public Builder paged() { return query("limit", "cursor"); }

        /** The JSON body this operation reads, with a valid example (documentation, and the role/tenant walk test). */
        public Builder accepts(Class<?> type, String example) {
            requestType = type;
            requestExample = example;
            return this;
        }

        public Builder acceptsOptionally(Class<?> type, String example) {
            bodyOptional = true;
            return accepts(type, example);
        }

        public Builder returns(Class<?> type) { responseType = type; return this; }
        public Builder returnsList(Class<?> itemType) { responseType = itemType; listResponse = true; return this; }
        public Builder status(int value) { status = value; return this; }

        /** A larger body than the default 64 KiB (an uploaded file), at most {@link Router#MAX_UPLOAD_BYTES}. */
        public Builder maxBody(int bytes) {
            if (bytes > Router.MAX_UPLOAD_BYTES) throw new IllegalArgumentException("at most " + Router.MAX_UPLOAD_BYTES);
            maxBody = bytes;
            return this;
        }

        /** The answer is a document of this media type ({@link Reply#file}), not JSON. */
        public Builder returnsFile(String value) { mediaType = value; responseType = null; return this; }

        public Operation handle(Action action) {
            return new Operation(method, path, access, tag, summary, requestType, requestExample, bodyOptional,
                    responseType, listResponse, status, query, mediaType, action, maxBody);
        }
    }
}
