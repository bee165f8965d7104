package org.outboxdoctor.probe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import org.junit.jupiter.api.Test;

/** The run's budget of connections, and autoconfig's side budget that counts against it on a mail server's address. */
class ConnectionBudgetTest {
    private static final InetAddress MAIL = address("127.0.0.1");
    private static final InetAddress WEB = address("127.0.0.9");

    @Test
    void theRunOpensAtMostItsLimit() {
        ConnectionBudget budget = new ConnectionBudget(2);
        assertTrue(budget.tryTake(MAIL));
        assertTrue(budget.tryTake(WEB));
        assertFalse(budget.tryTake(MAIL));
        assertEquals(2, budget.used());
    }

    @Test
    void aWebServerOfItsOwnDoesNotCountAgainstTheMailServers() {
        ConnectionBudget run = new ConnectionBudget(3);
        ConnectionBudget web = run.side(2);
        assertTrue(run.tryTake(MAIL));
        assertTrue(web.tryTake(WEB));
        assertTrue(web.tryTake(WEB));
        assertFalse(web.tryTake(WEB), "the side budget has its own limit");
        assertEquals(1, run.used());
        assertTrue(run.tryTake(MAIL) && run.tryTake(MAIL));
    }

    @Test
    void autoconfigOnTheMailServersAddressCountsWhicheverCameFirst() {
        ConnectionBudget run = new ConnectionBudget(3);
        ConnectionBudget web = run.side(2);
        assertTrue(web.tryTake(MAIL), "autoconfig asked before any mail connection");
        assertEquals(0, run.used());
        assertTrue(run.tryTake(MAIL));
        assertEquals(2, run.used(), "the server saw both");
        assertTrue(run.tryTake(MAIL));
        assertFalse(run.tryTake(MAIL), "3 connections to the mail server's address: the limit");
        assertFalse(web.tryTake(MAIL), "nor one more by autoconfig");
        assertTrue(web.tryTake(WEB), "another address is still the side budget's own");
        assertEquals(3, run.used());
    }

    @Test
    void aFirstMailConnectionThatTheEarlierAutoconfigOnesWouldPushOverTheLimitIsRefused() {
        ConnectionBudget run = new ConnectionBudget(2);
        ConnectionBudget web = run.side(2);
        assertTrue(run.tryTake(WEB));
        assertTrue(web.tryTake(MAIL));
        assertTrue(web.tryTake(MAIL));
        assertFalse(run.tryTake(MAIL), "1 used + this one + autoconfig's 2 on the same address would be 4");
        assertEquals(1, run.used());
    }

    private static InetAddress address(String text) {
        try {
            return InetAddress.getByName(text);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }
}
