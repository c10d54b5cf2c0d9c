package org.agendapack.source;

/** A PDF that the PDF library cannot parse: broken structure, impossible values. */
public final class DamagedPdfException extends SourceException {

    public DamagedPdfException(String reason) {
        super(reason);
    }

    public DamagedPdfException(String reason, Throwable cause) {
        super(reason, cause);
    }

    @Override
    public String kind() {
        return "damaged";
    }
}
