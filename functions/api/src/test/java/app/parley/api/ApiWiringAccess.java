package app.parley.api;

import app.parley.api.http.Operation;
import java.util.List;

/** The router's operations, for tests that compare them with the generated document. */
final class ApiWiringAccess {
    private ApiWiringAccess() {}

    static List<Operation> operations(ApiFixture api) {
        return api.router.operations();
    }
}
