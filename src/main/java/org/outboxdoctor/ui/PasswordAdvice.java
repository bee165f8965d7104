package org.outboxdoctor.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import org.outboxdoctor.export.MailProgram;
import org.outboxdoctor.ui.CheckOutcome.FindingView;

/**
 * The part of the live "Password and login" page that speaks to the user's own case once the run has finished:
 * the provider by name (when its profile is known) and what to do about the page's most serious finding, with
 * the line for the mail program chosen on the Password page ({@link MailProgramChoice}); "I don't know" shows
 * every program's line. The diagnosis wrote the lines and says which program each is for; this only shows them.
 */
final class PasswordAdvice {

    private final CheckSession session;
    private final Messages messages;
    private final VBox box = new VBox();
    private final Label provider = WrappingLabel.of("", "provider-line");
    private final Label fixTitle = WrappingLabel.of("", "fix-title");
    private final VBox fixSteps = new VBox();

    PasswordAdvice(CheckSession session, Messages messages) {
        this.session = Objects.requireNonNull(session, "session");
        this.messages = Objects.requireNonNull(messages, "messages");
        provider.setId("passwordProvider");
        fixSteps.setId("passwordFix");
        fixSteps.getStyleClass().add("fix-steps");
        box.getStyleClass().add("password-advice");
        box.getChildren().addAll(provider, fixTitle, fixSteps);
        render();
        session.outcomeProperty().addListener((observable, before, now) -> render());
        session.mailProgram().programProperty().addListener((observable, before, now) -> render());
    }

    VBox node() {
        return box;
    }

    private void render() {
        CheckOutcome outcome = session.outcomeProperty().get();
        Optional<String> name = outcome == null ? Optional.empty() : outcome.provider();
        provider.setText(name.map(n -> messages.format("handover.provider", n)).orElse(""));
        Shown.set(provider, name.isPresent());
        Optional<FindingView> top = outcome == null ? Optional.empty() : outcome.findings().stream()
                .filter(f -> CheckStep.PASSWORD.codes().contains(f.code()) && f.look() != StatusLook.OK && !f.fix().isEmpty())
                .findFirst();
        fixSteps.getChildren().clear();
        MailProgram program = session.mailProgram().program();
        top.ifPresent(finding -> {
            List<String> lines = finding.fixFor(program);
            fixTitle.setText(lines.size() < finding.fix().size()
                    ? messages.format("password.fixFor", program.title(messages.language())) : messages.get("results.fixSteps"));
            int number = 1;
            for (String line : lines) {
                fixSteps.getChildren().add(WrappingLabel.of(messages.format("results.fixStep", String.valueOf(number++), line), "fix-step"));
            }
        });
        Shown.set(fixTitle, top.isPresent());
        Shown.set(fixSteps, top.isPresent());
        Shown.set(box, name.isPresent() || top.isPresent());
    }

}
