package org.agendapack.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/** What the job's tests share: one local Spark session of two cores, and the samples. */
final class SparkTests {

    private static SparkSession session;

    private SparkTests() {
    }

    /** The session, started once for every test class of the run and stopped when the JVM ends. */
    static synchronized SparkSession spark() {
        if (session == null) {
            session = SparkSession.builder().master("local[2]").appName("agendapack tests")
                    .config("spark.ui.enabled", "false")
                    .config("spark.driver.host", "127.0.0.1")
                    .config("spark.driver.bindAddress", "127.0.0.1")
                    .config("spark.sql.shuffle.partitions", "2")
                    .getOrCreate();
            session.sparkContext().setLogLevel("ERROR");
            Runtime.getRuntime().addShutdownHook(new Thread(session::stop));
        }
        return session;
    }

    static Path samples() {
        return Path.of(System.getProperty("agendapack.samples", "../samples")).toAbsolutePath().normalize();
    }

    static List<Path> samples(String extension) {
        try (Stream<Path> list = Files.list(samples())) {
            return list.filter(path -> path.getFileName().toString().endsWith(extension)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
