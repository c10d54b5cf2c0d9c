package org.agendapack.batch;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One worker JVM ({@link WorkerMain}) seen from the coordinator: jobs go to its standard input, and a reader
 * thread passes each line it answers to the coordinator's inbox, then a {@code null} line when it ends.
 */
final class WorkerProcess {

    /** A line a worker answered, or {@code null} when its output ended (it exited or was killed). */
    record Message(WorkerProcess worker, String line) {
    }

    /** The exit code of a JVM that {@code -XX:+ExitOnOutOfMemoryError} ended. */
    private static final int OUT_OF_MEMORY_EXIT = 3;

    private final Process process;
    private final BufferedWriter jobs;

    private WorkerProcess(Process process) {
        this.process = process;
        this.jobs = new BufferedWriter(new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
    }

    static WorkerProcess start(List<String> command, BlockingQueue<Message> inbox) throws IOException {
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        WorkerProcess worker = new WorkerProcess(process);
        Thread reader = new Thread(() -> worker.readAnswers(inbox), "agendapack-worker-reader");
        reader.setDaemon(true);
        reader.start();
        return worker;
    }

    private void readAnswers(BlockingQueue<Message> inbox) {
        try (BufferedReader answers = new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = answers.readLine(); line != null; line = answers.readLine()) {
                inbox.add(new Message(this, line));
            }
        } catch (IOException e) {
            // the stream breaks when the worker is killed: that is its end, reported below
        }
        inbox.add(new Message(this, null));
    }

    void send(FileJob job) throws IOException {
        jobs.write(WorkerProtocol.job(job));
        jobs.newLine();
        jobs.flush();
    }

    boolean alive() {
        return process.isAlive();
    }

    void kill() {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
    }

    /** Asks the worker to end once idle: its input ends. It is killed if it has not gone after a moment. */
    void close() {
        try {
            jobs.close();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                kill();
            }
        } catch (IOException e) {
            kill();
        } catch (InterruptedException e) {
            kill();
            Thread.currentThread().interrupt();
        }
    }

    /** Why a worker that ended while at work did so, from its exit code. */
    FileResult death() {
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                kill();
                return FileResult.failed(Failure.WORKER_DIED, "worker died: it stopped answering");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int code = process.exitValue();
        if (code == OUT_OF_MEMORY_EXIT) {
            return FileResult.failed(Failure.OUT_OF_MEMORY, "out of memory: the file needs more than the worker's "
                    + "memory (--worker-memory)");
        }
        return FileResult.failed(Failure.WORKER_DIED, code > 128
                ? "worker died: killed by signal " + (code - 128) : "worker died: exit code " + code);
    }
}
