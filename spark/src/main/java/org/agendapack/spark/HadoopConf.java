package org.agendapack.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;

/**
 * The driver's Hadoop configuration (file systems, S3 credentials providers, …) carried to the executors, which
 * open the inputs with it: a {@link Configuration} is not serializable itself, but writes itself out.
 */
final class HadoopConf implements Serializable {

    private static final long serialVersionUID = 1L;

    private final byte[] written;
    private transient Configuration configuration;

    HadoopConf(Configuration configuration) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            configuration.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("writing to memory cannot fail", e);
        }
        this.written = bytes.toByteArray();
        this.configuration = configuration;
    }

    Configuration get() {
        if (configuration == null) {
            Configuration read = new Configuration(false);
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(written))) {
                read.readFields(in);
            } catch (IOException e) {
                throw new UncheckedIOException("a configuration written by Hadoop reads back", e);
            }
            configuration = read;
        }
        return configuration;
    }
}
