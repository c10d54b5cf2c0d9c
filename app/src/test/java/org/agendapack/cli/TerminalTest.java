package org.agendapack.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TerminalTest {

    @AfterEach
    void forget() {
        System.clearProperty(Terminal.PROPERTY);
    }

    @Test
    void theLaunchersWordDecides() {
        System.setProperty(Terminal.PROPERTY, "true");
        assertThat(Terminal.stderr()).isTrue();
        System.setProperty(Terminal.PROPERTY, "false");
        assertThat(Terminal.stderr()).isFalse();
    }

    @Test
    void standardErrorRedirectedByTheTestRunnerIsNoTerminal() {
        assertThat(Terminal.stderr()).isFalse();
    }
}
