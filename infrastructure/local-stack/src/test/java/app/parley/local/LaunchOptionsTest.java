package app.parley.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LaunchOptionsTest {
    private final Path here = Path.of("").toAbsolutePath();

    @Test
    void defaults_to_port_8080_in_memory_with_the_nearest_template() {
        LaunchOptions options = LaunchOptions.parse(new String[0], Map.of(), here);
        assertThat(options.port()).isEqualTo(8080);
        assertThat(options.seed()).isEmpty();
        assertThat(options.dataDir()).isEmpty();
        assertThat(options.template().getFileName()).hasToString("template.yaml");
    }

    @Test
    void reads_seed_port_and_data_dir() {
        LaunchOptions options = LaunchOptions.parse(new String[] {"--seed", "eval/seed.json", "--port=9090"},
                Map.of("DATA_DIR", "/var/parley"), here);
        assertThat(options.seed()).contains(here.resolve("eval/seed.json"));
        assertThat(options.port()).isEqualTo(9090);
        assertThat(options.dataDir()).contains(Path.of("/var/parley"));
    }

    @Test
    void refuses_unknown_options_and_bad_ports_with_a_message() {
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--prot", "1"}, Map.of(), here))
                .hasMessageContaining("unknown option --prot");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--port", "http"}, Map.of(), here))
                .hasMessageContaining("--port needs a port number");
        assertThatThrownBy(() -> LaunchOptions.parse(new String[] {"--seed"}, Map.of(), here))
                .hasMessageContaining("--seed needs a value");
    }
}
