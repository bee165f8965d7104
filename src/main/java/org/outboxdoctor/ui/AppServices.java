package org.outboxdoctor.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.prefs.Preferences;

import javafx.application.Platform;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.outboxdoctor.engine.CheckOptions;
import org.outboxdoctor.i18n.Language;
import org.outboxdoctor.mailprograms.MailProgramsScan;

/**
 * The collaborators shared by every page, created once per window by {@link DesktopApp} (or by a test).
 *
 * <p>{@link ViewFactory} reads from here when it constructs controllers and view models. Nothing in the UI
 * reaches these objects through statics, so a test can hand in its own executors, a throw-away preferences
 * node, a clock it moves by hand, a save dialog that answers without a window, and {@link CheckOptions} that
 * point the engine at a loopback mail world (DNS resolver, trust store, port map).
 *
 * @param executor     runs background work (the blocking engine run, report files, preference writes); never
 *                     the FX thread in the app
 * @param messages     the one resource bundle with every user-visible text
 * @param preferences  what the UI remembers between runs (appearance only, never addresses or passwords)
 * @param appearance   the app-wide appearance state (larger text)
 * @param fxThread     where results from background work are handed back ({@code Platform::runLater})
 * @param checkOptions how the engine runs apart from what the user types (resolver, trust, port map, deadline)
 * @param clock        for the "you just ran the check" warning
 * @param saveDialog   asks where to save the report
 * @param browser      opens a web page (a blocklist's removal page) in the user's browser
 * @param mailPrograms reads the accounts set up in the mail programs on this computer (called on the background
 *                     executor); finds nothing unless {@link #withMailPrograms} hands in a reader, so a test never
 *                     reads the machine's own home
 * @param exportDialogs asks where to save the mail program settings files ("Save settings file…")
 */
public record AppServices(Executor executor, Messages messages, UiPreferences preferences, AppearanceModel appearance,
                          Executor fxThread, CheckOptions checkOptions, Clock clock, SaveDialog saveDialog,
                          Browser browser, Supplier<MailProgramsScan> mailPrograms,
                          ExportDialogs exportDialogs) {

    /** Where to save a file: the platform's save dialog in the app, a fixed answer in tests. */
    @FunctionalInterface
    public interface SaveDialog {
        /** The chosen file, or empty when the user cancelled. Called on the FX thread. */
        Optional<Path> choose(Window owner, String title, String suggestedName);
    }

    /**
     * Opens a web page: {@code HostServices.showDocument} in the app, a recorder in tests (which never open a
     * browser). Called on the FX thread.
     */
    @FunctionalInterface
    public interface Browser {
        void open(String url);
    }

    /**
     * Where to save the settings files: the platform's file and folder dialogs (starting in Documents, else the home
     * folder) in the app, fixed answers in tests. Called on the FX thread; empty when the user cancelled.
     */
    public interface ExportDialogs {
        Optional<Path> chooseFile(Window owner, String title, String suggestedName);

        Optional<Path> chooseFolder(Window owner, String title);
    }

    public AppServices {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(preferences, "preferences");
        Objects.requireNonNull(appearance, "appearance");
        Objects.requireNonNull(fxThread, "fxThread");
        Objects.requireNonNull(checkOptions, "checkOptions");
        Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(saveDialog, "saveDialog");
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(mailPrograms, "mailPrograms");
        Objects.requireNonNull(exportDialogs, "exportDialogs");
    }

    /** Wires the services for the computer's language (unless the user picked one) around the given executor and preferences node. */
    public static AppServices create(Executor executor, Preferences node) {
        return create(executor, node, Locale.getDefault());
    }

    /**
     * The real defaults: results go back through {@code Platform.runLater}, the engine uses this computer's network.
     * Links open nowhere until {@link #withBrowser} hands in the application's {@code HostServices}.
     */
    public static AppServices create(Executor executor, Preferences node, Locale locale) {
        UiPreferences preferences = new UiPreferences(node);
        // the language picked at the bottom of the window wins over the computer's
        AppearanceModel appearance = new AppearanceModel(preferences, executor, Language.of(locale));
        return new AppServices(executor, Messages.load(appearance.language()), preferences, appearance,
                Platform::runLater, CheckOptions.defaults(), Clock.systemUTC(), AppServices::platformSaveDialog, url -> { },
                AppServices::nothingFound, new PlatformExportDialogs());
    }

    /** The same services speaking {@code language} (the window is rebuilt around them). */
    public AppServices withLanguage(Language language) {
        return new AppServices(executor, Messages.load(language), preferences, appearance, fxThread, checkOptions, clock,
                saveDialog, browser, mailPrograms, exportDialogs);
    }

    public AppServices withCheckOptions(CheckOptions options) {
        return new AppServices(executor, messages, preferences, appearance, fxThread, options, clock, saveDialog, browser,
                mailPrograms, exportDialogs);
    }

    public AppServices withFxThread(Executor value) {
        return new AppServices(executor, messages, preferences, appearance, value, checkOptions, clock, saveDialog, browser,
                mailPrograms, exportDialogs);
    }

    public AppServices withClock(Clock value) {
        return new AppServices(executor, messages, preferences, appearance, fxThread, checkOptions, value, saveDialog, browser,
                mailPrograms, exportDialogs);
    }

    public AppServices withSaveDialog(SaveDialog value) {
        return new AppServices(executor, messages, preferences, appearance, fxThread, checkOptions, clock, value, browser,
                mailPrograms, exportDialogs);
    }

    public AppServices withBrowser(Browser value) {
        return new AppServices(executor, messages, preferences, appearance, fxThread, checkOptions, clock, saveDialog, value,
                mailPrograms, exportDialogs);
    }

    /** The app's reader: {@code MailPrograms.forThisComputer(locale)::scan}; tests give a home they built. */
    public AppServices withMailPrograms(Supplier<MailProgramsScan> value) {
        return new AppServices(executor, messages, preferences, appearance, fxThread, checkOptions, clock, saveDialog, browser,
                value, exportDialogs);
    }

    public AppServices withExportDialogs(ExportDialogs value) {
        return new AppServices(executor, messages, preferences, appearance, fxThread, checkOptions, clock, saveDialog, browser,
                mailPrograms, value);
    }

    private static MailProgramsScan nothingFound() {
        return new MailProgramsScan(List.of(), List.of());
    }

    private static Optional<Path> platformSaveDialog(Window owner, String title, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        chooser.setInitialDirectory(SaveFolder.initial(Path.of(System.getProperty("user.home"))).toFile());
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML", "*.html"));
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(java.io.File::toPath);
    }
}
