package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.agendapack.model.MinutesItem.Votes;
import org.junit.jupiter.api.Test;

class DecisionParserTest {

    private static DecisionParser.Decision decide(String... lines) {
        return DecisionParser.decide(Arrays.asList(lines));
    }

    @Test
    void aResolvedParagraph() {
        DecisionParser.Decision decision = decide("The Board considered the report.", "RESOLVED:", "",
                "That the minutes of the meeting held on 3 March be approved as a correct record.");

        assertThat(decision.decision()).isEqualTo("resolved");
        assertThat(decision.resolutions())
                .containsExactly("the minutes of the meeting held on 3 March be approved as a correct record");
    }

    @Test
    void aResolvedListWithWrappedLinesAndJoins() {
        DecisionParser.Decision decision = decide("RESOLVED: That the Board",
                "• note and acknowledge the value of the campaigns across the", "borough; and",
                "• continue to support future campaigns.", "The meeting then moved on.");

        assertThat(decision.resolutions()).containsExactly(
                "note and acknowledge the value of the campaigns across the borough",
                "continue to support future campaigns");
    }

    @Test
    void numberedAndLetteredResolutionsAndADashAfterTheKeyword() {
        assertThat(decide("RESOLVED – That", "1 That the report be noted.", "2 That a review be held.").resolutions())
                .containsExactly("the report be noted", "a review be held");
        assertThat(decide("RESOLVED", "- (a) the plan be approved;", "- (b) officers report back in May.").resolutions())
                .containsExactly("the plan be approved", "officers report back in May");
        assertThat(decide("RESOLVED – That the Board endorses the plan.").resolutions())
                .containsExactly("the Board endorses the plan");
    }

    @Test
    void twoResolvedBlocksInOneMinute() {
        assertThat(decide("RESOLVED", "That the report be noted.", "Further discussion followed.",
                "RESOLVED", "That officers report back.").resolutions())
                .containsExactly("the report be noted", "officers report back");
    }

    @Test
    void withoutAKeywordDecisionSentencesAreFound() {
        DecisionParser.Decision agreed = decide("Ann presented the report. Members asked questions.",
                "Recommendations 1.1 - 1.3 were agreed.");
        DecisionParser.Decision noted = decide("The Forward Plan was noted.");
        DecisionParser.Decision none = decide("Bob gave an update on the programme.");

        assertThat(agreed.decision()).isEqualTo("agreed");
        assertThat(agreed.resolutions()).containsExactly("Recommendations 1.1 - 1.3 were agreed.");
        assertThat(noted.decision()).isEqualTo("noted");
        assertThat(none.decision()).isNull();
        assertThat(none.resolutions()).isEmpty();
    }

    @Test
    void aRecordedVoteWithCountsAndNames() {
        Votes votes = DecisionParser.votes("The amendment was put to the vote. For (3): Councillors Able, Baker and "
                + "Cole. Against (0) Abstain (2): Councillors Dee and Ewe.");

        assertThat(votes.forCount()).isEqualTo(3);
        assertThat(votes.against()).isZero();
        assertThat(votes.abstain()).isEqualTo(2);
        assertThat(votes.forNames()).containsExactly("Councillor Able", "Councillor Baker", "Councillor Cole");
        assertThat(votes.againstNames()).isEmpty();
        assertThat(votes.abstainNames()).containsExactly("Councillor Dee", "Councillor Ewe");
    }

    @Test
    void noVoteWhereNoneIsRecorded() {
        assertThat(DecisionParser.votes("Ten members were for the proposal (10).")).isNull();
        assertThat(DecisionParser.votes("")).isNull();
    }
}
