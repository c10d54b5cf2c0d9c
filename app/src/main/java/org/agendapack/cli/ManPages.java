package org.agendapack.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The build's man pages ({@code app/pom.xml}): picocli's {@code ManPageGenerator} writes each command's page in
 * AsciiDoc, from the commands themselves, and this turns each into a troff page {@code man} reads, beside it
 * ({@code agendapack.adoc} gives {@code agendapack.1}). AsciiDoc's own converter (Asciidoctor) is a Ruby program;
 * the pages use a handful of its forms (sections, a definition list, bold and italic words), all read here.
 *
 * <p>Argument: the folder of the AsciiDoc pages.
 */
public final class ManPages {

    private static final Pattern ATTRIBUTE = Pattern.compile(":([\\w-]+):\\s*(.*)");
    private static final Pattern TITLE = Pattern.compile("= ([\\w-]+)\\((\\d)\\)");
    private static final Pattern CROSS_REFERENCE = Pattern.compile("xref:[^\\[\\s]+\\[(.*?)]");
    private static final Pattern BOLD = Pattern.compile("(?<!\\w)\\*([^*\\s](?:[^*]*[^*\\s])?)\\*(?!\\w)");
    private static final Pattern ITALIC = Pattern.compile("(?<!\\w)_([^_\\s](?:[^_]*[^_\\s])?)_(?!\\w)");

    private ManPages() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args[0]);
        List<Path> pages;
        try (Stream<Path> listing = Files.list(folder)) {
            pages = listing.filter(path -> path.getFileName().toString().endsWith(".adoc")).sorted().toList();
        }
        for (Path page : pages) {
            String name = page.getFileName().toString().replaceFirst("\\.adoc$", ".1");
            Files.writeString(page.resolveSibling(name), troff(Files.readString(page, StandardCharsets.UTF_8)),
                    StandardCharsets.UTF_8);
        }
    }

    /** The troff page of an AsciiDoc man page as picocli writes one. */
    static String troff(String asciiDoc) {
        StringBuilder out = new StringBuilder();
        String source = "";
        String manual = "";
        boolean synopsis = false;
        boolean paragraph = false;
        boolean sectionStart = false;
        for (String line : asciiDoc.split("\n", -1)) {
            Matcher attribute = ATTRIBUTE.matcher(line);
            Matcher title = TITLE.matcher(line);
            if (line.startsWith("//")) {
                continue;
            } else if (attribute.matches()) {
                source = attribute.group(1).equals("mansource") ? attribute.group(2) : source;
                manual = attribute.group(1).equals("manmanual") ? attribute.group(2) : manual;
            } else if (title.matches()) {
                out.append(".TH \"").append(title.group(1).toUpperCase(Locale.ROOT)).append("\" ")
                        .append(title.group(2)).append(" \"\" \"").append(source).append("\" \"").append(manual)
                        .append("\"\n");
            } else if (line.startsWith("== ")) {
                out.append(synopsis ? ".fi\n" : "");
                String section = line.substring(3).strip().replaceFirst(":$", "").toUpperCase(Locale.ROOT);
                out.append(".SH \"").append(section).append("\"\n");
                synopsis = section.equals("SYNOPSIS");
                out.append(synopsis ? ".nf\n" : "");
                sectionStart = true;
            } else if (line.isBlank()) {
                paragraph = false;
            } else if (line.endsWith("::")) {
                out.append(".TP\n").append(inline(line.substring(0, line.length() - 2))).append('\n');
                paragraph = true;
                sectionStart = false;
            } else {
                // a paragraph is marked as one, but for the first of a section and the lines of the synopsis
                out.append(paragraph || sectionStart || synopsis ? "" : ".PP\n")
                        .append(inline(synopsis ? line : line.strip())).append('\n');
                paragraph = true;
                sectionStart = false;
            }
        }
        return out.append(synopsis ? ".fi\n" : "").toString();
    }

    /** A line of text in troff: bold and italic words in its fonts, its backslashes and hyphens escaped. */
    private static String inline(String text) {
        String escaped = text.replace("\\", "\\e").replace("-", "\\-");
        escaped = CROSS_REFERENCE.matcher(escaped).replaceAll("$1");
        escaped = BOLD.matcher(escaped).replaceAll("\\\\fB$1\\\\fR");
        escaped = ITALIC.matcher(escaped).replaceAll("\\\\fI$1\\\\fR");
        return escaped.startsWith(".") || escaped.startsWith("'") ? "\\&" + escaped : escaped;
    }
}
