package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TickBoxesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Information X|Information|true",
            "Discussion x|Discussion|true",
            "Decision □x|Decision|true",
            "Information x□|Information|true",
            "Ageing Well \\Box x|Ageing Well|true",
            "Starting and Developing Well 🗵|Starting and Developing Well|true",
            "Quality 🖾|Quality|true",
            "Discussion ☒|Discussion|true",
            "Decision □|Decision|false",
            "Living and Working Well 🗆|Living and Working Well|false",
            "Ageing Well 🗖|Ageing Well|false",
            "Decision 🛘|Decision|false",
            "All of the above \\Box|All of the above|false",
            "Integration $\\square$|Integration|false",
            "Information ☐|Information|false",
            "Equality and Fairness|Equality and Fairness|false"})
    void everyEncodingOfATickBox(String cell, String option, boolean ticked) {
        TickBoxes.Option read = TickBoxes.read(cell);

        assertThat(read.text()).isEqualTo(option);
        assertThat(read.ticked()).isEqualTo(ticked);
        assertThat(read.unknownMarks()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Starting and Developing V|Starting and Developing", "Ageing We I|Ageing We"})
    void aLetterLeftFromASplitWordIsNotATick(String cell, String option) {
        TickBoxes.Option read = TickBoxes.read(cell);

        assertThat(read.ticked()).isFalse();
        assertThat(read.marked()).isFalse();
        assertThat(read.text()).isEqualTo(option);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Quality 🖾 🔡|Quality|true|🔡", "Ageing Well 🛚|Ageing Well|false|🛚"})
    void anUnknownGlyphIsReportedNotGuessed(String cell, String option, boolean ticked, String unknown) {
        TickBoxes.Option read = TickBoxes.read(cell);

        assertThat(read.text()).isEqualTo(option);
        assertThat(read.ticked()).isEqualTo(ticked);
        assertThat(read.unknownMarks()).containsExactly(unknown);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Starting and Developing Well ☐ Living and Working Well ☒ Ageing Well ☐ All of the above|4",
            "☐ Information ☒ Discussion|2",
            "Information X|1"})
    void optionsPrintedTogetherAreCutAtTheirMarks(String cell, int count) {
        assertThat(TickBoxes.options(cell)).hasSize(count);
    }
}
