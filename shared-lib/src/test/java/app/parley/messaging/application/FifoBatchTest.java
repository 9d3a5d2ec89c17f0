package app.parley.messaging.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FifoBatchTest {
    private static QueueItem item(String id, String group) {
        return new QueueItem(id, "rh-" + id, group, 1, Optional.empty(), id);
    }

    @Test
    void after_a_failure_the_rest_of_that_group_fails_untouched_while_other_groups_go_on() {
        List<String> handled = new ArrayList<>();
        var failures = FifoBatch.run(List.of(item("a1", "a"), item("b1", "b"), item("a2", "a"), item("b2", "b")), i -> {
            handled.add(i.id());
            return i.id().equals("a1") ? ItemResult.retryAfter(Duration.ofSeconds(3)) : ItemResult.done();
        });
        assertThat(handled).containsExactly("a1", "b1", "b2");
        assertThat(failures).extracting(f -> f.item().id()).containsExactly("a1", "a2");
        assertThat(failures).allMatch(f -> f.retryAfter().equals(Optional.of(Duration.ofSeconds(3))));
    }

    @Test
    void an_exception_fails_only_its_message_and_its_group() {
        var failures = FifoBatch.run(List.of(item("a1", "a"), item("b1", "b")), i -> {
            if (i.id().equals("a1")) throw new IllegalStateException("boom");
            return ItemResult.done();
        });
        assertThat(failures).extracting(f -> f.item().id()).containsExactly("a1");
    }
}
