package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ManPagesTest {

    private static final String PAGE = """
            // tag::picocli-generated-full-manpage[]
            :doctype: manpage
            :manmanual: Agendapack Manual
            :mansource: agendapack 0.1.0
            = agendapack-tables(1)

            == Name

            agendapack-tables - Extracts the tables of any PDF.

            == Synopsis

            *agendapack tables* [*-hV*] [*-a*=_TOP,LEFT,BOTTOM,RIGHT_]
                              [*--mode*=_MODE_] _FILE_

            == Options

            *-a*, *--area*=_TOP,LEFT,BOTTOM,RIGHT_::
              Only this area of each page.

            .dotted first line of a paragraph, and a back\\slash

            ==  Exit codes:

            *2*::
              usage error
            """;

    @Test
    void anAsciiDocPageBecomesATroffPage() {
        String troff = ManPages.troff(PAGE);

        assertThat(troff).startsWith(".TH \"AGENDAPACK-TABLES\" 1 \"\" \"agendapack 0.1.0\" \"Agendapack Manual\"\n")
                .contains(".SH \"NAME\"\nagendapack\\-tables \\- Extracts the tables of any PDF.\n")
                .contains(".SH \"SYNOPSIS\"\n.nf\n\\fBagendapack tables\\fR [\\fB\\-hV\\fR]")
                .contains("\n                  [\\fB\\-\\-mode\\fR=\\fIMODE\\fR] \\fIFILE\\fR\n.fi\n")
                .contains(".TP\n\\fB\\-a\\fR, \\fB\\-\\-area\\fR=\\fITOP,LEFT,BOTTOM,RIGHT\\fR\n"
                        + "Only this area of each page.\n")
                .contains(".PP\n\\&.dotted first line of a paragraph, and a back\\eslash\n")
                .contains(".SH \"EXIT CODES\"\n.TP\n\\fB2\\fR\nusage error\n")
                .doesNotContain("picocli-generated").doesNotContain(":doctype:");
    }
}
