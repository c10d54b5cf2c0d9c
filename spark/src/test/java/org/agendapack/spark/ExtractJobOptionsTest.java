package org.agendapack.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Usage errors are told in one line with exit code 2, before Spark is started. */
class ExtractJobOptionsTest {

    private static String[] ran(int expectedCode, String... args) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            assertThat(ExtractJob.execute(args)).isEqualTo(expectedCode);
        } finally {
            System.setErr(err);
        }
        return captured.toString(StandardCharsets.UTF_8).lines().toArray(String[]::new);
    }

    @Test
    void missingOutputIsAUsageError() {
        assertThat(ran(2, "--input", "s3a://packs/")).containsExactly(
                "agendapack-spark: Missing required option: '--output=URI' (see --help)");
    }

    @Test
    void aBadTimeLimitIsAUsageError() {
        assertThat(ran(2, "--input", "in", "--output", "out", "--timeout", "soon")).singleElement().asString()
                .contains("'--timeout'").contains("a time such as 90s, 2m or 500ms is needed, not soon");
    }

    @Test
    void partitionsBelowOneAreAUsageError() {
        assertThat(ran(2, "--input", "in", "--output", "out", "--partitions", "0")).containsExactly(
                "agendapack-spark: --partitions must be at least 1, not 0");
    }
}
