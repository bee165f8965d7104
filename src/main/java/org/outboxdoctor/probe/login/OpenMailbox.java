package org.outboxdoctor.probe.login;

import jakarta.mail.MessagingException;
import jakarta.mail.Store;
import java.io.PrintStream;
import org.outboxdoctor.probe.Transcript;

/** An IMAP login kept open after it proved the password, so the test message is looked for without a second login. */
record OpenMailbox(Store store, PrintStream debug, Transcript transcript) implements AutoCloseable {

    @Override
    public void close() {
        closeQuietly(store);
        debug.close();
    }

    static void closeQuietly(Store store) {
        if (store == null) {
            return;
        }
        try {
            store.close();
        } catch (MessagingException | RuntimeException e) {
            // the server is gone or the run was cancelled: nothing left to tidy
        }
    }
}
