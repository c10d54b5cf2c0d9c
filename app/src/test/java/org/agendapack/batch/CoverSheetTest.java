package org.agendapack.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agendapack.Samples;
import org.agendapack.model.CoverSheet;
import org.agendapack.model.Pack;
import org.agendapack.model.Warning;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CoverSheetTest {

    @TempDir
    Path dir;

    /** A pack whose front sheet lists items 3 to 5 with papers, followed by the given papers. */
    private Pack pack(String... papers) throws Exception {
        String front = String.join("\n", "Borsetshire Health Board", "Agenda", "Date: Tuesday, 30th May, 2017",
                "3. Minutes (Pages 1 - 2)", "4. Housing Needs Assessment (Pages 3 - 8)",
                "5. Participatory Budgeting: Public Health Outcomes (Pages 9 - 12)",
                "PART 2 - EXEMPT ITEMS", "6. Land Sale (Pages 13 - 14)", "");
        return PackExtractor.extract(Files.writeString(dir.resolve("pack.md"), front + String.join("\n", papers)));
    }

    @Test
    void aCoverSheetFormWithWrappedLabelsAndTickBoxes() throws Exception {
        Pack pack = pack("Agenda Item 4", "Reports Cover Sheet",
                "Title of Report:\tHousing Needs Assessment",
                "Date of meeting:\t30 th May 2017",
                "Written by:\tAnn Able",
                "Contact details:\tann.able@borsetshire.gov.uk",
                "Health & Wellbeing Board Lead:\tCouncillor Bob Baker",
                "Is this report for:\tInformation <input checked=\"\" type=\"checkbox\"/>\tDiscussion □x\tDecision 🛘",
                "Please detail which, if\tStarting and Developing V",
                "any, of the Health &\tLiving and Working Well x",
                "Wellbeing Strategy\tAgeing Well 🗵",
                "priorities this report relates to?\tAll of the above □",
                "\tI",
                "Key Actions for the\tThe Board is asked to:",
                "Board to address.\t• note the assessment",
                "Please state recommendations\t• agree the next steps",
                "Local Question We Ask:\tAnswer as printed",
                "1 Report Summary", "1.1 The assessment shows need.");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.style()).isEqualTo("cover_sheet");
        assertThat(sheet.agendaItem()).isEqualTo("4");
        assertThat(sheet.title()).isEqualTo("Housing Needs Assessment");
        assertThat(sheet.meetingDate()).isEqualTo("2017-05-30");
        assertThat(sheet.author()).isEqualTo("Ann Able");
        assertThat(sheet.contact()).isEqualTo("ann.able@borsetshire.gov.uk");
        assertThat(sheet.lead()).isEqualTo("Councillor Bob Baker");
        assertThat(sheet.purpose()).containsExactly("information", "discussion");
        assertThat(sheet.priorities()).containsExactly("Living and Working Well", "Ageing Well");
        assertThat(sheet.recommendations()).containsExactly("note the assessment", "agree the next steps");
        assertThat(sheet.publicReport()).isTrue();
        assertThat(sheet.fields()).containsKeys(
                "Please detail which, if any, of the Health & Wellbeing Strategy priorities this report relates to?",
                "Local Question We Ask");
        assertThat(sheet.fields().get("Local Question We Ask")).isEqualTo("Answer as printed");
        assertThat(pack.warnings()).extracting(Warning::code).doesNotContain("COVER_SHEET_MISMATCH");
    }

    @Test
    void aFormCollapsedOntoOneLine() throws Exception {
        Pack pack = pack("Agenda Item 4", "Reports Cover Sheet Housing Needs Assessment **Date of meeting:** 30th May "
                + "2017 Written by: Ann Able Contact details: ann.able@borsetshire.gov.uk Health & Wellbeing Board "
                + "Lead: Cllr Bob Baker");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.title()).isEqualTo("Housing Needs Assessment");
        assertThat(sheet.meetingDate()).isEqualTo("2017-05-30");
        assertThat(sheet.author()).isEqualTo("Ann Able");
        assertThat(sheet.lead()).isEqualTo("Cllr Bob Baker");
    }

    @Test
    void aCabinetStyleHeaderWhoseDateAndTitleDisagreeWithTheAgenda() throws Exception {
        Pack pack = pack("Agenda Item 5", "REPORT TO: Health Board", "Date of Meeting:\t10 th May 2017",
                "Report of:\tDr Carol Cole (Director of Public Health)", "Subject/Title:\tCommunity Grants Review",
                "Portfolio Holder:\tCouncillor Dan Dee", "1 Report Summary", "1.1 Text.", "2 Recommendations",
                "2.1 That the Board notes the review.", "2.2 That officers report back in the autumn.",
                "3 Reasons for Recommendations", "3.1 Text.");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.style()).isEqualTo("report_header");
        assertThat(sheet.reportOf()).isEqualTo("Dr Carol Cole (Director of Public Health)");
        assertThat(sheet.portfolioHolder()).isEqualTo("Councillor Dan Dee");
        assertThat(sheet.title()).isEqualTo("Community Grants Review");
        assertThat(sheet.meetingDate()).isEqualTo("2017-05-10");
        assertThat(sheet.recommendations())
                .containsExactly("the Board notes the review.", "officers report back in the autumn.");
        List<Warning> mismatches = pack.warnings().stream()
                .filter(warning -> warning.code().equals("COVER_SHEET_MISMATCH")).toList();
        assertThat(mismatches).hasSize(2);
        assertThat(mismatches.get(0).message()).contains("2017-05-10").contains("2017-05-30");
    }

    @Test
    void anItemBlockHeaderWithWardsKeyDecisionAndPublicStatement() throws Exception {
        Pack pack = pack("Agenda Item 6", "30 May 2017\tITEM: 6", "Borsetshire Health Board", "Land Sale",
                "Wards and communities affected:\tAll", "Key Decision:\tNon-key",
                "Report of: Eve Ewe, Head of Property", "Accountable Director: Fay Fox, Director of Place",
                "This report is Exempt", "1. Recommendation(s)", "1.1 That the sale be agreed.");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.agendaItem()).isEqualTo("6");
        assertThat(sheet.title()).isEqualTo("Land Sale");
        assertThat(sheet.meetingDate()).isEqualTo("2017-05-30");
        assertThat(sheet.wards()).isEqualTo("All");
        assertThat(sheet.keyDecision()).isFalse();
        assertThat(sheet.reportOf()).isEqualTo("Eve Ewe, Head of Property");
        assertThat(sheet.fields()).containsEntry("Accountable Director", "Fay Fox, Director of Place");
        assertThat(sheet.publicReport()).isFalse();
        assertThat(sheet.recommendations()).containsExactly("the sale be agreed.");
    }

    @Test
    void aFormBrokenAcrossAPageBreakIsOneForm() throws Exception {
        Pack pack = pack("Agenda Item 4", "Reports Cover Sheet", "Title of Report:\tHousing Needs Assessment",
                "Has public, service user, patient\tYes, through a survey", "Page 4",
                "feedback/consultation informed the\tof 300 residents.",
                "recommendations of this report?\t", "1 Report Summary");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.fields()).containsEntry(
                "Has public, service user, patient feedback/consultation informed the recommendations of this report?",
                "Yes, through a survey of 300 residents.");
    }

    @Test
    void aHeaderOfBoldLabelsWithoutColons() throws Exception {
        Pack pack = pack("Agenda Item 4", "**Report to** Borsetshire Health Board", "**Date of meeting** 30 May 2017",
                "**Report title** Housing Needs Assessment", "**Report author** Ann Able, Housing Strategy Officer",
                "**Ward(s) affected** All", "1. Purpose", "1.1 Text.");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.style()).isEqualTo("report_header");
        assertThat(sheet.agendaItem()).isEqualTo("4");
        assertThat(sheet.title()).isEqualTo("Housing Needs Assessment");
        assertThat(sheet.meetingDate()).isEqualTo("2017-05-30");
        assertThat(sheet.author()).isEqualTo("Ann Able");
        assertThat(sheet.wards()).isEqualTo("All");
        assertThat(sheet.fields()).containsEntry("Report to", "Borsetshire Health Board").hasSize(5);
    }

    @Test
    void aHeaderThatNamesNoWriterTakesItsAuthorFromTheReportsContactSection() throws Exception {
        Pack pack = pack("Agenda Item 4", "Report Title: Housing Needs Assessment", "Date of Meeting: 30 May 2017",
                "Report of: Director of Housing", "Portfolio Holder: Councillor Bob Baker", "1. Summary",
                "1.1 The assessment shows need.", "9. Contact Information",
                "9.1 Any questions relating to this report should be directed to the following officer:",
                "Name: Ann Able", "Job Title: Housing Strategy Officer");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.reportOf()).isEqualTo("Director of Housing");
        assertThat(sheet.author()).as("the report is of a post, so the officer to contact wrote it")
                .isEqualTo("Ann Able");
        assertThat(sheet.fields()).doesNotContainKeys("Name", "Job Title");
    }

    @Test
    void aContactOfficerWithTelephoneAndEmailLabelsRunOnOneLine() throws Exception {
        Pack pack = pack("Agenda Item 4", "Report to: Borsetshire Health Board", "Subject: Housing Needs Assessment",
                "Contact officer: Ann Able Tel: 01234 567890 Email: ann.able@borsetshire.example", "Summary",
                "Text.");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.author()).isEqualTo("Ann Able");
        assertThat(sheet.contact()).isEqualTo("ann.able@borsetshire.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Presenting officer: Ann Able, Head of Housing", "Lead officer\tAnn Able",
            "REPORT BY Ann Able, Head of Housing", "Contact officer: Ann Able (Head of Housing)"})
    void withoutAnAuthorLabelTheAuthorIsTheWriterOrPresenterTheHeaderNames(String writer) throws Exception {
        Pack pack = pack("Agenda Item 4", "Report to: Borsetshire Health Board", "Report of: Director of Housing",
                writer, "Subject: Housing Needs Assessment", "Summary", "Text.");

        assertThat(pack.coverSheets().get(0).author()).isEqualTo("Ann Able");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Wards affected:\tKey Decision:\nAll\tNon-key", "Wards affected: Key Decision: All Non-key",
            "Wards affected:\nKey Decision:\nAll\nNon-key"})
    void labelsPrintedSideBySideAboveTheirValues(String labels) throws Exception {
        Pack pack = pack("Agenda Item 6", "30 May 2017\tITEM: 6", "Borsetshire Health Board", "Land Sale",
                labels, "Report of: Eve Ewe, Head of Property",
                "Accountable Head of Service: n/a", "Accountable Director: Fay Fox, Director of Place",
                "This report is Exempt", "Executive Summary", "Text.");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.wards()).isEqualTo("All");
        assertThat(sheet.keyDecision()).isFalse();
        assertThat(sheet.author()).isEqualTo("Eve Ewe");
        assertThat(sheet.lead()).as("a lead that gives none leaves the field to the next").isEqualTo(
                "Fay Fox, Director of Place");
    }

    @Test
    void aTitleWrappedOntoTheNextLineWithAFootnoteMarkIsWhole() throws Exception {
        Pack pack = pack("Agenda Item 4", "Report to: Borsetshire Health Board",
                "Report of: Ann Able, Housing Strategy Officer,", "Borsetshire Council", "",
                "Bob Baker, Housing Needs Manager", "",
                "Subject/Title: Housing Needs\u00b2 of Older People", "Assessment 2017", "", "Purpose",
                "The purpose of this report is to inform the Board.");

        CoverSheet sheet = pack.coverSheets().get(0);
        assertThat(sheet.title()).isEqualTo("Housing Needs of Older People Assessment 2017");
        assertThat(sheet.author()).isEqualTo("Ann Able; Bob Baker");
        assertThat(pack.documents()).filteredOn(document -> "4".equals(document.agendaItem()))
                .extracting(document -> document.title()).containsExactly("Housing Needs of Older People Assessment 2017");
    }

    @ParameterizedTest
    @ValueSource(strings = {".txt", ".pdf"})
    void theSeptember2018CoverSheets(String extension) throws Exception {
        List<CoverSheet> sheets = PackExtractor.extract(Samples.file("000", extension)).coverSheets();

        CoverSheet consultation = sheets.stream().filter(sheet -> "5".equals(sheet.agendaItem())).findFirst()
                .orElseThrow();
        assertThat(consultation.style()).isEqualTo("cover_sheet");
        assertThat(consultation.title()).startsWith("Report on the Public Consultation on the Redesign");
        assertThat(consultation.meetingDate()).isEqualTo("2018-09-25");
        assertThat(consultation.author()).isEqualTo("Jacki Wilkes");
        assertThat(consultation.contact()).isEqualTo("jackiwilkes@nhs.net");
        assertThat(consultation.lead()).isEqualTo("CCG Chairs");
        assertThat(consultation.purpose()).containsExactly("information", "discussion");
        assertThat(consultation.priorities()).containsExactly("Living and Working Well", "Ageing Well");
        assertThat(sheets).extracting(CoverSheet::agendaItem).contains("5", "6", "7", "8");
    }

    @ParameterizedTest
    @ValueSource(strings = {".txt", ".pdf"})
    void theThurrockReportHeaders(String extension) throws Exception {
        List<CoverSheet> sheets = PackExtractor.extract(Samples.file("003", extension)).coverSheets();

        assertThat(sheets).extracting(CoverSheet::agendaItem).containsExactly("5", "6", "7", "8", "9");
        assertThat(sheets).allMatch(sheet -> sheet.style().equals("report_header") && sheet.reportOf() != null);
        assertThat(sheets.get(0).reportOf()).startsWith("Ceri Armstrong, Strategy Officer");
        assertThat(sheets.get(0).meetingDate()).isEqualTo("2014-09-11");
        assertThat(sheets.get(0).publicReport()).isTrue();
        assertThat(sheets.get(0).fields()).containsKey("Accountable Director");
    }

    @Test
    void theNovember2017TextCoverSheetsDecodeHtmlTickBoxes() throws Exception {
        Pack pack = PackExtractor.extract(Samples.file("001", ".txt"));

        CoverSheet dtoc = pack.coverSheets().stream().filter(sheet -> "7".equals(sheet.agendaItem())).findFirst()
                .orElseThrow();
        assertThat(dtoc.title()).isEqualTo("DTOC Progress Update");
        assertThat(dtoc.author()).as("the name without the post").isEqualTo("Emma Leigh");
        assertThat(dtoc.lead()).isEqualTo("Cllr. Janet Clowes");
        assertThat(dtoc.purpose()).containsExactly("information", "discussion");
        assertThat(pack.warnings()).extracting(Warning::code).contains("COVER_SHEET_MISMATCH");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001"})
    void aPdfFormReadByItsRuledCellsAgreesWithItsTextConversion(String sample) throws Exception {
        List<CoverSheet> pdf = PackExtractor.extract(Samples.file(sample, ".pdf")).coverSheets();
        List<CoverSheet> text = PackExtractor.extract(Samples.file(sample, ".txt")).coverSheets();

        assertThat(pdf).hasSameSizeAs(text);
        for (int i = 0; i < pdf.size(); i++) {
            CoverSheet fromPdf = pdf.get(i);
            CoverSheet fromText = text.get(i);
            assertThat(fromPdf.agendaItem()).isEqualTo(fromText.agendaItem());
            assertThat(fromPdf.style()).isEqualTo(fromText.style());
            assertThat(fromPdf.author()).isEqualTo(fromText.author());
            assertThat(fromPdf.contact()).isEqualTo(fromText.contact());
            assertThat(fromPdf.lead()).isEqualTo(fromText.lead());
            assertThat(fromPdf.purpose()).isEqualTo(fromText.purpose());
            if (fromText.style().equals("cover_sheet")) {
                assertThat(fromPdf.title()).isEqualTo(fromText.title());
                assertThat(fromPdf.meetingDate()).isEqualTo(fromText.meetingDate());
            }
        }
    }
}
