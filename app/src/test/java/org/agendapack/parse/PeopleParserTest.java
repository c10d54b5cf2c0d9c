package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.agendapack.model.Minutes.Apology;
import org.agendapack.model.Minutes.Attendee;
import org.junit.jupiter.api.Test;

class PeopleParserTest {

    @Test
    void aPersonWithPositionOrganisationRoleAndMinutes() {
        Attendee person = PeopleParser.attendee(
                "Councillor Ann Able, Cabinet Member for Housing, Borsetshire Council (Vice-Chairman) (for minute 5)",
                "Voting Members");

        assertThat(person.name()).isEqualTo("Councillor Ann Able");
        assertThat(person.position()).isEqualTo("Cabinet Member for Housing");
        assertThat(person.organisation()).isEqualTo("Borsetshire Council");
        assertThat(person.role()).isEqualTo("Vice-Chairman");
        assertThat(person.group()).isEqualTo("Voting Members");
        assertThat(person.forMinutes()).containsExactly("5");
    }

    @Test
    void aDashSeparatesTheOrganisationAndMinutesMayBeSeveral() {
        Attendee person = PeopleParser.attendee("Bob Baker – Felpersham CVS (for minutes 6 and 7)", null);

        assertThat(person.name()).isEqualTo("Bob Baker");
        assertThat(person.organisation()).isEqualTo("Felpersham CVS");
        assertThat(person.forMinutes()).containsExactly("6", "7");
    }

    @Test
    void peopleRunTogetherOnOneLineAreSplit() {
        List<Attendee> people = PeopleParser.attendees("Councillor Ann Able (Chairman) Councillor B Baker, Borsetshire "
                + "Council Carol Cole, Director of People, Borsetshire Council Dan Dee, Felpersham CCG Eve Ewe - "
                + "Ambridge CVS Dr Fay Fox, Independent NHS representative Gil Gee, Healthwatch (Substitute)", "Voting");

        assertThat(people).extracting(Attendee::name, Attendee::organisation, Attendee::position, Attendee::role)
                .containsExactly(
                        tuple("Councillor Ann Able", null, null, "Chairman"),
                        tuple("Councillor B Baker", "Borsetshire Council", null, null),
                        tuple("Carol Cole", "Borsetshire Council", "Director of People", null),
                        tuple("Dan Dee", "Felpersham CCG", null, null),
                        tuple("Eve Ewe", "Ambridge CVS", null, null),
                        tuple("Dr Fay Fox", "Independent NHS representative", null, null),
                        tuple("Gil Gee", "Healthwatch", null, "Substitute"));
    }

    @Test
    void aPositionAfterACommaIsNotAnotherPerson() {
        List<Attendee> people = PeopleParser.attendees(
                "Hal Hope, Legal Services, Borsetshire Council Ian Ivy, Senior Democratic Services Officer, "
                        + "Borsetshire Council", null);

        assertThat(people).extracting(Attendee::name, Attendee::position).containsExactly(
                tuple("Hal Hope", "Legal Services"), tuple("Ian Ivy", "Senior Democratic Services Officer"));
    }

    @Test
    void aListOfThreeOrMoreNamesWithOrganisations() {
        List<Apology> people = PeopleParser.nameList("Dr Ann Able (Felpersham CCG), Bob Baker (Borsetshire Fire and "
                + "Rescue Service), Chief Inspector Carl Cole (Police, Western Division) and Councillor Dot Dee "
                + "(Borsetshire Council).");

        assertThat(people).extracting(Apology::name, Apology::organisation).containsExactly(
                tuple("Dr Ann Able", "Felpersham CCG"),
                tuple("Bob Baker", "Borsetshire Fire and Rescue Service"),
                tuple("Chief Inspector Carl Cole", "Police, Western Division"),
                tuple("Councillor Dot Dee", "Borsetshire Council"));
    }

    @Test
    void aListWithAnOxfordCommaAndNoOrganisations() {
        assertThat(PeopleParser.nameList("Ann Able, Bob Baker, Carl O' Cole, and Cllr Dot Dee"))
                .extracting(Apology::name).containsExactly("Ann Able", "Bob Baker", "Carl O' Cole", "Cllr Dot Dee");
    }

    @Test
    void aTableRowGivesNamePositionAndOrganisationAndAChairRole() {
        Attendee person = PeopleParser.fromTableRow(List.of("Councillor Ann Able", "Chair and Portfolio Holder",
                "Borsetshire Council"), null);

        assertThat(person).extracting(Attendee::name, Attendee::position, Attendee::organisation, Attendee::role)
                .containsExactly("Councillor Ann Able", "Chair and Portfolio Holder", "Borsetshire Council", "Chair");
    }
}
