package org.outboxdoctor;

import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.prefs.Preferences;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.outboxdoctor.cli.ErrorTexts;
import org.outboxdoctor.cli.ExitCodes;
import org.outboxdoctor.cli.OutboxDoctorCli;
import org.outboxdoctor.cli.ProcessWatchdog;
import org.outboxdoctor.ui.DesktopLauncher;
import org.outboxdoctor.ui.StartupTrace;
import org.outboxdoctor.ui.UiPreferences;

/**
 * Entry point. No arguments opens the assistant window (without a display: a one-sentence explanation and
 * exit status 2); {@code --smoke-test} opens it and exits once the first page shows (ui.SmokeTest); any other argument runs the command line ("check …", "practice …", "--help"). A plain class,
 * because JavaFX on the class path refuses to start an Application subclass as the main class.
 */
public final class Main {
    /** Held, so that the level set on it stays while the preferences are read. */
    private static final Logger PREFS_LOG = Logger.getLogger("java.util.prefs");

    private Main() {
    }

    /** Where the window cannot open (no display, say), the user is told so in words, with the command-line way. */
    private static void openWindow(String[] args) {
        if (isLinuxWithoutDisplay()) {
            cannotOpen(windowTexts().format("window.noDisplay"));
        }
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> cannotOpen(e.getMessage()));
        try {
            DesktopLauncher.launch(args);
        } catch (RuntimeException e) {
            cannotOpen(e.getMessage());
        }
    }

    private static boolean isLinuxWithoutDisplay() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                && System.getenv("DISPLAY") == null && System.getenv("WAYLAND_DISPLAY") == null;
    }

    private static void cannotOpen(String reason) {
        // the reason may be Java's own English
        ErrorTexts texts = windowTexts();
        System.err.println(texts.format("window.cannotOpen", reason));
        System.err.println(texts.format("window.useCommandLine"));
        System.exit(ExitCodes.USAGE);
    }

    /** The window's language: the one picked at the bottom of the window last time, else this computer's. */
    private static ErrorTexts windowTexts() {
        // the first use of the preferences may announce the folder it made; here only our two sentences belong
        PREFS_LOG.setLevel(Level.WARNING);
        try {
            return new UiPreferences(Preferences.userRoot().node(UiPreferences.NODE_PATH)).language()
                    .map(language -> ErrorTexts.of(language.locale())).orElseGet(ErrorTexts::ofThisComputer);
        } catch (RuntimeException e) {
            // no readable preferences (a locked-down home folder): the computer's language will do
            return ErrorTexts.ofThisComputer();
        }
    }

    public static void main(String[] args) {
        StartupTrace.mark("main");
        // --smoke-test is compared here as text: the command line must not load a class of the window
        if (args.length == 0 || args.length == 1 && "--smoke-test".equals(args[0])) {
            openWindow(args);
            return;
        }
        runCommandLine(args);
    }

    private static void runCommandLine(String[] args) {
        // library chatter (dnsjava, Jakarta Mail) has no place in a report meant for people
        Logger.getLogger("").setLevel(Level.WARNING);
        Charset console = System.console() != null ? System.console().charset() : Charset.defaultCharset();
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, console), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, console), true);
        ProcessWatchdog.install(out, err);
        int status = OutboxDoctorCli.run(args, System.getenv(), System.in, out, err);
        ProcessWatchdog.exit(status);
    }
}
