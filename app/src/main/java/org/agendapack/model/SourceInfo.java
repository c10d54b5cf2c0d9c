package org.agendapack.model;

/** The input file: its name (no directories), content hash, format ({@code pdf}/{@code text}), pages. */
public record SourceInfo(String file, String sha256, String format, int pageCount) {
}
