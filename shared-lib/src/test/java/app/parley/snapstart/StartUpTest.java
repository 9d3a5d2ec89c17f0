package app.parley.snapstart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class StartUpTest {

    @Test
    void the_steps_run_in_order_on_another_thread_while_the_caller_goes_on() throws InterruptedException {
        List<String> ran = new CopyOnWriteArrayList<>();
        CountDownLatch callerWentOn = new CountDownLatch(1);

        StartUp.alongside("test",
                Priming.step("first", () -> {
                    await(callerWentOn);
                    ran.add("first on " + Thread.currentThread().getName());
                }),
                Priming.step("second", () -> ran.add("second")));
        callerWentOn.countDown(); // had the steps run on this thread, alongside() would never have returned
        StartUp.awaitAll();

        assertThat(ran).containsExactly("first on test-start-up", "second");
    }

    @Test
    void a_failing_step_is_skipped_and_the_next_still_runs() {
        List<String> ran = new CopyOnWriteArrayList<>();

        StartUp.alongside("test", Priming.step("broken", () -> { throw new IllegalStateException("no trust store"); }),
                Priming.step("after", () -> ran.add("after")));
        StartUp.awaitAll();

        assertThat(ran).containsExactly("after");
    }

    @Test
    void the_tls_step_sets_up_the_jdks_default_context_without_connecting() {
        List<String> failed = Priming.register("test", StartUp.tls()).prime();

        assertThat(failed).isEmpty();
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
