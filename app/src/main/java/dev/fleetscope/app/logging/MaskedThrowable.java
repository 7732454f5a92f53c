package dev.fleetscope.app.logging;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/** {@code %ex} with its secrets hidden: an exception's message may quote a request. */
public final class MaskedThrowable extends ThrowableProxyConverter {
  @Override
  public String convert(ILoggingEvent event) {
    return SecretMask.mask(super.convert(event));
  }
}
