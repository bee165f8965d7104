package org.outboxdoctor.practice;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A practice world's temporary directory: the trust file for the practice CA, the trainee's attachment. */
final class PracticeFiles implements AutoCloseable {
    private final Path directory;

    private PracticeFiles(Path directory) {
        this.directory = directory;
    }

    static PracticeFiles create() {
        try {
            return new PracticeFiles(Files.createTempDirectory("outbox-doctor-practice-"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The practice CA as a PEM file a check can trust. */
    Path trustPem() {
        return PracticePki.writeTrustPem(directory.resolve("practice-ca.pem"));
    }

    /** A sparse file of the given length: it takes no disk space. */
    Path sparseFile(String name, long bytes) {
        Path file = directory.resolve(name);
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.setLength(bytes);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the files and the directory. */
    @Override
    public void close() {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path p : files.toList()) {
                Files.deleteIfExists(p);
            }
            Files.deleteIfExists(directory);
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it up eventually
        }
    }
}
