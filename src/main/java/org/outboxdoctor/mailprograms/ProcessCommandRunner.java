package org.outboxdoctor.mailprograms;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a program with a time limit and a bound on what it may print. Output is read on a thread of its own, so a
 * program that prints a lot can neither block on a full pipe nor fill the memory.
 */
public final class ProcessCommandRunner implements CommandRunner {
    private final Charset charset;

    /** @param charset how the program writes text (reg.exe: the console's code page; osascript: UTF-8) */
    public ProcessCommandRunner(Charset charset) {
        this.charset = charset;
    }

    @Override
    public Result run(List<String> command, Duration timeout, int maxChars) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.PIPE).start();
        process.getOutputStream().close();
        BoundedReader reader = new BoundedReader(process.getInputStream(), maxChars);
        Thread thread = new Thread(reader, "mailprograms-" + command.get(0));
        thread.setDaemon(true);
        thread.start();
        boolean finished;
        try {
            finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            finished = false;
        }
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        try {
            thread.join(1000); // the pipe closes with the process; this only waits for the last bytes
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String output = new String(reader.bytes(), charset);
        return new Result(finished ? process.exitValue() : -1, output.length() > maxChars
                ? output.substring(0, maxChars) : output, !finished, reader.truncated());
    }

    private static final class BoundedReader implements Runnable {
        private final InputStream in;
        private final int maxBytes;
        private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
        private boolean truncated;

        BoundedReader(InputStream in, int maxChars) {
            this.in = in;
            // a character is at most 4 bytes in any of the charsets used
            this.maxBytes = (int) Math.min(Integer.MAX_VALUE - 8, 4L * maxChars);
        }

        @Override
        public void run() {
            byte[] buffer = new byte[8192];
            try (in) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    synchronized (this) {
                        int room = maxBytes - kept.size();
                        kept.write(buffer, 0, Math.max(0, Math.min(n, room)));
                        truncated |= n > room;
                    }
                    // past the bound the rest is drained and dropped, so the program is never stuck writing
                }
            } catch (IOException e) {
                // the process was stopped: what was read so far is the output
            }
        }

        synchronized byte[] bytes() {
            return kept.toByteArray();
        }

        synchronized boolean truncated() {
            return truncated;
        }
    }
}
