package org.agendapack.source;

public enum SourceFormat {
    PDF, TEXT
}
