package org.agendapack.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.agendapack.source.Sources;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * The inputs below the given URIs, as the command line finds them in a folder: every {@code .pdf}, {@code .txt}
 * and {@code .md} file at any depth, but hidden files and README files; and Hadoop's own hidden names (those
 * starting with {@code _} or {@code .}, such as {@code _SUCCESS} or {@code _temporary}) at any level. A URI
 * that names a file is taken whatever its name. Sorted by URI, so a run sees its inputs in one order.
 */
final class InputListing {

    /** One input: its URI and its size in bytes, which the work is balanced by. */
    record Input(String uri, long size) implements Serializable {
    }

    private InputListing() {
    }

    static List<Input> of(List<String> uris, Configuration configuration) throws JobException {
        List<Input> inputs = new ArrayList<>();
        for (String uri : uris) {
            Path root = new Path(uri);
            try {
                FileSystem fileSystem = root.getFileSystem(configuration);
                FileStatus status = fileSystem.getFileStatus(root);
                if (status.isFile()) {
                    inputs.add(new Input(status.getPath().toString(), status.getLen()));
                    continue;
                }
                RemoteIterator<LocatedFileStatus> files = fileSystem.listFiles(root, true);
                Path qualifiedRoot = status.getPath();
                while (files.hasNext()) {
                    LocatedFileStatus file = files.next();
                    if (isInput(qualifiedRoot, file.getPath())) {
                        inputs.add(new Input(file.getPath().toString(), file.getLen()));
                    }
                }
            } catch (FileNotFoundException e) {
                throw new JobException(uri + ": no such file or folder");
            } catch (IOException | RuntimeException e) {
                throw new JobException(uri + ": cannot list: " + e.getMessage());
            }
        }
        if (inputs.isEmpty()) {
            throw new JobException(String.join(", ", uris) + ": no .pdf, .txt or .md files found");
        }
        inputs.sort(Comparator.comparing(Input::uri));
        return inputs.stream().distinct().toList();
    }

    /** Whether a file found below the root is an input: its name one, and no folder on the way hidden. */
    private static boolean isInput(Path root, Path file) {
        if (!Sources.isFolderInput(file.getName())) {
            return false;
        }
        for (Path folder = file.getParent(); folder != null && !folder.equals(root); folder = folder.getParent()) {
            if (folder.getName().startsWith("_") || folder.getName().startsWith(".")) {
                return false;
            }
        }
        return !file.getName().startsWith("_");
    }
}
