package org.outboxdoctor.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;

/**
 * The one place that turns an {@link FxmlView} into nodes, and the one place that builds controllers.
 *
 * <p>The {@link FXMLLoader} gets {@link #createController(Class)} as its controller factory, so each
 * controller named by {@code fx:controller} is built here with its collaborators passed to its constructor
 * (a fresh view model plus the shared {@link AppServices}). A controller class that is not registered in
 * {@link #controllers} is an error: there is no reflective no-argument fallback, so nobody falls back to statics.
 *
 * <p>Scenes are made here too, so every window and dialog gets the one stylesheet, {@value #STYLESHEET}.
 */
public final class ViewFactory {

    /** The one stylesheet, next to the FXML files. */
    public static final String STYLESHEET = "outbox-doctor.css";

    private final AppServices services;
    private final CheckSession session;
    private final PracticeMode practice;
    private final Map<Class<?>, Supplier<?>> controllers;

    /** A factory for one window: its pages share one {@link CheckForm} and one {@link CheckSession}. */
    public ViewFactory(AppServices services) {
        this.services = Objects.requireNonNull(services, "services");
        this.session = new CheckSession(new CheckForm(), services);
        this.practice = new PracticeMode(session, services);
        Messages messages = services.messages();
        ErrorMessageFill errorMessage = new ErrorMessageFill(session.form(), messages, services.executor(), services.fxThread());
        FoundAccounts foundAccounts = new FoundAccounts(session.form(), errorMessage, services, session.mailProgram());
        // one entry per controller class: how to build it with its collaborators
        this.controllers = Map.ofEntries(
                Map.entry(WizardController.class,
                        () -> new WizardController(this, session, services.appearance(), messages)),
                Map.entry(WelcomeController.class,
                        () -> new WelcomeController(new WelcomeViewModel(messages, session.form()), errorMessage,
                                services.fxThread())),
                Map.entry(AccountController.class, () -> new AccountController(session.form(), session.mailProgram(), messages)),
                Map.entry(ServerController.class, () -> new ServerController(session, messages, errorMessage, foundAccounts)),
                Map.entry(ResultsController.class, () -> new ResultsController(session, services)),
                Map.entry(PracticePickerController.class, () -> new PracticePickerController(practice, messages)),
                // practice-result.fxml is a part of results.fxml (fx:include), not a page of its own
                Map.entry(PracticeResultController.class, () -> new PracticeResultController(session, practice, messages)),
                // hand-over.fxml too: the provider's name and "Set up my mail program"
                Map.entry(HandOverController.class, () -> new HandOverController(session, services)));
    }

    /** The check session shared by this window's pages (the app cancels it when the window closes). */
    public CheckSession session() {
        return session;
    }

    /** This window's practice mode: at most one practice world open (the app closes it when the window closes). */
    public PracticeMode practice() {
        return practice;
    }

    /**
     * Loads a page with the message bundle and the controller factory.
     *
     * @throws ClassCastException   if the page's controller is not a {@code controllerType}
     * @throws UncheckedIOException if the FXML cannot be read or parsed
     */
    public <C> LoadedView<C> load(FxmlView view, Class<C> controllerType) {
        return load(view, controllerType, this::createController);
    }

    /** Loads the live-check page of {@code step}: the shared page with that step's {@link LiveStepController}. */
    public LoadedView<WizardPage> loadLiveStep(CheckStep step) {
        return load(FxmlView.LIVE_STEP, WizardPage.class,
                type -> new LiveStepController(step, session, services.messages(), services.browser()));
    }

    private <C> LoadedView<C> load(FxmlView view, Class<C> controllerType, javafx.util.Callback<Class<?>, Object> controllers) {
        FXMLLoader loader = new FXMLLoader(view.location(), services.messages().bundle(), null, controllers);
        Parent root;
        try {
            root = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not load " + view.fileName(), e);
        }
        ViewportCaching.turnOff(root);
        return new LoadedView<>(view, root, controllerType.cast(loader.getController()));
    }

    /** A scene around {@code root} with the app stylesheet. */
    public Scene createScene(Parent root, double width, double height) {
        Scene scene = new Scene(root, width, height);
        scene.getStylesheets().add(stylesheetUrl());
        return scene;
    }

    /** External form of the stylesheet URL, for scenes and dialogs created elsewhere. */
    public static String stylesheetUrl() {
        URL url = ViewFactory.class.getResource(STYLESHEET);
        if (url == null) {
            throw new IllegalStateException("Stylesheet missing: org/outboxdoctor/ui/" + STYLESHEET);
        }
        return url.toExternalForm();
    }

    private Object createController(Class<?> type) {
        Supplier<?> supplier = controllers.get(type);
        if (supplier == null) {
            throw new IllegalStateException("No controller registered in ViewFactory for " + type.getName());
        }
        return supplier.get();
    }
}
