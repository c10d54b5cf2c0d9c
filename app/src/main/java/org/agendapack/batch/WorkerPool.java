package org.agendapack.batch;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Runs files in worker JVMs under a watchdog, as a pool of long-lived processes that each take one file at a
 * time. A worker past the file's time limit is killed, and one that dies (out of memory or otherwise) is
 * replaced: its file fails with the reason and the run goes on, so a run of any inputs always ends.
 */
final class WorkerPool {

    /** How long a new worker may take to start before its file is given up. */
    private static final Duration START_LIMIT = Duration.ofSeconds(60);
    private static final long LONGEST_WAIT_MILLIS = 500;

    private final List<String> command;
    private final int size;
    private final Duration timeout;

    /** One place in the pool: its worker (null until needed or once dead) and the file it is at. */
    private static final class Slot {
        WorkerProcess worker;
        int index = -1;
        long sentAt;
        long startedAt;

        boolean busy() {
            return index >= 0;
        }
    }

    WorkerPool(List<String> command, int size, Duration timeout) {
        this.command = List.copyOf(command);
        this.size = Math.max(1, size);
        this.timeout = timeout;
    }

    /** Runs every job that is not null (the list is indexed as the run's inputs) and reports each to the sink. */
    void run(List<FileJob> jobs, FileSink sink) {
        Deque<Integer> pending = new ArrayDeque<>();
        for (int i = 0; i < jobs.size(); i++) {
            if (jobs.get(i) != null) {
                pending.add(i);
            }
        }
        BlockingQueue<WorkerProcess.Message> inbox = new LinkedBlockingQueue<>();
        Slot[] slots = new Slot[Math.min(size, pending.size())];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = new Slot();
        }
        Thread closer = new Thread(() -> killAll(slots), "agendapack-worker-closer");
        Runtime.getRuntime().addShutdownHook(closer);
        try {
            while (true) {
                if (sink.stopping()) {
                    pending.clear();
                    giveUpBusy(slots);
                } else {
                    dispatch(slots, pending, jobs, inbox, sink);
                }
                if (pending.isEmpty() && !anyBusy(slots)) {
                    break;
                }
                WorkerProcess.Message message = inbox.poll(waitMillis(slots), TimeUnit.MILLISECONDS);
                if (message != null) {
                    receive(message, slots, sink);
                }
                expire(slots, sink);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            for (Slot slot : slots) {
                if (slot.worker != null) {
                    slot.worker.close();
                }
            }
            removeHook(closer);
        }
    }

    private void dispatch(Slot[] slots, Deque<Integer> pending, List<FileJob> jobs,
                          BlockingQueue<WorkerProcess.Message> inbox, FileSink sink) {
        for (Slot slot : slots) {
            if (slot.busy() || pending.isEmpty()) {
                continue;
            }
            int index = pending.poll();
            sink.started(index);
            slot.sentAt = System.nanoTime();
            slot.startedAt = 0;
            try {
                if (slot.worker == null || !slot.worker.alive()) {
                    slot.worker = WorkerProcess.start(command, inbox);
                }
                slot.worker.send(jobs.get(index));
                slot.index = index;
            } catch (IOException e) {
                if (slot.worker != null) {
                    slot.worker.kill();
                    slot.worker = null;
                }
                sink.finished(index, FileResult.failed(Failure.WORKER_DIED, "worker died: it could not be started or"
                        + " given the file (" + e.getMessage() + ")"), 0);
            }
        }
    }

    private static void receive(WorkerProcess.Message message, Slot[] slots, FileSink sink) {
        Slot slot = slotOf(message.worker(), slots);
        if (slot == null) {
            return; // a worker given up already
        }
        if (message.line() == null) {
            if (slot.busy()) {
                finish(slot, message.worker().death(), sink);
            }
            slot.worker = null;
        } else if (message.line().equals(WorkerProtocol.STARTED)) {
            slot.startedAt = System.nanoTime();
        } else if (message.line().startsWith(WorkerProtocol.RESULT) && slot.busy()) {
            FileResult result;
            try {
                result = WorkerProtocol.result(message.line());
            } catch (IOException e) {
                slot.worker.kill();
                slot.worker = null;
                result = FileResult.failed(Failure.WORKER_DIED, "worker died: its answer could not be read");
            }
            finish(slot, result, sink);
        }
    }

    private void expire(Slot[] slots, FileSink sink) {
        long now = System.nanoTime();
        for (Slot slot : slots) {
            if (!slot.busy()) {
                continue;
            }
            if (slot.startedAt != 0 && now - slot.startedAt > timeout.toNanos()) {
                slot.worker.kill();
                slot.worker = null;
                finish(slot, TimeLimit.exceeded(timeout), sink);
            } else if (slot.startedAt == 0 && now - slot.sentAt > START_LIMIT.toNanos()) {
                slot.worker.kill();
                slot.worker = null;
                finish(slot, FileResult.failed(Failure.WORKER_DIED, "worker died: it did not start within "
                        + START_LIMIT.toSeconds() + "s"), sink);
            }
        }
    }

    private static void finish(Slot slot, FileResult result, FileSink sink) {
        int index = slot.index;
        slot.index = -1;
        sink.finished(index, result, (System.nanoTime() - slot.sentAt) / 1e9);
    }

    /** Files at work when the run stops are left unfinished (the run reports them as not run). */
    private static void giveUpBusy(Slot[] slots) {
        for (Slot slot : slots) {
            if (slot.busy()) {
                slot.worker.kill();
                slot.worker = null;
                slot.index = -1;
            }
        }
    }

    /** Until the nearest time limit, at most half a second (the run may have to stop meanwhile). */
    private long waitMillis(Slot[] slots) {
        long now = System.nanoTime();
        long wait = LONGEST_WAIT_MILLIS;
        for (Slot slot : slots) {
            if (slot.busy()) {
                long deadline = slot.startedAt != 0 ? slot.startedAt + timeout.toNanos()
                        : slot.sentAt + START_LIMIT.toNanos();
                wait = Math.min(wait, (deadline - now) / 1_000_000 + 1);
            }
        }
        return Math.max(1, wait);
    }

    private static boolean anyBusy(Slot[] slots) {
        for (Slot slot : slots) {
            if (slot.busy()) {
                return true;
            }
        }
        return false;
    }

    private static Slot slotOf(WorkerProcess worker, Slot[] slots) {
        for (Slot slot : slots) {
            if (slot.worker == worker) {
                return slot;
            }
        }
        return null;
    }

    /** On an interrupted run (Ctrl-C, kill), no worker outlives the coordinator. */
    private static void killAll(Slot[] slots) {
        for (Slot slot : slots) {
            WorkerProcess worker = slot.worker;
            if (worker != null) {
                worker.kill();
            }
        }
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs anyway
        }
    }
}
