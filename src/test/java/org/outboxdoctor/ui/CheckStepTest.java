package org.outboxdoctor.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.outboxdoctor.diagnosis.FindingCode;

/** The step ↔ finding mapping covers every finding code exactly once. */
class CheckStepTest {

    @Test
    void everyFindingCodeBelongsToExactlyOneStep() {
        List<String> problems = new ArrayList<>();
        for (FindingCode code : FindingCode.values()) {
            List<CheckStep> owners = new ArrayList<>();
            for (CheckStep step : CheckStep.values()) {
                if (step.codes().contains(code)) {
                    owners.add(step);
                }
            }
            if (owners.size() != 1) {
                problems.add(code + " is reported by " + owners);
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void ofFindsTheOwningStep() {
        for (FindingCode code : FindingCode.values()) {
            assertTrue(CheckStep.of(code).codes().contains(code), code.name());
        }
        assertEquals(CheckStep.PASSWORD, CheckStep.of(FindingCode.WRONG_PASSWORD));
        assertEquals(CheckStep.SERVER, CheckStep.of(FindingCode.CERT_NAME_MISMATCH));
        assertEquals(CheckStep.PORT, CheckStep.of(FindingCode.PORT_BLOCKED));
        assertEquals(CheckStep.FIREWALL, CheckStep.of(FindingCode.TLS_INTERCEPTED));
        assertEquals(CheckStep.ACCOUNT_STATUS, CheckStep.of(FindingCode.RATE_LIMITED));
        assertEquals(CheckStep.BLACKLIST, CheckStep.of(FindingCode.IP_BLACKLISTED));
        assertEquals(CheckStep.BLACKLIST, CheckStep.of(FindingCode.IP_POLICY_LISTED));
        assertEquals(CheckStep.BLACKLIST, CheckStep.of(FindingCode.BLACKLIST_UNCHECKED));
    }

    @Test
    void stepsFollowTheHelpArticles() {
        assertEquals(List.of(CheckStep.PASSWORD, CheckStep.SERVER, CheckStep.PORT, CheckStep.FIREWALL,
                CheckStep.ACCOUNT_STATUS, CheckStep.BLACKLIST), List.of(CheckStep.values()));
    }
}
