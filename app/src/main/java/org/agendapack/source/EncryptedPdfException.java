package org.agendapack.source;

/** A PDF that is encrypted, opened without its password or with a wrong one. */
public final class EncryptedPdfException extends SourceException {

    public EncryptedPdfException(String reason, Throwable cause) {
        super(reason, cause);
    }

    @Override
    public String kind() {
        return "encrypted";
    }
}
