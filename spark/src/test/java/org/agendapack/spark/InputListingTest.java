package org.agendapack.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputListingTest {

    @TempDir
    Path root;

    private Path file(String path, String content) throws Exception {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return file;
    }

    @Test
    void findsInputsAtAnyDepthAsTheCommandLineDoesAndLeavesHadoopsOwnFolders() throws Exception {
        file("2019/planning/agenda.pdf", "%PDF-1.4");
        file("2019/planning/Minutes.TXT", "minutes");
        file("notes.md", "# notes");
        file("README.md", "what this folder is");
        file(".hidden.pdf", "%PDF-1.4");
        file("scan.tif", "II*");
        file("_temporary/0/part.txt", "a task's leftover");
        file("2019/_SUCCESS", "");
        file("2019/.staging/agenda.pdf", "%PDF-1.4");
        List<InputListing.Input> inputs = InputListing.of(List.of(root.toUri().toString()), new Configuration());
        assertThat(inputs).extracting(input -> input.uri().substring(input.uri().indexOf(root.toString())
                + root.toString().length())).containsExactly("/2019/planning/Minutes.TXT",
                "/2019/planning/agenda.pdf", "/notes.md");
        assertThat(inputs).allSatisfy(input -> assertThat(input.uri()).startsWith("file:/"));
        assertThat(inputs.get(1).size()).isEqualTo(8);
    }

    @Test
    void aFileNamedIsTakenWhateverItsName() throws Exception {
        Path scan = file("in/scan.dat", "%PDF-1.4");
        assertThat(InputListing.of(List.of(scan.toString(), scan.toUri().toString()), new Configuration()))
                .singleElement().satisfies(input -> assertThat(input.uri()).endsWith("/in/scan.dat"));
    }

    @Test
    void aFolderWithoutInputsStopsTheRun() throws Exception {
        file("notes/scan.tif", "II*");
        String folder = root.resolve("notes").toUri().toString();
        assertThatThrownBy(() -> InputListing.of(List.of(folder), new Configuration()))
                .isInstanceOf(JobException.class).hasMessage(folder + ": no .pdf, .txt or .md files found");
    }

    @Test
    void aMissingInputStopsTheRunWithItsName() {
        String missing = root.resolve("nowhere").toUri().toString();
        assertThatThrownBy(() -> InputListing.of(List.of(missing), new Configuration()))
                .isInstanceOf(JobException.class).hasMessage(missing + ": no such file or folder");
    }
}
