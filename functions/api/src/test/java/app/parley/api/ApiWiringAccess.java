package app.parley.api;

import app.parley.api.http.Operation;
import java.util.List;

/** The routers' operations, for tests that compare them with the generated document. */
final class ApiWiringAccess {
    private ApiWiringAccess() {}

    /** What the admin API, payments and documents functions route, together. */
    static List<Operation> operations(ApiFixture api) {
        var all = new java.util.ArrayList<>(api.router.operations());
        all.addAll(api.payments.operations());
        all.addAll(api.documents.operations());
        return all;
    }
}
