package org.agendapack.source;

/** A file named as a PDF that does not hold one. */
public final class NotPdfException extends SourceException {

    public NotPdfException(String reason) {
        super(reason);
    }

    @Override
    public String kind() {
        return "not_pdf";
    }
}
