package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.agendapack.Samples;
import org.agendapack.model.AgendaItem;
import org.agendapack.model.Pack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The agendas of the sample packs, as their front sheets print them (read by eye). */
class SampleAgendaTest {

    private static List<AgendaItem> items(String sample, String extension) throws Exception {
        return PackExtractor.extract(Samples.file(sample, extension)).agendaItems();
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void september2018(String extension) throws Exception {
        List<AgendaItem> items = items("000", extension);

        assertThat(items).extracting(AgendaItem::number, AgendaItem::title, AgendaItem::pageStart,
                AgendaItem::pageEnd, AgendaItem::verbal).containsExactly(
                tuple("1", "Apologies for Absence", null, null, false),
                tuple("2", "Declarations of Interest", null, null, false),
                tuple("3", "Minutes of Previous meeting", 3, 8, false),
                tuple("4", "Public Speaking Time/Open Session", null, null, false),
                tuple("5", "Report on the Public Consultation on the Redesign of Adults and Older People's "
                        + "Specialist Mental Health Services (AOPSMHS)", 9, 12, false),
                tuple("6", "Domestic Abuse - Responding to Complexity", 13, 18, false),
                tuple("7", "BCF and iBCF 2018/19 Q1 Report", 19, 26, false),
                tuple("8", "Family Focus Programme (National Troubled Families Programme)", 27, 34, false),
                tuple("9", "Cheshire East Partnership Transformation Update", null, null, true));
        assertThat(items).allMatch(item -> item.part() == 1);
        assertThat(items.get(2).contact().email()).isEqualTo("paul.mountford@cheshireeast.gov.uk");
        assertThat(items.get(5).description()).isEqualTo("To consider a range of actions to address domestic abuse.");
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void thurrockSeptember2014(String extension) throws Exception {
        List<AgendaItem> items = items("003", extension);

        assertThat(items).extracting(AgendaItem::number, AgendaItem::numberPrinted, AgendaItem::title,
                AgendaItem::pageStart, AgendaItem::pageEnd).containsExactly(
                tuple("1", false, "Apologies for Absence", null, null),
                tuple("2", false, "Minutes", 5, 12),
                tuple("3", true, "Urgent Items", null, null),
                tuple("4", true, "Declaration of Interests", null, null),
                tuple("5", true, "Care Act Implementation Report", 13, 46),
                tuple("6", true, "Update on the development of the Better Care Pooled Fund and Section 75 Agreement",
                        47, 58),
                tuple("7", true, "Mental Health Crisis Care Concordat Report", 59, 94),
                tuple("8", true, "CYPP Progress Report 2013-2014 and Delivery Plan 2014-2015", 95, 150),
                tuple("9", true, "Thurrock Revised Better Care Fund Report", 151, 206),
                tuple("10", true, "Forward Plan", 207, 208));
        assertThat(items).allMatch(item -> item.part() == 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void november2017(String extension) throws Exception {
        assertThat(items("001", extension)).extracting(AgendaItem::number, AgendaItem::pageStart, AgendaItem::pageEnd)
                .containsExactly(tuple("1", null, null), tuple("2", null, null), tuple("3", 3, 10),
                        tuple("4", null, null), tuple("5", 11, 22), tuple("6", 23, 82), tuple("7", 83, 90),
                        tuple("8", 91, 96), tuple("9", 97, 112));
    }

    @ParameterizedTest
    @ValueSource(strings = {".pdf", ".txt"})
    void may2017(String extension) throws Exception {
        List<AgendaItem> items = items("004", extension);

        assertThat(items).extracting(AgendaItem::number, AgendaItem::pageStart, AgendaItem::pageEnd,
                AgendaItem::verbal).containsExactly(
                tuple("1", null, null, false), tuple("2", null, null, false), tuple("3", null, null, false),
                tuple("4", null, null, false), tuple("5", 5, 10, false), tuple("6", null, null, false),
                tuple("7", 11, 70, false), tuple("8", 71, 124, false), tuple("9", 125, 132, false),
                tuple("10", 133, 142, false), tuple("11", null, null, true), tuple("12", 143, 148, false));
        assertThat(items.get(0).title()).isEqualTo("Appointment of Chairman");
        assertThat(items.get(7).title())
                .isEqualTo("Children's Improvement Plan, Improvement Plan Progress Report and Improvement Plan Scorecard");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003", "004"})
    void aPackAndItsTextConversionGiveTheSameAgenda(String sample) throws Exception {
        List<AgendaItem> pdf = items(sample, ".pdf");
        List<AgendaItem> text = items(sample, ".txt");

        assertThat(text).extracting(AgendaItem::number, AgendaItem::title, AgendaItem::pageStart, AgendaItem::pageEnd,
                AgendaItem::part, AgendaItem::verbal).containsExactlyElementsOf(pdf.stream()
                .map(item -> tuple(item.number(), item.title(), item.pageStart(), item.pageEnd(), item.part(),
                        item.verbal())).toList());
    }

    @Test
    void aStandAloneDocumentHasNoAgendaAndIsOneDocument() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("002", ".pdf"));

        assertThat(pack.agendaItems()).isEmpty();
        assertThat(pack.documents()).singleElement().satisfies(document -> {
            assertThat(document.kind()).isEqualTo("other");
            assertThat(document.pageStart()).isEqualTo(1);
            assertThat(document.pageEnd()).isEqualTo(9);
            assertThat(document.agendaItem()).isNull();
        });
    }
}
