package app.parley.gateway.session;

import app.parley.gateway.inbound.ForwardingInbound;
import java.time.Clock;

/** What every held session uses, built once per task. */
public record SessionServices(SessionBoard board, SessionAlerts alerts, ForwardingInbound inbound, Backoff backoff, Clock clock) {}
