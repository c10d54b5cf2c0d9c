package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DecisionProgressTest {

    /** Lines that decide, undo or split a decision in every way the patterns allow, and lines that do none. */
    private static final List<String> LINES = List.of("", "Noted.", "noted", "NOTED", "It was agreed", "agreed.",
            "The Board", "The committee", "noted the report.", "was", "be", "Members noted.", "RESOLVED:",
            "RESOLVED: That the plan be approved.", "AGREED", "Resolved that", "that", "(a) the plan", "Motion",
            "was carried.", "substantive", "motion were approved", "The report was", "x.", "y!", "Why?", "and so on",
            "Officers explained the figures.", "questions followed", "Consideration was given to the plan",
            "The motion was lost.", "agreed", "noted.", "Cabinet", "agreed that", "The Panel noted", "(b) nothing");

    @Test
    void agreesWithTheWholeMinuteReadAgainAfterEveryLine() {
        Random random = new Random(13);
        for (int minute = 0; minute < 5_000; minute++) {
            DecisionProgress progress = new DecisionProgress();
            List<String> lines = new ArrayList<>();
            int length = 1 + random.nextInt(10);
            for (int i = 0; i < length; i++) {
                String line = LINES.get(random.nextInt(LINES.size()));
                lines.add(line);
                progress.add(line);
                assertThat(progress.decided()).as("after %s", lines)
                        .isEqualTo(DecisionParser.decide(lines).decision() != null);
            }
        }
    }

    @Test
    void aSentenceThatIsOnlyNotedDecidesUntilTheLineAfterRunsOnFromIt() {
        DecisionProgress progress = new DecisionProgress();
        progress.add("Noted.");
        assertThat(progress.decided()).isTrue();

        progress.add("(a) with thanks");

        assertThat(progress.decided()).isFalse();
    }

    @Test
    void aPhraseSplitOverLinesAndLongTextAroundIt() {
        DecisionProgress progress = new DecisionProgress();
        progress.add("Members discussed the plan at length ".repeat(100) + "and the recommendations");
        progress.add("");
        assertThat(progress.decided()).isFalse();

        progress.add("were approved by the committee");

        assertThat(progress.decided()).isTrue();
    }
}
