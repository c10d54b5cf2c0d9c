package org.agendapack.model;

/**
 * The input file: its name (no directories), content hash, format ({@code pdf}/{@code text}), pages, and the
 * encoding a text input was read in ({@code utf-8}, {@code windows-1252}, {@code utf-16le}, ...; null for a PDF).
 */
public record SourceInfo(String file, String sha256, String format, int pageCount, String encoding) {
}
