package org.outboxdoctor.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.outboxdoctor.mailprograms.ConnectionSecurity;
import org.outboxdoctor.mailprograms.FoundAccount;
import org.outboxdoctor.mailprograms.MailProgramsScan;
import org.outboxdoctor.ui.CheckForm.AuthChoice;
import org.outboxdoctor.ui.CheckForm.SecurityChoice;

/**
 * The accounts set up in the mail programs on this computer, for step 3's "We found these accounts" list: read once,
 * on the background executor (the scan reads files and may ask Outlook or Mail, a few seconds at most), and only
 * those with an outgoing server. The account for the address typed on step 1 comes first. Choosing one fills the
 * outgoing settings of the form and answers "Which mail program do you use?" when the user has not; nothing here is
 * ever written anywhere.
 */
final class FoundAccounts {

    private static final Logger LOG = Logger.getLogger(FoundAccounts.class.getName());

    private final CheckForm form;
    private final ErrorMessageFill errorMessage;
    private final Supplier<MailProgramsScan> scanner;
    private final Executor background;
    private final Executor fxThread;
    private final MailProgramChoice program;
    private final ObservableList<FoundAccount> accounts = FXCollections.observableArrayList();
    private List<FoundAccount> found = List.of();
    private boolean requested;

    FoundAccounts(CheckForm form, ErrorMessageFill errorMessage, AppServices services, MailProgramChoice program) {
        this.program = Objects.requireNonNull(program, "program");
        this.form = Objects.requireNonNull(form, "form");
        this.errorMessage = Objects.requireNonNull(errorMessage, "errorMessage");
        this.scanner = services.mailPrograms();
        this.background = services.executor();
        this.fxThread = services.fxThread();
        form.emailProperty().addListener((observable, before, now) -> order());
    }

    /** The accounts with an outgoing server, the typed address's first; empty until read, and when none was found. */
    ObservableList<FoundAccount> accounts() {
        return accounts;
    }

    /** Reads the mail programs once, in the background. */
    void load() {
        if (requested) {
            return;
        }
        requested = true;
        background.execute(() -> {
            List<FoundAccount> usable;
            try {
                usable = scanner.get().accounts().stream().filter(a -> a.outgoing().isPresent()).toList();
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "The mail programs could not be read", e);
                usable = List.of();
            }
            List<FoundAccount> result = usable;
            fxThread.execute(() -> {
                found = result;
                order();
            });
        });
    }

    /** One click: the account's outgoing settings go into the form (the address typed on step 1 stays). */
    void choose(FoundAccount account) {
        FoundAccount.Outgoing out = account.outgoing().orElseThrow();
        errorMessage.forget();
        form.serverProperty().set(out.server());
        form.portProperty().set(out.port().map(String::valueOf).orElse(""));
        form.securityProperty().set(out.security().flatMap(ConnectionSecurity::toSecurity)
                .map(ErrorMessageFill::choice).orElse(SecurityChoice.DONT_KNOW));
        form.authProperty().set(out.login() ? AuthChoice.YES : AuthChoice.NO);
        out.username().filter(name -> !name.isBlank()).ifPresent(form.usernameProperty()::set);
        // the account lives in that program, so that is most likely the one in use (unless the user said otherwise)
        program.detected(account.program());
    }

    private void order() {
        List<FoundAccount> sorted = new ArrayList<>(found);
        String typed = form.emailProperty().get();
        // stable sort: the typed address's accounts first, the rest as the programs listed them
        sorted.sort(Comparator.comparing((FoundAccount a) -> !a.hasAddress(typed)));
        accounts.setAll(sorted);
    }
}
