package app.parley.api;

import app.parley.api.http.Operation;
import java.util.List;

/** The routers' operations, for tests that compare them with the generated document. */
final class ApiWiringAccess {
    private ApiWiringAccess() {}

    /** What the admin API function routes and what the documents function routes, together. */
    static List<Operation> operations(ApiFixture api) {
        var all = new java.util.ArrayList<>(api.router.operations());
        all.addAll(api.documents.operations());
        return all;
    }
}
