package org.agendapack.cli;

import org.agendapack.batch.RunReport;
import picocli.CommandLine.IVersionProvider;

/** The version Maven stamped into the build. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {RunReport.TOOL_VERSION};
    }
}
