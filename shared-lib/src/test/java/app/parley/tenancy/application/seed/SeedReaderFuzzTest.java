package app.parley.tenancy.application.seed;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the seed loader's reader (Jazzer): any file is either a valid seed or a
 * list of problems naming their fields, never an exception. Regression inputs live in
 * {@code src/test/resources/.../SeedReaderFuzzTestInputs}.
 */
class SeedReaderFuzzTest {
    @FuzzTest(maxDuration = "60s")
    void any_file_is_read_or_refused_with_named_problems_never_thrown(byte[] content) {
        SeedReading reading = SeedReader.read(content);
        assertThat(reading).isNotNull();
        if (reading instanceof SeedReading.Invalid invalid) assertThat(invalid.problems()).isNotEmpty();
    }
}
