package org.agendapack.batch;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import org.agendapack.output.CannotWrite;
import org.agendapack.output.OutputFolder;

/**
 * The output folder's lock, held while a run appends to the journal or reads, merges and writes the run files:
 * two runs into one folder that end together then merge one after the other, and the second keeps the first's
 * entries. It is the system's lock on {@code .agendapack.lock} in the folder, which the system releases however
 * the process ends (the file itself stays). The system's lock belongs to the process, so runs within one process
 * also queue on a lock of their own.
 */
final class RunFilesLock implements AutoCloseable {

    static final String FILE = ".agendapack.lock";
    private static final Map<Path, ReentrantLock> IN_PROCESS = new ConcurrentHashMap<>();

    private final ReentrantLock inProcess;
    private final FileChannel channel;

    private RunFilesLock(ReentrantLock inProcess, FileChannel channel) {
        this.inProcess = inProcess;
        this.channel = channel;
    }

    /** Waits until no other run holds the folder's lock, and takes it. */
    static RunFilesLock acquire(OutputFolder folder) throws IOException {
        Path file = folder.root().resolve(FILE);
        ReentrantLock inProcess;
        try {
            folder.createDirectories(folder.root());
            folder.checkFile(file);
            inProcess = IN_PROCESS.computeIfAbsent(folder.root().toRealPath(), key -> new ReentrantLock());
        } catch (IOException e) {
            throw CannotWrite.of(e);
        }
        inProcess.lock();
        try {
            return new RunFilesLock(inProcess, locked(file));
        } catch (IOException | RuntimeException e) {
            inProcess.unlock();
            throw e;
        }
    }

    /** The lock file opened and locked, waiting for another process that holds it. */
    private static FileChannel locked(Path file) throws IOException {
        try {
            FileChannel channel = openOrCreate(file);
            try {
                channel.lock();
                return channel;
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (IOException e) {
            throw CannotWrite.of(e);
        }
    }

    private static FileChannel openOrCreate(Path file) throws IOException {
        try {
            FileChannel created = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            shareWithFolder(file);
            return created;
        } catch (FileAlreadyExistsException e) {
            return FileChannel.open(file, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        }
    }

    /**
     * Whoever may write the folder may take its lock (a folder shared by a group): the new lock file gets the
     * folder's read and write permissions.
     */
    private static void shareWithFolder(Path file) {
        try {
            Set<PosixFilePermission> permissions = EnumSet.noneOf(PosixFilePermission.class);
            for (PosixFilePermission permission : Files.getPosixFilePermissions(file.getParent())) {
                if (!permission.name().endsWith("EXECUTE")) {
                    permissions.add(permission);
                }
            }
            Files.setPosixFilePermissions(file, permissions);
        } catch (IOException | UnsupportedOperationException e) {
            // a file system without POSIX permissions: the lock file has what the system gives new files
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close(); // releases the system's lock
        } finally {
            inProcess.unlock();
        }
    }
}
