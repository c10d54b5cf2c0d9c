package org.agendapack.source;

/**
 * Tells an error of Agendapack's own code from one of the PDF library, by where it was thrown: the innermost
 * frame outside the Java platform. A failure inside PDFBox while it reads a file is the file's doing (it is
 * damaged, or PDFBox cannot cope with it); a failure in Agendapack's own code is a bug, and is reported as one.
 */
final class Blame {

    private static final String OWN_PACKAGE = "org.agendapack.";

    private Blame() {
    }

    static boolean isOurs(Throwable error) {
        for (StackTraceElement frame : error.getStackTrace()) {
            String name = frame.getClassName();
            if (!name.startsWith("java.") && !name.startsWith("jdk.") && !name.startsWith("sun.")) {
                return name.startsWith(OWN_PACKAGE);
            }
        }
        return false;
    }
}
