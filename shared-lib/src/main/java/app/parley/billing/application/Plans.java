package app.parley.billing.application;

import app.parley.billing.model.Plan;
import app.parley.billing.model.PlanId;
import java.util.List;
import java.util.Optional;

/** The plan catalogue of the platform (super admin managed). */
public interface Plans {
    void save(Plan plan);

    Optional<Plan> find(PlanId id);

    List<Plan> list();
}
