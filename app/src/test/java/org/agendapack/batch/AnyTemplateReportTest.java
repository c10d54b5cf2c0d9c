package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.agendapack.MadeUpReports;
import org.agendapack.MadeUpReports.Report;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Meeting;
import org.agendapack.model.Pack;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reports of bodies that do not exist, each opening with a header of its own template, read from the PDF and
 * from its text conversion: published on their own (a {@code document} with its header as its one cover sheet,
 * and the meeting the header names) and in a pack.
 */
class AnyTemplateReportTest {

    @TempDir
    Path dir;

    private Pack extract(Report report, String format) throws Exception {
        return PackExtractor.extract(report.write(dir, "report", format));
    }

    /** The one cover sheet of a stand-alone report, which stays a document. */
    private CoverSheet standalone(Report report, String format) throws Exception {
        Pack pack = extract(report, format);
        assertThat(pack.kind()).isEqualTo("document");
        assertThat(pack.coverSheets()).hasSize(1);
        return pack.coverSheets().get(0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aPolicyCommitteeReportWithARuledHeaderTableOfLabelsWithoutColons(String format) throws Exception {
        Pack pack = extract(MadeUpReports.felpershamPolicyCommitteeReport(), format);
        CoverSheet sheet = pack.coverSheets().get(0);

        assertThat(sheet.style()).isEqualTo("report_header");
        assertThat(sheet.title()).isEqualTo("Parking Strategy for the Market Towns 2025-2030");
        assertThat(sheet.meetingDate()).isEqualTo("2025-03-04");
        assertThat(sheet.author()).isEqualTo("Ruth Archer");
        assertThat(sheet.reportOf()).isEqualTo("Director of Place");
        assertThat(sheet.wards()).isEqualTo("All wards");
        assertThat(sheet.keyDecision()).isTrue();
        assertThat(sheet.portfolioHolder()).isEqualTo("Councillor Usha Franks");
        assertThat(sheet.fields()).containsEntry("Decision maker", "Policy and Resources Committee")
                .containsEntry("Cabinet Member / Portfolio holder", "Councillor Usha Franks");
        assertThat(sheet.recommendations()).containsExactly("the Committee approves the strategy for public consultation.",
                "the Director of Place be authorised to make minor changes before consultation.");
        assertThat(pack.meeting()).extracting(Meeting::body, Meeting::council, Meeting::date)
                .containsExactly("Policy and Resources Committee", "FELPERSHAM COUNCIL", "2025-03-04");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aCombinedAuthorityReportWhoseCapitalLabelsHaveNoColonsAndWhoseAuthorIsItsLeadOfficer(String format)
            throws Exception {
        Pack pack = extract(MadeUpReports.wessexCombinedAuthorityReport(), format);
        CoverSheet sheet = standalone(MadeUpReports.wessexCombinedAuthorityReport(), format);

        assertThat(sheet.title()).isEqualTo("Bus Service Improvement Plan: Progress Report");
        assertThat(sheet.meetingDate()).isEqualTo("2025-03-12");
        assertThat(sheet.reportOf()).isEqualTo("Director of Transport and Infrastructure");
        assertThat(sheet.author()).as("the report is of a post: the lead officer is the person it names")
                .isEqualTo("Jane Smith");
        assertThat(sheet.lead()).isEqualTo("Jane Smith, Head of Bus Strategy");
        assertThat(sheet.portfolioHolder()).isEqualTo("Councillor Dan Hebden");
        assertThat(sheet.keyDecision()).isFalse();
        assertThat(sheet.wards()).isEqualTo("All");
        assertThat(sheet.fields()).containsKeys("MEETING DATE", "REPORT OF", "LEAD OFFICER").hasSize(7);
        assertThat(sheet.recommendations()).containsExactly("the Board notes the progress made in the first year.",
                "the Board approves the revised targets for 2025-26.");
        assertThat(pack.meeting()).extracting(Meeting::body, Meeting::council, Meeting::date)
                .containsExactly("Transport and Infrastructure Board", "WESSEX COMBINED AUTHORITY", "2025-03-12");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aParishClerksReportNamingItsMeetingAndDateOnOneLine(String format) throws Exception {
        Pack pack = extract(MadeUpReports.ambridgeClerksReport(), format);
        CoverSheet sheet = standalone(MadeUpReports.ambridgeClerksReport(), format);

        assertThat(sheet.title()).isEqualTo("Village Green Maintenance Contract 2025-2028");
        assertThat(sheet.meetingDate()).isEqualTo("2025-03-10");
        assertThat(sheet.author()).isEqualTo("Mrs Jo Bloggs");
        assertThat(sheet.purpose()).containsExactly("decision");
        assertThat(sheet.recommendations())
                .containsExactly("the Council accepts the quotation of Grundy Groundworks at \u00a32,400 a year.");
        assertThat(pack.meeting()).extracting(Meeting::body, Meeting::council, Meeting::date)
                .containsExactly("Ordinary Meeting of the Parish Council", "AMBRIDGE PARISH COUNCIL", "2025-03-10");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aCabinetReportWithoutAnAuthorLabelIsByThePeopleItIsReportOf(String format) throws Exception {
        Pack pack = extract(MadeUpReports.borsetshireCabinetReport(), format);
        CoverSheet sheet = standalone(MadeUpReports.borsetshireCabinetReport(), format);

        assertThat(sheet.title()).isEqualTo("Highways Asset Management Plan and Resurfacing Programme 2025-2030");
        assertThat(sheet.meetingDate()).isEqualTo("2025-03-13");
        assertThat(sheet.author()).isEqualTo("Councillor Ruth Archer; Robert Snell");
        assertThat(sheet.contact()).isEqualTo("lynda.snell@borsetshire.example");
        assertThat(sheet.wards()).isEqualTo("All");
        assertThat(sheet.keyDecision()).isTrue();
        assertThat(sheet.recommendations()).containsExactly(
                "approve the Highways Asset Management Plan 2025-2030; and");
        assertThat(pack.meeting()).extracting(Meeting::body, Meeting::council, Meeting::date)
                .containsExactly("Cabinet", "BORSETSHIRE COUNTY COUNCIL", "2025-03-13");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void theCabinetReportInItsPackBelongsToItsItem(String format) throws Exception {
        Pack pack = extract(MadeUpReports.borsetshireCabinetPack(), format);

        assertThat(pack.kind()).isEqualTo("agenda_pack");
        assertThat(pack.coverSheets()).hasSize(1);
        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.agendaItem()).isEqualTo("3");
        assertThat(sheet.style()).isEqualTo("report_header");
        assertThat(sheet.author()).isEqualTo("Councillor Ruth Archer; Robert Snell");
        assertThat(sheet.meetingDate()).isEqualTo(pack.meeting().date()).isEqualTo("2025-03-13");
        assertThat(sheet.recommendations()).containsExactly(
                "approve the Highways Asset Management Plan 2025-2030; and",
                "delegate the choice of schemes in each year to the Corporate Director.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pdf", "txt"})
    void aMemoOfFromToAndSubjectIsNoReportHeader(String format) throws Exception {
        Pack pack = extract(MadeUpReports.borsetshireMemo(), format);

        assertThat(pack.coverSheets()).isEmpty();
        assertThat(pack.meeting()).isNull();
    }
}
