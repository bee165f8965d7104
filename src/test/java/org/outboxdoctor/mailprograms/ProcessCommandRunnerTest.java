package org.outboxdoctor.mailprograms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;

/** The runner behind reg and osascript never waits past its limit nor keeps more than its bound (POSIX shell here). */
@EnabledOnOs({OS.LINUX, OS.MAC})
class ProcessCommandRunnerTest {
    private final ProcessCommandRunner runner = new ProcessCommandRunner(StandardCharsets.UTF_8);

    @Test
    void givesTheOutputAndExitStatus() throws IOException {
        CommandRunner.Result result = runner.run(List.of("sh", "-c", "echo hello; echo oops >&2; exit 3"),
                Duration.ofSeconds(5), 1000);
        assertEquals(3, result.exitCode());
        assertTrue(result.output().contains("hello") && result.output().contains("oops"), result.output());
        assertFalse(result.timedOut() || result.truncated());
    }

    @Test
    void stopsAProgramThatDoesNotFinish() throws IOException {
        long start = System.nanoTime();
        CommandRunner.Result result = runner.run(List.of("sh", "-c", "echo started; sleep 30"), Duration.ofMillis(300), 1000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(result.timedOut());
        assertTrue(millis < 5000, millis + " ms");
    }

    @Test
    void keepsOnlyTheBoundOfAnEndlessOutput() throws IOException {
        CommandRunner.Result result = runner.run(List.of("sh", "-c", "yes 0123456789"), Duration.ofMillis(500), 10_000);
        assertTrue(result.truncated());
        assertTrue(result.output().length() <= 10_000, result.output().length() + " characters");
    }
}
