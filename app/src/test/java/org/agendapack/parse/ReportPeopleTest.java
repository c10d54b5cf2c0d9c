package org.agendapack.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportPeopleTest {

    static Stream<Arguments> values() {
        return Stream.of(
                Arguments.of(List.of("Ruth Archer, (Acting) Interim Accountable Officer, Borsetshire ICB and Robert "
                        + "Snell, Director of Adults, Health and Commissioning"), List.of("Ruth Archer", "Robert Snell")),
                Arguments.of(List.of("Director of Transport"), List.of()),
                Arguments.of(List.of("Chief Executive"), List.of()),
                Arguments.of(List.of("Ann Able and Bob Baker"), List.of("Ann Able", "Bob Baker")),
                Arguments.of(List.of("Mrs Jo Bloggs, Clerk and Responsible Financial Officer"), List.of("Mrs Jo Bloggs")),
                Arguments.of(List.of("Cllr Usha Franks (Transport) Cllr Dan Hebden (Highways)"),
                        List.of("Cllr Usha Franks", "Cllr Dan Hebden")),
                Arguments.of(List.of("Carol Cole (Director of Public Health)"), List.of("Carol Cole")),
                Arguments.of(List.of("Ann Able Tel: 01234 567890"), List.of("Ann Able")),
                // a post and its body wrapped over lines, the second person on a line of their own
                Arguments.of(List.of("Ann Able, Quality and Safeguarding Director,", "Borsetshire NHS Trust",
                        "Bob Baker, Lead Nurse for Young People and", "Young Carers Leaving Care Services,",
                        "Borsetshire and Felpersham Clinical Commissioning Groups"), List.of("Ann Able", "Bob Baker")));
    }

    @ParameterizedTest
    @MethodSource("values")
    void thePeopleAValueNamesWithoutTheirPosts(List<String> lines, List<String> people) {
        assertThat(ReportPeople.named(lines)).isEqualTo(people);
    }
}
