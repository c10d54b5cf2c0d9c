package org.agendapack.source;

/**
 * One word as read from the input. {@code box} and {@code fontSize} are known for PDF input only and are null
 * for text input.
 */
public record Word(String text, Box box, Double fontSize, boolean bold) {

    public static Word plain(String text, boolean bold) {
        return new Word(text, null, null, bold);
    }
}
