package org.agendapack.output;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** This build's name and version ({@code agendapack 0.1.0}), as Maven stamped it: outputs record what made them. */
public final class ToolVersion {

    public static final String NAME = read();

    private ToolVersion() {
    }

    private static String read() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("/org/agendapack/version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return "agendapack " + properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "agendapack unknown";
        }
    }
}
