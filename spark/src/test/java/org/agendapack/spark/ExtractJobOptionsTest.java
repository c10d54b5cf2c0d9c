package org.agendapack.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Usage errors are told in one line with exit code 2, before Spark is started; the summary line. */
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
    void theSummaryLineCountsWhatTheRunDid() {
        assertThat(new ExtractJob.Summary(1203, 0, 14, 98_310).line(java.time.Duration.ofMillis(412_500)))
                .isEqualTo("agendapack-spark: 1217 files: 1203 extracted, 0 skipped (unchanged), 14 failed;"
                        + " 98310 pages in 412.5 s");
        assertThat(new ExtractJob.Summary(1, 0, 0, 1).line(java.time.Duration.ofMillis(900)))
                .isEqualTo("agendapack-spark: 1 file: 1 extracted, 0 skipped (unchanged), 0 failed; 1 page in 0.9 s");
    }

    @Test
    void partitionsBelowOneAreAUsageError() {
        assertThat(ran(2, "--input", "in", "--output", "out", "--partitions", "0")).containsExactly(
                "agendapack-spark: --partitions must be at least 1, not 0");
    }
}
