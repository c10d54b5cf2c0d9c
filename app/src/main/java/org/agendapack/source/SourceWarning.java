package org.agendapack.source;

/**
 * Something about the input that the reader worked around and the user should know of, such as a page that
 * could not be read and was left empty.
 *
 * @param code    a stable upper-case code ({@code PAGE_SKIPPED}, {@code PAGE_UNREADABLE}, …)
 * @param message one sentence for the user
 * @param page    the 1-based physical page it concerns, or null when it concerns the whole file
 */
public record SourceWarning(String code, String message, Integer page) {
}
