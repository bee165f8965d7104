package org.outboxdoctor.ui;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * What every test of the whole wizard shares: the stage and a driver closed after each test. Each subclass
 * declares its own {@code @Start} method, since TestFX looks for it on the test class itself.
 */
@ExtendWith(ApplicationExtension.class)
abstract class WizardTestBase {
    protected Stage stage;
    protected WizardDriver driver;

    @AfterEach
    void closeDriver() throws Exception {
        if (driver != null) {
            driver.close();
        }
    }
}
