package org.agendapack.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.agendapack.model.MetricValue;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MetricValuesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "1,234|1234.0|count|null",
            "(1,234)|-1234.0|count|null",
            "-56|-56.0|count|null",
            "£3.8 billion|3.8E9|gbp|null",
            "£3.8bn|3.8E9|gbp|null",
            "£250k|250000.0|gbp|null",
            "£1,200,000|1200000.0|gbp|null",
            "87.5%|87.5|percent|null",
            "<1|1.0|count|<",
            "> 95%|95.0|percent|>",
            "~20|20.0|count|~",
            "4.25|4.25|number|null"})
    void readsOneNumber(String cell, double value, String unit, String qualifier) {
        List<MetricValue> values = MetricValues.read(cell);

        assertThat(values).singleElement().satisfies(read -> {
            assertThat(read.value()).isEqualTo(value);
            assertThat(read.unit()).isEqualTo(unit);
            assertThat(read.qualifier()).isEqualTo(qualifier);
            assertThat(read.rag()).isNull();
        });
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"36 (69.2%)", "36(69.2%)"})
    void aCountWithItsShareIsTwoValues(String cell) {
        assertThat(MetricValues.read(cell)).extracting(MetricValue::value, MetricValue::unit, MetricValue::raw)
                .containsExactly(tuple(36.0, "count", "36"), tuple(69.2, "percent", "(69.2%)"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"Green|green", "AMBER|amber", "Red|red"})
    void aRagRatingOnItsOwn(String cell, String rag) {
        assertThat(MetricValues.read(cell)).singleElement().satisfies(read -> {
            assertThat(read.rag()).isEqualTo(rag);
            assertThat(read.value()).isNull();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"92% Green", "Green 92%"})
    void aNumberWithItsRating(String cell) {
        assertThat(MetricValues.read(cell)).singleElement().satisfies(read -> {
            assertThat(read.value()).isEqualTo(92.0);
            assertThat(read.rag()).isEqualTo("green");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Delayed transfers of care", "Q1 2018/19", "60-69", "15/16",
            "Reduce NEET by 0.5% per annum until we are above the National Average"})
    void textRangesAndPeriodsGiveNoValue(String cell) {
        assertThat(MetricValues.read(cell)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"87%", "1,234", "Green", "↑", "\\uparrow", "60-69", "<1", "£3.8bn", "(1,234)", "12 / 3; 4",
            "1.5 - 2*", "↑ =", "▼"})
    void metricCells(String cell) {
        assertThat(MetricValues.isMetric(cell)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Measure", "Standard for management decision", "Sue Green", "12a", "1,%", "a = b",
            "\\uparrows"})
    void otherCells(String cell) {
        assertThat(MetricValues.isMetric(cell)).isFalse();
    }
}
